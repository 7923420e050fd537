@testable import Redacting
import Testing

/// The code lexer passes the insides of comments and literals eight bytes at a time and skips other
/// bytes by a table: on any text it must give the tokens a byte-by-byte reading gives.
@Suite struct CodeLexerTests {
    /// The byte-by-byte lexer the fast one replaced, as (start, end, kind) triples.
    static func reference(_ bytes: [UInt8]) -> [String] {
        var tokens: [String] = [], index = 0
        let count = bytes.count
        func byte(_ position: Int) -> UInt8 { position < count ? bytes[position] : 0 }
        func isLetter(_ byte: UInt8) -> Bool { byte >= 0x80 || ((byte | 0x20) >= 97 && (byte | 0x20) <= 122) }
        func emit(_ end: Int, _ kind: String) {
            tokens.append("\(index)..<\(end) \(kind)")
            index = end
        }
        while index < count {
            let current = bytes[index], next = byte(index + 1)
            if current == 47, next == 42 {
                var end = index + 2
                while end < count, !(bytes[end] == 42 && byte(end + 1) == 47) { end += 1 }
                emit(min(count, end + 2), "comment(open: 2, close: \(end < count ? 2 : 0))")
            } else if (current == 47 && next == 47) || (current == 45 && next == 45 && (index + 2 >= count || bytes[index + 2] == 32))
                        || (current == 35 && (index + 1 >= count || next == 32 || next == 33)) {
                var end = index
                while end < count, bytes[end] != 10, bytes[end] != 13 { end += 1 }
                emit(end, "comment(open: \(current == 35 ? 1 : 2), close: 0)")
            } else if current == 34 || current == 39 || current == 96 {
                let width = next == current && byte(index + 2) == current ? 3 : 1
                var end = index + width
                func closes(at position: Int) -> Bool {
                    position + width <= count && bytes[position] == current && (width == 1 || (bytes[position + 1] == current && bytes[position + 2] == current))
                }
                while end < count, !closes(at: end) {
                    if bytes[end] == 92 { end += 1 }
                    if width == 1, end < count, bytes[end] == 10 { break }
                    end += 1
                }
                let closed = end < count && closes(at: end)
                if closed { emit(min(count, end + width), "string(width: \(width))") } else { index = min(count, end) }
            } else if (isLetter(current) || current == 95 || current == 36)
                        && (index == 0 || !(isLetter(bytes[index - 1]) || (48...57).contains(bytes[index - 1]) || bytes[index - 1] == 95)) {
                var end = index + 1
                while end < count, isLetter(bytes[end]) || (48...57).contains(bytes[end]) || bytes[end] == 95 || bytes[end] == 36 { end += 1 }
                index = end
            } else {
                index += 1
            }
        }
        return tokens
    }

    @Test func theFastLexerFindsWhatTheByteByByteOneFinds() {
        let pieces = ["x = 1", "\"s\"", "'it\\'s'", "\"\"\"doc\n\"\"\"", "`t`", "# note", "// c", "/* b */", "/*", "*/", "-- sql", "--x",
                      "\n", "\r\n", "\\", "\"", "'", "é", "name_2", "$v", "0x1F", "    ", "#!", "*"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<600 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let bytes = Array(text.utf8)
            let fast = CodeTokens.lex(bytes, keepsCode: false).map { "\($0.range) \($0.kind)" }
            #expect(fast == Self.reference(bytes), "\(bytes.count) bytes")
        }
    }
}
