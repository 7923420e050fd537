@testable import Redacting
import Testing

/// `InputIndex` answers from a bitmap of the input's 4-byte windows and a filter of its words before it
/// searches: a wrong answer would call text absent that is there, and a stand-in could then equal the
/// user's own text where restore would find it.
@Suite struct InputIndexTests {
    /// Over 64 KB, so the bitmaps are built: distinct lines, each with a number of its own.
    static let text = (0..<3000).map { "line \($0): Carol Harris saw patient \($0 * 7919 % 10007) at Medford General\n" }.joined()

    @Test func everySubstringOfTheInputIsFoundWhateverItsLength() {
        let index = InputIndex(Self.text)
        let bytes = Array(Self.text.utf8)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let length = Int.random(in: 1...24, using: &generator)
            let start = Int.random(in: 0...(bytes.count - length), using: &generator)
            let piece = String(decoding: bytes[start..<(start + length)], as: UTF8.self)
            // Where restore would find it: anywhere with a digit, as whole words without.
            let whole = (start == 0 || !Restorer.isWordByte(bytes[start - 1]) || !Restorer.isWordByte(bytes[start]))
                && (start + length == bytes.count || !Restorer.isWordByte(bytes[start + length]) || !Restorer.isWordByte(bytes[start + length - 1]))
            if whole || piece.contains(where: \.isNumber) {
                #expect(index.contains(piece), "a \(length)-byte piece of the input was called absent")
                // In any case too (name words are restored in any case).
                #expect(index.containsIgnoringCase(piece.uppercased()), "a \(length)-byte piece in capitals was called absent")
            }
        }
        for word in ["carol", "HARRIS", "Medford", "general", "patient", "2999"] {
            #expect(index.containsIgnoringCase(word), "a word of the input was called absent")
        }
        #expect(!index.containsIgnoringCase("DFO") && !index.containsIgnoringCase("Harr"), "part of a word is not a word of the input")
        // A piece with a digit is there wherever it stands, inside a longer number too (CI once drew `05`).
        let numbers = InputIndex(String(repeating: "id 1205x and 3306 ", count: 5000))
        #expect(numbers.containsIgnoringCase("20") && numbers.containsIgnoringCase("05X") && numbers.containsIgnoringCase("330"))
        #expect(!numbers.containsIgnoringCase("2051") && !numbers.containsIgnoringCase("id1"))
        #expect(!index.containsIgnoringCase("ARRIS SAW") && index.containsIgnoringCase("HARRIS SAW"), "text cut inside a word is not there for restore")
    }

    @Test func textTheInputLacksIsAbsent() {
        let index = InputIndex(Self.text)
        for absent in ["Carol Harriss", "Donna Whitaker", "patient 10008 at", "Medford Generals", "SYN000000001", "line 3000:"] {
            #expect(!index.contains(absent), "\(absent) was called present")
        }
        #expect(index.contains("line 2999: Carol Harris") && index.containsIgnoringCase("CAROL HARRIS SAW"))
        // Without a digit, only whole words are there for restore: part of a word is not.
        #expect(index.contains("Carol Harris saw patient") && !index.contains("arol Harris saw") && !index.contains("Medford Gen"))
        #expect(index.containsIgnoringCase("medford") && !index.containsIgnoringCase("whitaker"))
    }

    @Test func everyWordAndLetterRunIsInTheWordFilter() {
        // Words as restore reads them, non-ASCII separators and letters among them, and words with digits
        // whose letter runs count too: the filter must hold each (a miss lets a stand-in repeat one).
        let pieces = ["Nguyễn", "grace.nguyen92", "¿Katherine?", "«Lee»", "Zoë—Ann", "id 1205x", "ab12cd34ef", "O'Brien",
                      "MRN\u{00A0}4821", "naïve", "x", "Ω", "SMITH", "under_score", "tab\tword", "µg", "½", "\n"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<60 {
            let text = (0..<Int.random(in: 1...40, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined(separator: " ")
            let index = InputIndex(text)
            let bytes = Array(text.utf8)
            // The reference: runs of characters restore reads as word characters.
            var words: [String] = [], current: [UInt8] = [], offset = 0
            while offset < bytes.count {
                var end = offset + 1
                while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                if Restorer.isWordCharacter(startingAt: offset, in: bytes) { current += bytes[offset..<end] } else if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current = []
                }
                offset = end
            }
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            for word in words {
                // Capitals in ASCII only: that is the case restore and the filter fold.
                let capitals = String(decoding: word.utf8.map { $0 &- 97 < 26 ? $0 - 32 : $0 }, as: UTF8.self)
                #expect(index.containsIgnoringCase(capitals) || word.contains(where: \.isNumber), "\(word) was called absent")
                guard word.contains(where: { $0.isASCII && $0.isNumber }) else { continue }
                for run in word.split(whereSeparator: { $0.isASCII && $0.isNumber }) where !run.isEmpty {
                    #expect(index.containsIgnoringCase(String(run)), "\(run) inside \(word) was called absent")
                }
            }
        }
    }
}
