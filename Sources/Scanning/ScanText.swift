/// Byte-level helpers over a scanned buffer: lines, words and values around a match.
///
/// The scanner works on bytes, not `String`: invalid UTF-8 is scanned as it is, and offsets are
/// the UTF-8 byte columns SPEC reports.
struct ScanText: Sendable {
    let bytes: [UInt8]

    var count: Int { bytes.count }

    subscript(_ index: Int) -> UInt8 { bytes[index] }

    /// The byte at `index`, or nil outside the buffer.
    func byte(at index: Int) -> UInt8? { index >= 0 && index < bytes.count ? bytes[index] : nil }

    /// The offset where the line holding `offset` starts.
    func lineStart(_ offset: Int) -> Int {
        var index = min(offset, bytes.count)
        while index > 0, bytes[index - 1] != 10 { index -= 1 }
        return index
    }

    /// The offset of the newline ending the line holding `offset` (or the buffer's end).
    func lineEnd(_ offset: Int) -> Int {
        var index = max(0, offset)
        while index < bytes.count, bytes[index] != 10 { index += 1 }
        return index
    }

    /// The bytes of the line holding `offset`, without its newline.
    func line(at offset: Int) -> ArraySlice<UInt8> { bytes[lineStart(offset)..<lineEnd(offset)] }

    /// The lines between the blank lines around `offset`, at most `limit` lines either side.
    func paragraph(around offset: Int, limit: Int = .max) -> Range<Int> {
        func isBlank(_ range: Range<Int>) -> Bool { bytes[range].allSatisfy { $0 == 32 || $0 == 9 || $0 == 13 } }
        var start = lineStart(offset), steps = 0
        while start > 0, steps < limit {
            let previous = lineStart(start - 1)
            if isBlank(previous..<(start - 1)) { break }
            start = previous
            steps += 1
        }
        var end = lineEnd(offset)
        steps = 0
        while end < count, steps < limit {
            let next = lineEnd(end + 1)
            if isBlank((end + 1)..<next) { break }
            end = next
            steps += 1
        }
        return start..<end
    }

    /// The `count` lines around the line at `offset` (before and after), as one slice.
    func lines(around offset: Int, count: Int) -> ArraySlice<UInt8> {
        var start = lineStart(offset)
        for _ in 0..<count where start > 0 { start = lineStart(start - 1) }
        var end = lineEnd(offset)
        for _ in 0..<count where end < bytes.count { end = lineEnd(end + 1) }
        return bytes[start..<end]
    }

    /// Whether the bytes right before `start` and right after `end` are not `isPart` bytes:
    /// the match is a whole token, not the middle of a longer one.
    func isDelimited(_ start: Int, _ end: Int, by isPart: (UInt8) -> Bool) -> Bool {
        !(byte(at: start - 1).map(isPart) ?? false) && !(byte(at: end).map(isPart) ?? false)
    }

    /// The value that follows an assignment ending at `offset`: a quoted string (without quotes) or
    /// a bare token up to whitespace, a comma, a semicolon or the end of the line.
    func assignedValue(after offset: Int, maxLength: Int = 512) -> Range<Int>? {
        var index = offset
        while let byte = byte(at: index), byte == 32 || byte == 9 { index += 1 }
        guard let first = byte(at: index) else { return nil }
        if first == 34 || first == 39 || first == 96 {
            let start = index + 1
            var end = start
            while end < bytes.count, end - start <= maxLength, bytes[end] != first, bytes[end] != 10 {
                if bytes[end] == 92 { end += 1 }
                end += 1
            }
            guard end < bytes.count, bytes[end] == first, end > start else { return nil }
            return start..<end
        }
        var end = index
        while end < bytes.count, end - index <= maxLength, !Self.endsBareValue(bytes[end]) { end += 1 }
        return end > index ? index..<end : nil
    }

    private static func endsBareValue(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 44 || byte == 59 || byte == 34 || byte == 39
    }

    /// The first digit after `offset` within `limit` bytes, crossing no newline and none of `stops`:
    /// where a value begins after its keyword (`admitted on 3/14/2024`). Keyword rules anchor on the
    /// keyword and read forward here, which keeps the engine's patterns short.
    func firstDigit(after offset: Int, within limit: Int, stoppingAt stops: Set<UInt8> = []) -> Int? {
        var index = offset
        while index < bytes.count, index - offset <= limit {
            let byte = bytes[index]
            if ByteClass.isDigit(byte) { return index }
            if byte == 10 || stops.contains(byte) { return nil }
            index += 1
        }
        return nil
    }

    /// The text of a range, decoded leniently.
    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
}

/// Byte classes used by the rules.
enum ByteClass {
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }
    /// Letters, digits, `_`: what continues an identifier or a token.
    static func isWord(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == 95 }
    /// Word bytes plus `-`, `.`, `/`, `+`, `=`: what continues a key, a path or a base64 token.
    static func isTokenPart(_ byte: UInt8) -> Bool { isWord(byte) || byte == 45 || byte == 43 || byte == 47 }

    /// The digit values (0–9) of the digits among `bytes`.
    static func digits<S: Sequence<UInt8>>(_ bytes: S) -> [UInt8] { bytes.filter(isDigit).map { $0 - 48 } }

    /// ASCII lowercase copy.
    static func lowercased<S: Sequence<UInt8>>(_ bytes: S) -> [UInt8] {
        bytes.map { (65...90).contains($0) ? $0 | 0x20 : $0 }
    }

    /// Shannon entropy in bits per byte.
    static func entropy<C: Collection<UInt8>>(_ bytes: C) -> Double {
        guard !bytes.isEmpty else { return 0 }
        var counts = [Int](repeating: 0, count: 256)
        for byte in bytes { counts[Int(byte)] += 1 }
        let total = Double(bytes.count)
        return counts.reduce(0.0) { sum, count in
            guard count > 0 else { return sum }
            let probability = Double(count) / total
            return sum - probability * log2(probability)
        }
    }

    /// Whether `bytes` holds `needle` exactly, found with `memchr` on its first byte: for whole-file checks.
    static func containsExactly(_ bytes: [UInt8], _ needle: String) -> Bool {
        ByteSearch.contains(bytes, Array(needle.utf8))
    }

    /// Whether `haystack` contains `needle` (ASCII, case-insensitive; `needle` lowercase).
    static func contains<C: Collection<UInt8>>(_ haystack: C, _ needle: String) -> Bool where C.Index == Int {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return false }
        let start = haystack.startIndex
        outer: for offset in start...(haystack.endIndex - pattern.count) {
            for (index, byte) in pattern.enumerated() {
                let value = haystack[offset + index]
                if ((65...90).contains(value) ? value | 0x20 : value) != byte { continue outer }
            }
            return true
        }
        return false
    }

    /// Whether `needle` (lowercase) starts a word in `haystack`, case-insensitively: `dob` in
    /// `dob:` or `patient_dob`, not in `Adobe`; `he` in `he said`, not in `the`.
    static func containsWordStart<C: Collection<UInt8>>(_ haystack: C, _ needle: String) -> Bool where C.Index == Int {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return false }
        let start = haystack.startIndex
        outer: for offset in start...(haystack.endIndex - pattern.count) {
            if offset > start, isLetter(haystack[offset - 1]) { continue }
            for (index, byte) in pattern.enumerated() {
                let value = haystack[offset + index]
                if ((65...90).contains(value) ? value | 0x20 : value) != byte { continue outer }
            }
            return true
        }
        return false
    }
}

import Foundation

/// Exact byte-string search: `memchr` on the first byte, `memcmp` for the rest.
public enum ByteSearch {
    /// Whether `haystack` holds `needle` (an empty needle is not found). memchr looks for the needle's
    /// rarest byte by `commonness`, not its first: `synthetichealth…` started a memcmp at every `s` of
    /// 10 MB of code (3.9 ms; by its `y`, 0.5 ms).
    public static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        var rare = 0
        for index in needle.indices.dropFirst() where commonness[Int(needle[index])] < commonness[Int(needle[rare])] { rare = index }
        let rareByte = Int32(needle[rare])
        return haystack.withUnsafeBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            // Where the rare byte may stand: from its place in a match at 0 to its place in the last one.
            var offset = rare
            let last = buffer.count - needle.count + rare
            while offset <= last {
                guard let hit = memchr(base + offset, rareByte, last - offset + 1) else { return false }
                let position = base.distance(to: UnsafeRawPointer(hit))
                if memcmp(base + position - rare, needle, needle.count) == 0 { return true }
                offset = position + 1
            }
            return false
        }
    }

    /// The offset of the first `a`, `b` or `c` in `bytes` from `from` on, or `bytes.count`: eight bytes
    /// at a time while none of them is one.
    public static func first(of a: UInt8, _ b: UInt8, _ c: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // Whether any byte of `word` is `byte` (the exact zero-byte test on `word ^ byte…byte`).
        func holds(_ word: UInt64, _ byte: UInt8) -> Bool {
            let difference = word ^ (ones &* UInt64(byte))
            return (difference &- ones) & ~difference & highs != 0
        }
        var index = from
        while index + 8 <= raw.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if holds(word, a) || holds(word, b) || holds(word, c) { break }
            index += 8
        }
        while index < bytes.count, bytes[index] != a, bytes[index] != b, bytes[index] != c { index += 1 }
        return index
    }

    /// The offset of the first byte of 0x80 or above in `bytes` from `from` on, or `bytes.count`: eight
    /// bytes at a time while they are ASCII.
    public static func firstNonASCII(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        var index = from
        while index + 8 <= raw.count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { index += 8 }
        while index < bytes.count, bytes[index] < 0x80 { index += 1 }
        return index
    }

    /// The offset of the first `byte` in `bytes` from `from` on, or `bytes.count` (memchr).
    public static func first(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        guard let base = bytes.baseAddress, from < bytes.count,
              let found = memchr(base + from, Int32(byte), bytes.count - from) else { return bytes.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// How common each byte is in text and source code, roughly (higher: more common): spaces and
    /// small letters most, then line breaks, punctuation and digits, capitals, other bytes least.
    static let commonness: [UInt8] = (0...255).map { byte -> UInt8 in
        let english = Array("etaoinsrhldcumfpgwybvkxjqz".utf8)
        switch UInt8(byte) {
        case 32: return 255
        case let letter where english.contains(letter): return 250 - UInt8(english.firstIndex(of: letter) ?? 0) * 2
        case 10, 9: return 190
        case UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\""),
             UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "'"), UInt8(ascii: "-"), UInt8(ascii: "/"): return 170
        case 48...57: return 160 - UInt8(byte - 48) * 3
        case 65...90: return 120
        case 33...126: return 90
        case 128...255: return 60
        default: return 10
        }
    }
}
