@testable import Scanning
import Testing

/// `PythonStrings.tripleQuoted` passes bytes eight at a time to the next `#` or quote: on any text it
/// must find the ranges a byte-by-byte reading finds.
@Suite struct PythonStringsTests {
    /// The byte-by-byte reading the fast one replaced.
    static func reference(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = [], index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 35 {
                while index < bytes.count, bytes[index] != 10 { index += 1 }
                continue
            }
            guard byte == 34 || byte == 39 else { index += 1; continue }
            if index + 2 < bytes.count, bytes[index + 1] == byte, bytes[index + 2] == byte {
                var close = index + 3
                while close + 2 < bytes.count, !(bytes[close] == byte && bytes[close + 1] == byte && bytes[close + 2] == byte) {
                    close += bytes[close] == 92 ? 2 : 1
                }
                if close + 2 < bytes.count {
                    ranges.append(index..<(close + 3))
                    index = close + 3
                } else {
                    index += 3
                }
                continue
            }
            index += 1
            while index < bytes.count, bytes[index] != byte, bytes[index] != 10 {
                if bytes[index] == 92 { index += 1 }
                index += 1
            }
            if index < bytes.count, bytes[index] == byte { index += 1 }
        }
        return ranges
    }

    @Test func theFastReadingFindsWhatTheByteByByteOneFinds() {
        let pieces = ["def f(x):", "\"\"\"doc", "\"\"\"", "'''", "'", "\"", "# note \"\"\" here", "\n", "\\", "x = 1", "    ", "é", "s = 'it\\'s'"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let bytes = Array(text.utf8)
            #expect(PythonStrings.tripleQuoted(in: bytes) == Self.reference(bytes), "\(bytes.count) bytes")
        }
    }

    @Test func byteSearchesFindWhatAPlainSearchFinds() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            // Bytes near the targets, or any byte at all (then the eight-byte path runs long, over non-ASCII too).
            let range: ClosedRange<UInt8> = Bool.random(using: &generator) ? 30...40 : 0...255
            let bytes = (0..<Int.random(in: 0...70, using: &generator)).map { _ in UInt8.random(in: range, using: &generator) }
            let from = Int.random(in: 0...bytes.count, using: &generator)
            let expected = bytes[from...].firstIndex { $0 == 35 || $0 == 34 || $0 == 39 } ?? bytes.count
            #expect(bytes.withUnsafeBufferPointer { ByteSearch.first(of: 35, 34, 39, in: $0, from: from) } == expected)
            #expect(bytes.withUnsafeBufferPointer { ByteSearch.first(of: 35, in: $0, from: from) } == (bytes[from...].firstIndex(of: 35) ?? bytes.count))
            #expect(bytes.withUnsafeBufferPointer { ByteSearch.firstNonASCII(in: $0, from: from) } == (bytes[from...].firstIndex { $0 >= 0x80 } ?? bytes.count))
            // UTF-8 checked run by run must say what Swift's whole check says.
            #expect(UTF8Check.isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil))
        }
    }
}
