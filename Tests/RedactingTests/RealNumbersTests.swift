import Foundation
import PropertyBased
@testable import Redacting
import Scanning
import SyntheticData
import Testing

/// A stand-in never shows a real value's short number, and a shifted date never keeps its year: the
/// two ways a replaced value's digits (a house number, the birth year in `maria1987@…`) came back.
@Suite struct RealNumbersTests {
    static func numbers(_ values: [String]) -> RealNumbers {
        let text = values.joined(separator: " | ")
        var candidates: [RedactSweeps.Candidate] = []
        var offset = 0
        for value in values {
            candidates.append(RedactSweeps.Candidate(range: offset..<(offset + value.utf8.count), kind: .address))
            offset += value.utf8.count + 3
        }
        return RealNumbers(candidates, in: Array(text.utf8))
    }

    @Test func aCandidateCarriesARealNumberAcrossSeparatorsButNotLetters() {
        let numbers = Self.numbers(["1987 Oak Lane", "maria.0142@gmail.com", "90210", "SSN 219-45-6788"])
        #expect(numbers.isCarried(by: "617-555-0142"))
        #expect(numbers.isCarried(by: "4 Elm St, 1987"))
        #expect(numbers.isCarried(by: "19-87"))
        #expect(numbers.isCarried(by: "SYN902101"))
        #expect(!numbers.isCarried(by: "19x87"), "a letter ends a number")
        #expect(!numbers.isCarried(by: "19 -- 87"), "four separators end a number")
        #expect(!numbers.isCarried(by: "198"))
        // Nine digits are no short number, but an SSN's last four are a number of their own.
        let lastFour = numbers.isCarried(by: "906-45-6788"), otherFour = numbers.isCarried(by: "906-45-1234")
        #expect(lastFour && !otherFour)
        #expect(!Self.numbers(["Oak Lane"]).isCarried(by: "1987"))
        // Each of a value's numbers counts, not only all its digits together, and each run of digits alone.
        let hl7 = Self.numbers(["1948 OAK ST^^BOSTON^MA^02115"])
        #expect(hl7.isCarried(by: "19481203") && hl7.isCarried(by: "02115") && !hl7.isCarried(by: "0211"))
        let birthDate = Self.numbers(["03/14/1987"])
        #expect(birthDate.isCarried(by: "SYN19870042") && !birthDate.isCarried(by: "SYN0314000"))
        // A number may reach 21 bytes back: six digits, three separators apart.
        #expect(numbers.isCarried(by: "7XY", before: Array("1 - 9 - 8 - ".utf8)[...]))
        // At its edges: a stand-in ending `…19` before a row starting `87,` shows 1987 as well.
        #expect(numbers.isCarried(by: "SYN000000019", after: Array("\n87,Lee".utf8)[...]))
        #expect(numbers.isCarried(by: "42 Elm", before: Array("box 01".utf8)[...]))
        // A real number wholly beside the candidate is not the candidate's to avoid.
        #expect(!numbers.isCarried(by: "SYN000000003", after: Array(" 1987".utf8)[...]))
        #expect(!numbers.isCarried(by: "SYN", before: Array("1987-".utf8)[...]))
    }

    @Test func noStandInShowsARealShortNumber() throws {
        let (redactor, _) = try RedactRoundTripTests.redactor()
        // Real short numbers, and ids whose drawn digits would show them now and then without the rule.
        let reals = ["1987", "0142", "4821", "7730"]
        let text = "Patient lives at 1987 Oak Lane. Email maria0142@gmail.com.\nHer son lives at 4821 Elm Road.\nHer GP is at 7730 Main Street.\n"
            + (0..<60).map { "claim ID: AB\(100_000 + $0 * 7919)C, account 88\(31_000 + $0 * 13), MRN: 004\($0 + 10)8913" }
            .joined(separator: "\n")
        for seed in 1...40 {
            var map = RedactionMap(seed: UInt64(seed), dayOffset: 450, referenceDate: CivilDay(year: 2026, month: 12, day: 3))
            let result = try redactor.redact(text, map: &map)
            for real in reals {
                // As the benchmark reads a value's digits: up to three separators apart, no letter between.
                let shown = try Regex(real.map(String.init).joined(separator: "[^0-9A-Za-z]{0,3}"))
                // The text is not printed: it holds the real number when this fails.
                let isShown = result.text.contains(shown)
                #expect(!isShown, "seed \(seed): a stand-in shows the real number at index \(reals.firstIndex(of: real) ?? -1)")
            }
        }
    }

    @Test func aNewMapsDatesDoNotShowARealShortNumber() throws {
        let (redactor, _) = try RedactRoundTripTests.redactor()
        // A house number that reads as a month and day (`1205`: December 5), and dates across the year:
        // with one fixed offset, some map's shift lands one of them on December 5 (`2023-12-05`).
        let visits = (0..<36).map { "visit 2023-\(String(format: "%02d", $0 % 12 + 1))-\(String(format: "%02d", $0 / 12 * 9 + 3))" }
        let text = "Patient lives at 1205 Oak Lane.\n" + visits.joined(separator: "\n")
        let shown = try Regex("1[^0-9A-Za-z]{0,3}2[^0-9A-Za-z]{0,3}0[^0-9A-Za-z]{0,3}5")
        for round in 1...40 {
            var map = RedactionMap.fresh()
            let result = try redactor.redact(text, map: &map)
            let isShown = result.text.contains(shown)
            #expect(!isShown, "map \(round): a shifted date shows the house number")
            #expect(!map.dayOffsetIsOpen, "the offset is settled once dates moved by it")
        }
    }

    @Test func aMapThatWasReadKeepsItsOffset() throws {
        let (redactor, _) = try RedactRoundTripTests.redactor()
        // Only a fresh map's offset may be drawn again: one read from a file already moved dates by it.
        var map = RedactionMap(seed: 3, dayOffset: 450, referenceDate: CivilDay(year: 2026, month: 12, day: 3))
        let text = "Patient lives at 1205 Oak Lane.\n" + (1...12).map { "visit 2023-\(String(format: "%02d", $0))-05" }.joined(separator: "\n")
        _ = try redactor.redact(text, map: &map)
        #expect(map.dayOffset == 450)
    }

    @Test func aFreshMapsShiftNeverKeepsADatesYearOrMonthAndDay() async {
        await propertyCheck(count: 200, input: Gen.int(in: 1900...2030), Gen.int(in: 1...12), Gen.int(in: 1...28)) { year, month, day in
            let map = RedactionMap.fresh()
            #expect((400...700).contains(abs(map.dayOffset)))
            let real = String(format: "%04d-%02d-%02d", year, month, day)
            let shifted = DateShifter.shift(real, by: map.dayOffset, notBefore: nil)
            #expect(shifted?.prefix(4) != real.prefix(4), "the year stayed")
            #expect(shifted?.suffix(5) != real.suffix(5), "the month and day stayed")
        }
    }
}
