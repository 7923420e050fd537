@testable import Redacting
import Scanning
import Testing

/// The search for values found once runs as two halves of the input on two cores: split anywhere, the
/// halves must find exactly what one search finds, a value across the split point included.
@Suite struct OccurrencesTests {
    @Test func halvesFindWhatOneSearchFinds() {
        let words = ["Okafor", "Okafor-Lee", "48213377", "lee", "Lee", "ab", "x48213377", "Margaret", "é"]
        var generator = SystemRandomNumberGenerator()
        let needles: [[UInt8]: Redactor.Needle] = [
            Array("Okafor".utf8): .init(kind: .name, isNameWord: true), Array("48213377".utf8): .init(kind: .mrn, isNameWord: false),
            Array("Lee".utf8): .init(kind: .name, isNameWord: true), Array("Margaret Okafor".utf8): .init(kind: .name, isNameWord: false),
        ]
        for _ in 0..<200 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in words.randomElement(using: &generator) ?? "" }
                .joined(separator: [" ", "-", "", "\n", "Margaret "].randomElement(using: &generator) ?? " ")
            let bytes = Array(text.utf8)
            let whole = Redactor.occurrences(of: needles.mapValues(\.kind), in: bytes).map(\.range)
            let middle = Int.random(in: 0...bytes.count, using: &generator)
            let halves = (Redactor.occurrences(of: needles, in: bytes, startingIn: 0..<middle)
                + Redactor.occurrences(of: needles, in: bytes, startingIn: middle..<bytes.count))
            #expect(halves.map(\.candidate.range) == whole, "split at \(middle) of \(bytes.count)")
            for found in halves {
                #expect(found.isNameWord == (needles[Array(bytes[found.candidate.range])]?.isNameWord ?? false))
            }
        }
    }
}
