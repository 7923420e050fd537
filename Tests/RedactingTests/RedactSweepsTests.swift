import Foundation
@testable import Redacting
import Scanning
import Testing

/// The sweeps' fast path (one Vectorscan pass, the exact expressions only around its hits) must choose
/// exactly what the expressions chose when they ran over the whole text.
@Suite struct RedactSweepsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A sample of the detection sets' prompts (every sixth, kept in Fixtures: the sets themselves are
    /// generated), the whole sets when they have been generated here, and this repository's own Swift
    /// sources (code full of capitalised words, numbers and string literals).
    static func texts() throws -> [(String, String)] {
        var texts: [(String, String)] = []
        let sample = try String(contentsOf: root.appendingPathComponent("Tests/RedactingTests/Fixtures/sweep-texts.txt"), encoding: .utf8)
        for (number, text) in sample.components(separatedBy: "\n\u{241E}\n").enumerated() { texts.append(("sample \(number + 1)", text)) }
        for set in ["prompts", "prompts-holdout", "prompts-holdout2", "prompts-holdout3"] {
            let url = root.appendingPathComponent("Benchmarks/detection/\(set).jsonl")
            guard let contents = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for (number, line) in contents.split(separator: "\n").enumerated() {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                texts.append(("\(set):\(number + 1)", try #require(object?["text"] as? String)))
            }
        }
        // Word boundaries and letter cases beyond ASCII, where a byte-level reading would go wrong.
        texts.append(("edges", """
            Anne-Marie Smith-Jones2 met Dale Whitaker’s son; Spouse Dale Whitaker. xDale Whitaker, Dale Whitaker_x,
            ÉMILE ZOLA and JEAN-PAUL SARTRE-DUPONT; Ñúñez Ana, Ørsted Hans, São Paulo, Zoë Ångström-Öberg.
            McDonald Smith, O'Brien Kelly, DALE WHITAKERé, Dale Whitakerß Jr, Łukasz Nowak-Żak, 'Ana Lopez'
            """))
        // Spaces beyond ASCII that ICU's `\s` matches, and keys far from their values across lines.
        texts.append(("unicode spaces", "Hi \u{00A0}Maria, see you. Thanks,\u{00A0}Maria. Hi\u{2009}Rosa; patient\u{00A0}Holly Ward; "
            + "Thanks \u{3000}- Joaquin\nMRN:\u{00A0}12-345 and member id\u{2007}77-0412"))
        // Signed dashes at a text's start, after indentation, a lone CR or a table bar; emails whose domain
        // starts oddly (the email trigger stops one byte after `@`).
        texts.append(("dashes and emails", "-Joaquin wrote:\n    - Maria\r-Rosa Lind\n| -Holly\n|- Dale\n"
            + "write to a.b@.example.org, ana@x-y.example.com or " + String(repeating: "k", count: 60) + "@" + String(repeating: "d", count: 200) + ".org"
            + ", or x@" + String(repeating: "ab.", count: 130) + "com today.\nThanks \u{2014}\nMaria\n\nCheers -\n\n  Rosa\n"))
        texts.append(("keys across lines", "MRN:" + String(repeating: "\n", count: 20) + "12-345\nmember id" + String(repeating: " \n", count: 30)
            + "88-123\nMRN:" + String(repeating: "\n", count: 300) + "12-346\n"))
        let sources = root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for file in files where file.pathExtension == "swift" && !file.lastPathComponent.hasPrefix("CensusNameData") {
            texts.append((file.lastPathComponent, try String(contentsOf: file, encoding: .utf8)))
        }
        return texts
    }

    static func chosen(_ candidates: [RedactSweeps.Candidate]) -> [String] {
        Redactor.resolve(candidates).map { "\($0.range.lowerBound)-\($0.range.upperBound) \($0.kind.name)" }
    }

    @Test func theFastPathChoosesWhatTheWholeTextExpressionsChoose() throws {
        #expect(SweepEngine.shared != nil, "Vectorscan did not compile the sweeps' triggers")
        let texts = try Self.texts()
        #expect(texts.count > 400)
        var differing: [String] = []
        for (name, text) in texts where Self.chosen(RedactSweeps.candidates(in: text)) != Self.chosen(RedactSweeps.exactCandidates(in: text)) {
            differing.append(name)
        }
        // Names and positions only: the texts hold planted values.
        #expect(differing.isEmpty, "the fast sweeps differ on \(differing.count) texts: \(differing.prefix(10))")
    }

    /// A trigger whose start Vectorscan does not report must start within `crossingReach` bytes of its
    /// end: no unbounded repetition outside a character class.
    @Test func boundedTriggersHaveNoUnboundedRepetition() {
        for sweep in RedactSweeps.sweeps where sweep.triggerReach == .crossingReach {
            let trigger = sweep.trigger ?? ""
            var outsideClasses = "", inClass = false, escaped = false
            for character in trigger {
                defer { escaped = !escaped && character == "\\" }
                if escaped { continue }
                if character == "[" { inClass = true } else if character == "]" { inClass = false } else if !inClass { outsideClasses.append(character) }
            }
            #expect(!outsideClasses.contains("*") && !outsideClasses.contains("+"), "an unbounded repetition in \(trigger)")
        }
        #expect(RedactSweeps.sweeps.filter { $0.triggerReach == .crossingReach }.count == 3)
        // Each `\s` outside a class also takes the spaces ICU's `\s` takes; inside a class it stays.
        #expect(SweepEngine.withUnicodeSpaces(#"a\s{0,2}[^\s]"#) == #"a(?:\s|\xC2\xA0|\xE1\x9A\x80|\xE2\x80[\x80-\x8A\xA8\xA9\xAF]|\xE2\x81\x9F|\xE3\x80\x80){0,2}[^\s]"#)
    }

    @Test func identifierShapedTokensAreTheExpressionsMatches() {
        let text = #"id A12B34C5, ref x-123456789 v1.2345678 99887766- ab12cd34ef56 abcdefg 1234567 a1b2c3d4e5f6g7h8i9j0k1 Zé123456 0x00e7ff \U0001f600 0x12345g7"#
        let bytes = Array(text.utf8)
        let expression = RedactSweeps.identifierShaped
        let ns = NSString(string: text)
        let expected = expression.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { match -> String? in
            guard let range = Range(match.range, in: text) else { return nil }
            return String(text[range])
        }
        let found = RedactSweeps.identifierShapedTokens(in: bytes).map { String(decoding: bytes[$0.range], as: UTF8.self) }
        #expect(found == expected.filter(RedactSweeps.isIdentifierShaped))
        #expect(found == ["A12B34C5", "123456789", "99887766", "ab12cd34ef56", "1234567", "é123456", "0x12345g7"].filter { found.contains($0) })
        #expect(found.contains("A12B34C5") && found.contains("1234567") && !found.contains("abcdefg") && !found.contains("2345678"))
        // A hexadecimal number and an escape are not identifiers; a token that only starts like one is.
        #expect(!found.contains("0x00e7ff") && !found.contains("U0001f600") && found.contains("0x12345g7"))
    }
}
