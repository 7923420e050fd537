@testable import Redacting
import Testing

/// The sex the text states just before a name picks the stand-in's first-name list.
@Suite struct StandInMakerTests {
    @Test(arguments: [
        ("Admitted Mrs. ", true), ("MRS ", true), ("and then she told ", true), ("the patient's mother, ", true), ("Ms ", true),
        ("Seen today: Mr. ", false), ("his father ", false), ("and he said ", false), ("the patient, a 64-year-old male ", false),
        ("Dr. ", nil), ("patient ", nil), ("", nil), ("Mrsomething ", nil), ("shepherd ", nil),
    ] as [(String, Bool?)])
    func theTextBeforeANameStatesItsSex(context: String, female: Bool?) {
        #expect(StandInMaker.statedSex(before: context[...]) == female, "\(context)")
    }
}
