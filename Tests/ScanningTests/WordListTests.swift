import Foundation
@testable import Scanning
import Testing

/// The word lists are split on bytes for speed; these tests hold them to the `Character` split they replaced.
@Suite struct WordListTests {
    @Test func everyShippedListSplitsAsTheCharacterSplitDid() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/Scanning")
        var checked = 0
        for file in ["ProseVocabulary.swift", "ClinicalLexicon.swift"] {
            let source = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for (function, literal) in Self.literals(in: source) {
                checked += 1
                if function == "words" {
                    #expect(WordList.words(literal) == Self.referenceWords(literal), "\(file): a words list differs")
                } else {
                    #expect(WordList.phrasesList(literal) == Self.referencePhrases(literal), "\(file): a phrases list differs")
                }
            }
        }
        #expect(checked >= 27, "found only \(checked) lists: the source layout changed")
    }

    @Test func notesSpacesAndEmptyPiecesAreTreatedAsBefore() {
        let text = "alpha beta\n  // a note, not words\n\ngamma  delta\n// another\nepsilon"
        #expect(WordList.words(text) == Self.referenceWords(text))
        #expect(WordList.words(text) == ["alpha", "beta", "gamma", "delta", "epsilon"])
        let phrases = "john snow, ivan  ilych ,\n  // note, here\n jane eyre,, ,\tmrs dalloway\n"
        #expect(WordList.phrasesList(phrases) == Self.referencePhrases(phrases))
        #expect(WordList.phrasesList(phrases) == ["john snow", "ivan  ilych", "jane eyre", "", "mrs dalloway"])
    }

    /// `WordList.words("""…""")` and `phrases`/`phrasesList` literals with their multi-line indentation removed.
    private static func literals(in source: String) -> [(String, String)] {
        let pattern = try? NSRegularExpression(pattern: #"WordList\.(words|phrases|phrasesList)\("""\n(.*?)\n( *)""""#,
                                               options: [.dotMatchesLineSeparators])
        let range = NSRange(source.startIndex..., in: source)
        return (pattern?.matches(in: source, range: range) ?? []).compactMap { match in
            guard let function = Range(match.range(at: 1), in: source), let body = Range(match.range(at: 2), in: source),
                  let indent = Range(match.range(at: 3), in: source)
            else { return nil }
            let margin = source[indent].count
            let text = source[body].split(separator: "\n", omittingEmptySubsequences: false)
                .map { String($0.dropFirst(min(margin, $0.prefix(while: { $0 == " " }).count))) }.joined(separator: "\n")
            return (String(source[function]), text)
        }
    }

    private static func noteless(_ text: String) -> String {
        text.split(separator: "\n").filter { !$0.drop(while: { $0 == " " }).hasPrefix("//") }.joined(separator: "\n")
    }

    private static func referenceWords(_ text: String) -> Set<String> {
        Set(noteless(text).split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }

    private static func referencePhrases(_ text: String) -> [String] {
        noteless(text).split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }
}
