import Foundation
import NameLists
import PolicyModel
import PropertyBased
@testable import Redacting
import Scanning
import SyntheticData
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

    @Test func aValueFoundAsTwoKindsGetsOneStandIn() throws {
        let (redactor, _) = try Self.redactor()
        // A patient id that a traceback shows first as a bare number, and a birth date that a parse error
        // shows first as a date (from the blind prompt sets): each value must read as one value in the output.
        let traceback = """
            Traceback (most recent call last):
              File "/srv/listener/handlers.py", line 212, in on_adt
                enc = self.encounters[(msg.pid_id, msg.visit)]
            KeyError: ('64227675', 'V2')

            During handling, logger wrote: WARN unmatched ADT^A08 for patient_id=64227675 mrn=9771071 visit=V2

            """
        let parseError = """
                dob = datetime.strptime(m.group('dob'), '%m/%d/%Y')
            ValueError: time data '5/24/51' does not match format '%m/%d/%Y'

            locals in frame 2: page_text="PATIENT: SIDDIQUI, SANDEEP T  DOB: 5/24/51  MRN 8689962  PH 210.491.3445"

            """
        for (text, real) in [(traceback, "64227675"), (parseError, "5/24/51")] {
            var map = RedactionMap(seed: 11, dayOffset: 5, referenceDate: CivilDay(year: 2026, month: 12, day: 3))
            let result = try redactor.redact(text, map: &map)
            let standIns = Set(map.pairs.filter { $0.real == real }.map(\.standIn))
            #expect(standIns.count == 1, "one value got \(standIns.count) stand-ins")
            let standIn = try #require(standIns.first)
            #expect(result.text.components(separatedBy: standIn).count == 3, "a stand-in stands \(result.text.components(separatedBy: standIn).count - 1) times, not twice")
            #expect(Restorer(map: map).restore(result.text) == text)
        }
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

    @Test func sourceCodeGetsTheProseSweepsInItsCommentsAndLiteralsOnly() throws {
        let (redactor, _) = try Self.redactor()
        let source = """
            CONTEXT = (None, Emin)  # maintainer: Carol Harris
            def decode(x=None, table={0x00e7: "\\U0001f600"}):
                return KeyError, Reg if x is None else "call Carol Harris"
            """
        var map = RedactionMap.fresh()
        let result = try redactor.redact(source, map: &map, path: "src/decode.py")
        // Code tokens stay: `None, Emin` in code is not a surname and a given name, a hex number is not an id.
        #expect(result.text.components(separatedBy: "None").count == 4, "\(result.text)")
        #expect(result.text.contains("(None, Emin)") && result.text.contains("KeyError, Reg") && result.text.contains("0x00e7"))
        #expect(result.text.contains("U0001f600"))
        // The name in the comment and in the literal is replaced, the same way in both.
        #expect(!result.text.contains("Carol Harris") && map.pairs.contains { $0.real == "Carol Harris" })
        #expect(Restorer(map: map).restore(result.text) == source)
        // `--code` reads a prompt the same way; a prompt alone is prose throughout.
        var codeMap = RedactionMap.fresh()
        #expect(try redactor.redactCode(source, map: &codeMap, restrictedTables: []).text.contains("(None, Emin)"))
    }

    /// Names as prompts really carry them: typed in lowercase, in a pasted table's columns, after a word
    /// for a person, before a birth date, after their field's name, in a sign-off, surname first with
    /// particles, in a crowdfunding page's address.
    @Test(arguments: [
        ("ugh epic wont let me update contact info for layla mahmoud mrn E3407503", ["layla", "mahmoud"]),
        ("| id | first_name | last_name |\n|---|---|---|\n| 1744391 | John | Smith |\n| 7805123 | Dennis | Hernandez |", ["John", "Smith", "Dennis", "Hernandez"]),
        ("id,First Name,Last Name\n1,Rebecca,Ramirez\n", ["Rebecca", "Ramirez"]),
        ("Re: Records request — our client Holly Ward wants copies", ["Holly", "Ward"]),
        ("School nurse here. Sung-min Jung (01/20/2018) had a reaction at lunch", ["Sung", "Jung"]),
        ("(patient last name is Lewis-Ogunleye, in case the greeting should be formal)", ["Lewis", "Ogunleye"]),
        ("pls call me back at 415-835-9669 thx - Heather", ["Heather"]),
        ("telehealth visit dropped 3x for DE LA CRUZ, RIGOBERTO G. home connection", ["CRUZ", "RIGOBERTO"]),
        ("the family shared https://www.gofundme.com/f/help-priya-patel-come-home-from-icu on FB", ["priya", "patel"]),
        ("Counseling points in Vietnamese for Nguyễn Thị Lan, new start on warfarin", ["Nguy", "Lan"]),
        ("bed 14 (Mrs. Adebayo) still NPO?\nhusband called again, Yaw Adebayo, wants an update", ["Yaw", "Adebayo"]),
        ("her chemo is tomorrow at 8, and she likes when I call her Linda-bear lol", ["Linda"]),
        ("my dad goes by Teodoro at the clinic; his name is Teodoro on the chart", ["Teodoro"]),
    ])
    func namesInTheFormsPromptsCarryThem(text: String, words: [String]) throws {
        let (redactor, _) = try Self.redactor()
        // Several maps: a stand-in drawn from the name tables must never bring a real word back
        // (`Nguyen` for `Nguyễn`).
        for seed in UInt64(1)...12 {
            var map = RedactionMap(seed: seed, dayOffset: 37, referenceDate: CivilDay(year: 2026, month: 12, day: 3))
            let result = try redactor.redact(text, map: &map)
            for word in words {
                #expect(!result.text.localizedCaseInsensitiveContains(word),
                        "a name word survived (word \(words.firstIndex(of: word) ?? -1), seed \(seed))")
            }
            #expect(Restorer(map: map).restore(result.text) == text)
        }
    }

    /// What a review found after the prose/code split: each must be redacted, or left alone, as shown.
    @Test func sourceFilesTablesAndNameSweepsAsReviewed() throws {
        let (redactor, _) = try Self.redactor()
        func redacted(_ text: String, path: String = "-") throws -> String {
            var map = RedactionMap(seed: 5, dayOffset: 21, referenceDate: CivilDay(year: 2026, month: 12, day: 3))
            let result = try redactor.redact(text, map: &map, path: path)
            #expect(Restorer(map: map).restore(result.text) == text)
            return result.text
        }
        // Text outside literals in files that mix code and prose is read as text.
        let jsx = try redacted("export const Card = () => (\n  <p>Call Wendell Kimbrough about the results.</p>\n);\n", path: "a.jsx")
        let heredoc = try redacted("cat <<TEXT\nPatient: Wendell Kimbrough, DOB 03/14/1961\nTEXT\n", path: "a.sh")
        #expect(!jsx.contains("Kimbrough") && !heredoc.contains("Kimbrough"))
        // In code: a bare number outside literals; a name found in a literal wherever else it stands.
        let python = try redacted("account_number = 900012345678\nwho = 'Wendell Kimbrough'  # see Wendell Kimbrough\n", path: "a.py")
        #expect(!python.contains("900012345678") && !python.contains("Kimbrough") && python.contains("account_number = "))
        // An id after a backslash is an id; an escape is not.
        let share = try redacted(#"copy \\fileserver\charts\K7731902Q\notes.docx, glyph "\U0001f600""#)
        #expect(!share.contains("K7731902Q") && share.contains("U0001f600"))
        // Prose and ordinary tables are not name tables; words that are no names stay.
        let prose = try redacted("Patient, 45, presented with fever.\nThen, she denies chills.\n\n| Name | Dose |\n|---|---|\n| Metformin | 500 mg |\n")
        #expect(prose.contains("Then, she denies") && prose.contains("Metformin"))
        let labels = try redacted("Lab Results (01/15/2024) attached; Patient Portal, DOB field is blank. first_name = Column(String)")
        #expect(labels.contains("Lab Results") && labels.contains("Patient Portal") && labels.contains("Column(String)"))
        let opener = try redacted("Wendell Kimbrough is fine. Then Kimbrough left.")
        #expect(opener.contains("Then ") && !opener.contains("Kimbrough"))
        // A page's address ends before the sentence's full stop.
        #expect(try redacted("see https://www.gofundme.com/f/help-priya-patel-come-home.").hasSuffix("."))
        // `--code` on CRLF files: a rewritten comment keeps its line end.
        var codeMap = RedactionMap(seed: 5, dayOffset: 21, referenceDate: CivilDay(year: 2026, month: 12, day: 3))
        let crlf = "x = 1  # patient record\r\ny = 2\r\n"
        let code = try redactor.redactCode(crlf, map: &codeMap, restrictedTables: [])
        #expect(code.text.contains("removed]\r\ny = 2\r\n") && Restorer(map: codeMap).restore(code.text) == crlf, "\(code.text.debugDescription)")
    }

    /// Restore reads words as people do: `¿`, `«`, `—` and a no-break space end one; a letter does not.
    @Test func restoreFindsStandInsBesideNonASCIIPunctuation() throws {
        var map = RedactionMap(seed: 3, dayOffset: 9, referenceDate: CivilDay(year: 2026, month: 12, day: 3))
        map.add(kind: "name", real: "Ana Sofía", standIn: "Katherine Lee")
        map.add(kind: "name-part", real: "ana", standIn: "katherine")
        let restorer = Restorer(map: map)
        #expect(restorer.restore("¿Katherine Lee la puede escribir?") == "¿Ana Sofía la puede escribir?")
        #expect(restorer.restore("«Katherine» —Katherine\u{00A0}dijo") == "«Ana» —Ana\u{00A0}dijo")
        #expect(restorer.restore("Katherineé Katherine2 éKatherine") == "Katherineé Katherine2 éKatherine")
        // And redaction draws no stand-in that the input already holds after such a mark.
        let (redactor, _) = try Self.redactor()
        let text = "¿Katherine? Hola, me llamo Margaret Okafor, teléfono (617) 432-1234."
        for seed in UInt64(1)...6 {
            var fresh = RedactionMap(seed: seed, dayOffset: 9, referenceDate: CivilDay(year: 2026, month: 12, day: 3))
            let result = try redactor.redact(text, map: &fresh)
            #expect(Restorer(map: fresh).restore(result.text) == text, "seed \(seed)")
        }
    }

    /// A long input holds more names than the synth tables have words, and holds those words too: each
    /// name word still gets a stand-in of its own that the input lacks, so restore is exact (drawing
    /// from the tables alone once gave four name words one stand-in on 10 MB of code).
    @Test func moreNamesThanTheSynthTablesHoldStillGetStandInsOfTheirOwn() throws {
        let (redactor, _) = try Self.redactor()
        let tableWords = StandInSource.nameWords(given: true, female: nil) + StandInSource.nameWords(given: false, female: nil)
        var surnames: [String] = []
        var draw: UInt64 = 1
        while surnames.count < 150 {
            draw = draw &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            if let name = NameLists.nonWordName(given: false, draw: draw >> 11), name.count >= 4, !surnames.contains(name),
               !tableWords.contains(name) { surnames.append(name) }
        }
        let text = "Words of the tables: " + tableWords.joined(separator: " ") + ".\n"
            + surnames.enumerated().map { "Visit \($0.offset + 1): Mrs. \($0.element) was seen.\n" }.joined()
        var map = RedactionMap(seed: 9, dayOffset: 12, referenceDate: CivilDay(year: 2026, month: 12, day: 3))
        let result = try redactor.redact(text, map: &map)
        #expect(result.remaining.isEmpty)
        let parts = map.pairs.filter { $0.kind == "name-part" }
        #expect(parts.count >= 150, "\(parts.count) name words")
        #expect(Set(parts.map { $0.standIn.lowercased() }).count == parts.count, "two name words share a stand-in")
        let inputWords = Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        #expect(!parts.contains { inputWords.contains($0.standIn.lowercased()) }, "a stand-in word is a word of the input")
        #expect(Restorer(map: map).restore(result.text) == text)
    }

    /// A value two readers find over the same bytes keeps the kind the table's order gives it: the
    /// lowercase name pair over the city sweep, so the name's words are replaced where they stand alone.
    @Test func aNameFoundAsACityIsStillAName() throws {
        let (redactor, _) = try Self.redactor()
        var map = RedactionMap(seed: 4, dayOffset: 10, referenceDate: CivilDay(year: 2026, month: 12, day: 3))
        let text = "{\"city\": \"wendell kimbrough\"}\nWendell called back.\n"
        let result = try redactor.redact(text, map: &map)
        #expect(map.pairs.contains { $0.kind == "name" && $0.real == "wendell kimbrough" })
        #expect(!result.text.contains("Wendell") && !result.text.lowercased().contains("kimbrough"))
        #expect(Restorer(map: map).restore(result.text) == text)
    }

    @Test func censusStandInNamesAreNamesAndNotWords() {
        var seen = 0
        for draw in stride(from: UInt64(0), to: 4_000_000, by: 9_973) {
            for given in [true, false] {
                guard let name = NameLists.nonWordName(given: given, sex: given ? .female : .either, draw: draw) else { continue }
                seen += 1
                #expect(name.first?.isUppercase == true && name.dropFirst().allSatisfy(\.isLowercase), "\(name) is not Capitalised")
                let entry = given ? NameLists.givenName(Array(name.utf8)).map { ($0.isWord, $0.sex != .male) }
                    : NameLists.surname(Array(name.utf8)).map { ($0.isWord, true) }
                #expect(entry?.0 == false && entry?.1 == true, "\(name) is not a listed non-word name of the sex asked")
            }
        }
        #expect(seen > 300)
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
