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
}
