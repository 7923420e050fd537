import Foundation
import PolicyModel
import PropertyBased
@testable import Redacting
import Scanning
import TestSupport
import Testing

/// What must hold for any text: restore(redact(x)) == x when x holds no secret; no planted value
/// survives; date intervals stay; the same value always gets the same stand-in.
@Suite struct RedactRoundTripTests {
    static let values = [
        "SSN 219-45-6788", "MRN: 00482913", "Margaret Okafor", "DOB 03/14/1951", "born 1951-03-14",
        "call (617) 432-1234", "email maria.okafor71@gmail.com", "lives at 12 Birch Lane, Medford, MA 02155",
        "NPI 1245319599", "patient_id=884213", "admitted 2024-05-02", "discharged May 5, 2024",
    ]
    static let filler = ["The patient", "reports chest pain.", "Follow up next week.", "\n", ",", "  ", "éàü ✓", "SELECT * FROM visits;", "{\"a\": 1}", ""]
    static let fragments = Gen.element(of: values + filler).array(of: 0...10).map { $0.compactMap { $0 }.joined(separator: " ") }

    static func redactor() throws -> (Redactor, ScratchRepo) {
        let repo = try ScratchRepo(files: ["README.md": "# app\n"])
        let scanner = try Scanning.Scanner(repository: try repo.repository(), policy: Policy())
        return (Redactor(scanner: scanner, mrnPrefix: "SYN"), repo)
    }

    @Test func restoreAfterRedactGivesBackEveryByte() async throws {
        let (redactor, repo) = try Self.redactor()
        _ = repo
        await propertyCheck(count: 60, input: Self.fragments) { text in
            var map = RedactionMap.fresh()
            let result = try redactor.redact(text, map: &map)
            #expect(result.remaining.isEmpty, "a finding remained after redaction")
            #expect(Restorer(map: map).restore(result.text) == text)
            for pair in map.pairs { #expect(!result.text.contains(pair.real), "a \(pair.kind) survived") }
        }
    }

    @Test func theSameValueGetsTheSameStandInAndIntervalsStay() throws {
        let (redactor, _) = try Self.redactor()
        var map = RedactionMap(seed: 7, dayOffset: 41, referenceDate: CivilDay(year: 2026, month: 12, day: 3))
        let text = "Patient Margaret Okafor, MRN: 00482913, admitted 2024-05-02 and discharged 2024-05-05. "
            + "Margaret Okafor was seen again; MRN: 00482913."
        let result = try redactor.redact(text, map: &map)
        let standIn = try #require(map.standIn(kind: "mrn", real: "00482913"))
        #expect(result.text.components(separatedBy: standIn).count == 3)
        #expect(result.text.contains("admitted 2024-06-12 and discharged 2024-06-15"), "\(result.replacements)")
        // Same map, second text: the same stand-ins.
        let again = try redactor.redact("MRN: 00482913", map: &map)
        #expect(again.text == "MRN: \(standIn)")
    }

    @Test func datesShiftInTheirOwnFormAndBirthDatesAreCappedAt90() {
        let cases = [("1984-03-12", "1984-04-22"), ("03/12/1984", "04/22/1984"), ("19840312", "19840422"),
                     ("12-Mar-1984", "22-Apr-1984"), ("March 12th, 1984", "April 22nd, 1984"), ("12 MARCH 1984", "22 APRIL 1984"),
                     ("3/5/84", "4/15/84"), ("31/01/2020", "12/03/2020"),
                     ("27th of September 1944", "7th of November 1944"), ("May 1st", "June 11th"), ("february 22nd", "april 3rd"),
                     ("Dec 30th", "Feb 9th"), ("24 de marzo de 1956", "4 de mayo de 1956"),
                     ("2 de Diciembre de 1960", "12 de Enero de 1961"), ("1 de setiembre de 1970", "12 de octubre de 1970")]
        for (real, shifted) in cases { #expect(DateShifter.shift(real, by: 41) == shifted, "\(real)") }
        let cap = CivilDay(year: 1936, month: 12, day: 3)
        #expect(DateShifter.shift("1931-02-10", by: 41, notBefore: cap) == "1936-12-03")
        #expect(DateShifter.shift("not a date", by: 41) == nil)
    }

    @Test func secretsBecomeNumberedPlaceholdersThatAreNeverKept() throws {
        let (redactor, _) = try Self.redactor()
        var map = RedactionMap.fresh()
        let key = "sk-proj-Xq3fT9bLm2RkV7nPw4HsZc8JdA1uEy6GtQiKo0NvBx5W"
        let result = try redactor.redact("OPENAI_API_KEY=\(key)\nagain: \(key)", map: &map)
        #expect(result.text == "OPENAI_API_KEY=<redacted openai-key #1>\nagain: <redacted openai-key #1>")
        #expect(!map.pairs.contains { $0.real.contains("Xq3fT9") })
        #expect(Restorer(map: map).restore(result.text) == result.text)
    }

    @Test func markedStandInsPassAsSynthetic() throws {
        let (redactor, repo) = try Self.redactor()
        var map = RedactionMap.fresh()
        let text = "SSN 219-45-6788, MRN: 00482913, call (617) 432-1234, email maria.okafor71@gmail.com, NPI 1245319599"
        let result = try redactor.redact(text, map: &map)
        // The scanner reads every marked stand-in as synthetic: the output scans clean on its own.
        let scanner = try Scanning.Scanner(repository: try repo.repository(), policy: Policy())
        let left = try scanner.findings(in: Array(result.text.utf8), path: "-").filter(\.isBlocking)
        #expect(left.map(\.kind.name) == [], "\(left.map(\.rule))")
    }

    @Test func aStandInBesideAMissedWordIsNotCovered() {
        let bytes = Array("John Sandoval".utf8)
        #expect(!Redactor.isCovered(0..<13, by: [5..<13], in: bytes))
        #expect(Redactor.isCovered(5..<13, by: [5..<13], in: bytes))
        #expect(Redactor.isCovered(0..<13, by: [0..<4, 5..<13], in: bytes))
    }

    @Test func codeRenamesContextIdentifiersByTokenAndRestores() throws {
        let (redactor, _) = try Self.redactor()
        var map = RedactionMap.fresh()
        let source = """
            def calculatePatientRiskScore(patient_record, mrn):
                # look up the patient's diagnosis history
                query = "SELECT * FROM patients WHERE mrn = ?"
                outpatient = 3  # clinic visits
                return score(patient_record) + outpatient
            """
        let result = try redactor.redactCode(source, map: &map, restrictedTables: ["patients"])
        #expect(result.text.contains("def calculateEntityRiskScore(entity_record, ref):"), "\(result.text)")
        #expect(result.text.contains("# [comment 1 removed]"))
        #expect(result.text.contains("query = \"text 1 removed\""))
        #expect(result.text.contains("outpatient = 3  # clinic visits"), "a word inside another identifier is not renamed")
        #expect(!result.text.contains("Patient") && !result.text.contains("mrn"))
        #expect(Restorer(map: map).restore(result.text) == source)
    }
}
