import Foundation
import Scanning

/// Answers "does the input already hold this text?" for every stand-in drawn, fast on long inputs:
/// a bitmap of the input's 4-byte windows rules most candidates out at once, and only the rest are
/// searched for (a search per stand-in made long inputs quadratic).
final class InputIndex {
    private let bytes: [UInt8]
    private let lower: [UInt8]
    private var windows: [UInt64] = []
    /// Answers already given: stand-in draws retry the same few names many times on a long input.
    private var known: [String: Bool] = [:]
    /// Bitmap size in bits: 64 Mi from 1 MiB of input up (10 MB fills about one bit in seven).
    private let bits: Int

    init(_ text: String) {
        bytes = Array(text.utf8)
        lower = bytes.map { (65...90).contains($0) ? $0 | 0x20 : $0 }
        bits = lower.count >= 1 << 20 ? 1 << 26 : 1 << 24
        guard lower.count >= 64 * 1024 else { return }
        windows = [UInt64](repeating: 0, count: bits / 64)
        let mask = bits - 1
        lower.withUnsafeBufferPointer { input in
            windows.withUnsafeMutableBufferPointer { windows in
                // The window rolls: one byte in, one out (the same value `slot` computes).
                var word: UInt32 = 0
                for (index, byte) in input.enumerated() {
                    word = word >> 8 | UInt32(byte) << 24
                    guard index >= 3 else { continue }
                    let slot = Int(truncatingIfNeeded: (UInt64(word) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
                    windows[slot >> 6] |= 1 << UInt64(slot & 63)
                }
            }
        }
    }

    private static func slot(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, mask: Int) -> Int {
        let word = UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) << 16 | UInt32(bytes[index + 3]) << 24
        return Int(truncatingIfNeeded: (UInt64(word) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Whether the input holds `text` exactly.
    func contains(_ text: String) -> Bool {
        if let answer = known["=" + text] { return answer }
        let answer = find(Array(text.utf8), in: bytes)
        known["=" + text] = answer
        return answer
    }

    /// The input's words as restore reads them (`Restorer.isWordByte`), lowercased, as a filter of
    /// their hashes (two bits per word; a set of a million hashes cost 80 ms); built on first use.
    private lazy var wordFilter: [UInt64] = {
        var filter = [UInt64](repeating: 0, count: filterBits / 64)
        let mask = UInt64(filterBits - 1)
        filter.withUnsafeMutableBufferPointer { filter in
            lower.withUnsafeBufferPointer { input in
                // Whole words, and the letter runs inside them too (`nguyen` in `grace.nguyen92`): a
                // stand-in word must not repeat either.
                var hash: UInt64 = Self.hashStart, letters: UInt64 = Self.hashStart
                var inWord = false, inLetters = false, mixed = false
                var index = 0
                while index < input.count {
                    let byte = input[index]
                    // `¿`, `«`, `—` end a word as restore reads words.
                    let separator = byte >= 0x80 ? Restorer.nonASCIISeparatorLength(at: index, in: lower) : 0
                    let isWord = separator == 0 && Restorer.isWordByte(byte)
                    let isLetter = isWord && !(48...57).contains(byte)
                    if isLetter {
                        letters = Self.hashing(letters, byte)
                        inLetters = true
                    } else if inLetters {
                        if isWord || mixed { Self.mark(letters, in: filter, mask: mask) }
                        letters = Self.hashStart
                        inLetters = false
                    }
                    if isWord {
                        hash = Self.hashing(hash, byte)
                        mixed = mixed || !isLetter
                        inWord = true
                    } else if inWord {
                        Self.mark(hash, in: filter, mask: mask)
                        hash = Self.hashStart
                        inWord = false
                        mixed = false
                    }
                    index += max(1, separator)
                }
                if inWord { Self.mark(hash, in: filter, mask: mask) }
                if inLetters, mixed { Self.mark(letters, in: filter, mask: mask) }
            }
        }
        return filter
    }()
    /// Four bits per input byte (some 24 per word), from 2^12 up to 2^26: a prompt's filter is a few
    /// hundred bytes (a fixed 8 MB one cost a 2 kB prompt 4 ms of page faults).
    private var filterBits: Int { 1 << min(26, max(12, Int.bitWidth - (lower.count * 4).leadingZeroBitCount)) }

    private static func probes(_ hash: UInt64, mask: UInt64) -> (Int, Int) {
        (Int(hash & mask), Int((hash >> 32) & mask))
    }

    private static func mark(_ hash: UInt64, in filter: UnsafeMutableBufferPointer<UInt64>, mask: UInt64) {
        let (first, second) = probes(hash, mask: mask)
        filter[first >> 6] |= 1 << UInt64(first & 63)
        filter[second >> 6] |= 1 << UInt64(second & 63)
    }

    private func mayHoldWord(_ hash: UInt64) -> Bool {
        let (first, second) = Self.probes(hash, mask: UInt64(wordFilter.count * 64 - 1))
        return wordFilter[first >> 6] & (1 << UInt64(first & 63)) != 0 && wordFilter[second >> 6] & (1 << UInt64(second & 63)) != 0
    }

    // FNV-1a over a word's lowercased bytes.
    private static let hashStart: UInt64 = 0xCBF2_9CE4_8422_2325
    private static func hashing(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }

    /// Whether the input holds `text` in any letter case. A word (restore puts back only whole words
    /// of letters) is looked up among the input's words; anything else is searched for.
    func containsIgnoringCase(_ text: String) -> Bool {
        let folded = Array(text.utf8).map { (65...90).contains($0) ? $0 | 0x20 : $0 }
        if !folded.isEmpty, folded.allSatisfy(Restorer.isWordByte) {
            // A false positive only makes a stand-in look taken: another is drawn.
            return mayHoldWord(folded.reduce(Self.hashStart, Self.hashing))
        }
        if let answer = known["~" + text.lowercased()] { return answer }
        let answer = find(Array(text.utf8).map { (65...90).contains($0) ? $0 | 0x20 : $0 }, in: lower)
        known["~" + text.lowercased()] = answer
        return answer
    }

    private func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        if !windows.isEmpty, needle.count >= 4 {
            let folded = needle.map { (65...90).contains($0) ? $0 | 0x20 : $0 }
            let absent = folded.withUnsafeBufferPointer { folded in
                (0...(folded.count - 4)).contains { index in
                    let slot = Self.slot(folded, index, mask: bits - 1)
                    return windows[slot >> 6] & (1 << UInt64(slot & 63)) == 0
                }
            }
            if absent { return false }
        }
        return ByteSearch.contains(haystack, needle)
    }
}
