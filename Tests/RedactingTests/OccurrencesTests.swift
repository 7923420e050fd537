@testable import Redacting
import Scanning
import Testing

/// The search for values found once runs as two halves of the input on two cores: split anywhere, the
/// halves must find exactly what one search finds, a value across the split point included.
@Suite struct OccurrencesTests {
    /// Every place a needle of three bytes or more stands as whole words, found the slow way.
    static func naive(_ needles: some Collection<[UInt8]>, in bytes: [UInt8]) -> [Range<Int>] {
        func isWord(_ byte: UInt8) -> Bool { byte >= 0x80 || byte &- 48 < 10 || (byte | 0x20) &- 97 < 26 || byte == 95 }
        var found: [Range<Int>] = []
        for start in bytes.indices {
            for needle in needles where needle.count >= 3 && start + needle.count <= bytes.count
                && Array(bytes[start..<(start + needle.count)]) == needle {
                let end = start + needle.count
                if start > 0, isWord(bytes[start - 1]), isWord(bytes[start]) { continue }
                if end < bytes.count, isWord(bytes[end - 1]), isWord(bytes[end]) { continue }
                found.append(start..<end)
            }
        }
        return found.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
    }

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
            let whole = Self.naive(needles.keys, in: bytes)
            let middle = Int.random(in: 0...bytes.count, using: &generator)
            let halves = (Redactor.occurrences(of: needles, in: bytes, startingIn: 0..<middle)
                + Redactor.occurrences(of: needles, in: bytes, startingIn: middle..<bytes.count))
            #expect(halves.map(\.candidate.range).sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) } == whole,
                    "split at \(middle) of \(bytes.count)")
            for found in halves {
                #expect(found.isNameWord == (needles[Array(bytes[found.candidate.range])]?.isNameWord ?? false))
            }
        }
    }
}
