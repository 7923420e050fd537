import Foundation
import Scanning

/// Answers "does the input already hold this text?" for every stand-in drawn, fast on long inputs:
/// a bitmap of the input's 4-byte windows rules most candidates out at once, and only the rest are
/// searched for (a search per stand-in made long inputs quadratic).
final class InputIndex {
    private let tables: Tables
    /// Answers already given: stand-in draws retry the same few names many times on a long input.
    private var known: [String: Bool] = [:]

    /// What the answers are read from, built once from the input (on its own core, beside the first scan).
    struct Tables: Sendable {
        let bytes: [UInt8]
        /// The bitmap of 4-byte windows; empty below 64 kB, where a search is as quick.
        let windows: [UInt64]
        /// Bitmap size in bits: 8 Mi from 1 MiB of input up (a megabyte: 10 MB of source code has some
        /// 220,000 different 4-byte windows, a bit in 38; a 64 Mi map cost cache misses to build).
        let bits: Int
        let wordFilter: [UInt64]

        init(_ bytes: [UInt8]) {
            self.init(bytes, windows: Self.windowBitmap(bytes), wordFilter: InputIndex.wordFilter(of: bytes))
        }

        /// The tables from their two parts, built apart (`windowBitmap`, `wordFilter`: on two cores).
        init(_ bytes: [UInt8], windows: [UInt64], wordFilter: [UInt64]) {
            self.bytes = bytes
            bits = Self.bits(bytes)
            self.windows = windows
            self.wordFilter = wordFilter
        }

        private static func bits(_ bytes: [UInt8]) -> Int { bytes.count >= 1 << 20 ? 1 << 23 : 1 << 21 }

        /// Every 4-byte window of `bytes`, lowercased, as a bit; nothing below 64 kB, where a search is as quick.
        static func windowBitmap(_ bytes: [UInt8]) -> [UInt64] {
            guard bytes.count >= 64 * 1024 else { return [] }
            let bits = bits(bytes)
            var windows = [UInt64](repeating: 0, count: bits / 64)
            let mask = bits - 1
            bytes.withUnsafeBufferPointer { input in
                windows.withUnsafeMutableBufferPointer { windows in
                    // The window rolls: one byte in, one out (the same value `slot` computes).
                    var word: UInt32 = 0
                    for (index, byte) in input.enumerated() {
                        word = word >> 8 | UInt32(InputIndex.lowercased(byte)) << 24
                        guard index >= 3 else { continue }
                        let slot = Int(truncatingIfNeeded: (UInt64(word) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
                        windows[slot >> 6] |= 1 << UInt64(slot & 63)
                    }
                }
            }
            return windows
        }
    }

    /// The short numbers of the values being replaced, which no stand-in may carry.
    let realNumbers: RealNumbers

    init(_ tables: Tables, realNumbers: RealNumbers = RealNumbers()) {
        self.tables = tables
        self.realNumbers = realNumbers
    }

    convenience init(_ text: String) {
        self.init(Tables(Array(text.utf8)))
    }

    private static func slot(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, mask: Int) -> Int {
        let word = UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) << 16 | UInt32(bytes[index + 3]) << 24
        return Int(truncatingIfNeeded: (UInt64(word) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Whether the input holds `text` exactly where restore would find it: anywhere when it has a
    /// digit, as whole words when it has none (`Restorer`), so each of its words is then a word of the
    /// input, which the word filter rules out at once (a search of 10 MB per drawn name did not).
    func contains(_ text: String) -> Bool {
        if let answer = known["=" + text] { return answer }
        let needle = Array(text.utf8)
        let answer = !lacksAWord(of: needle) && find(needle, in: tables.bytes)
        known["=" + text] = answer
        return answer
    }

    /// The input's words as restore reads them (`Restorer.isWordByte`), lowercased, as a filter of
    /// their hashes (two bits per word; a set of a million hashes cost 80 ms). Four bits per input byte,
    /// from 2^12 (a prompt's filter is a few hundred bytes) to 2^23: 10 MB of source code has some
    /// 26,000 different words, and a larger filter cost cache misses to build.
    static func wordFilter(of bytes: [UInt8]) -> [UInt64] {
        let filterBits = 1 << min(23, max(12, Int.bitWidth - (bytes.count * 4).leadingZeroBitCount))
        var filter = [UInt64](repeating: 0, count: filterBits / 64)
        let mask = UInt64(filterBits - 1)
        filter.withUnsafeMutableBufferPointer { filter in
            bytes.withUnsafeBufferPointer { input in
                Self.byteKinds.withUnsafeBufferPointer { kinds in
                    var index = 0
                    while index < input.count {
                        // Between words: `¿`, `«`, `—` end a word as restore reads words, like ASCII punctuation.
                        let kind = kinds[Int(input[index])]
                        if kind == Self.separator { index += 1; continue }
                        if kind == Self.nonASCII {
                            let separator = Restorer.nonASCIISeparatorLength(at: index, in: bytes)
                            if separator > 0 { index += separator; continue }
                        }
                        // A word, and the letter runs inside it too (`nguyen` in `grace.nguyen92`): a stand-in word
                        // must not repeat either. While a word has no digit, its letter run is the word itself, hashed once.
                        var hash: UInt64 = Self.hashStart, letters: UInt64 = Self.hashStart
                        var inLetters = false, mixed = false
                        // ASCII letters first, the most of most words, without the general case's questions.
                        while index < input.count, case let byte = input[index], kinds[Int(byte)] &- Self.capital < 2 {
                            hash = Self.hashing(hash, byte | 0x20)
                            index += 1
                            inLetters = true
                        }
                        while index < input.count {
                            let byte = input[index], kind = kinds[Int(byte)]
                            if kind == Self.separator || (kind == Self.nonASCII && Restorer.nonASCIISeparatorLength(at: index, in: bytes) > 0) { break }
                            let lower = kind == Self.capital ? byte | 0x20 : byte
                            if kind == Self.digit {
                                // A digit ends a letter run: the word so far, or the run since the last digit.
                                if inLetters { Self.mark(mixed ? letters : hash, in: filter, mask: mask) }
                                letters = Self.hashStart
                                inLetters = false
                                mixed = true
                            } else {
                                if mixed { letters = Self.hashing(letters, lower) }
                                inLetters = true
                            }
                            hash = Self.hashing(hash, lower)
                            index += 1
                        }
                        Self.mark(hash, in: filter, mask: mask)
                        if inLetters, mixed { Self.mark(letters, in: filter, mask: mask) }
                    }
                }
            }
        }
        return filter
    }

    /// What a byte is to the word filter: between words, a digit, a capital, another letter, or a
    /// byte of a non-ASCII character (a word byte unless it starts a separator).
    private static let byteKinds: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        if byte >= 0x80 { return nonASCII }
        if !Restorer.isWordByte(byte) { return separator }
        return byte &- 48 < 10 ? digit : byte &- 65 < 26 ? capital : letter
    }
    private static let separator: UInt8 = 0, digit: UInt8 = 1, capital: UInt8 = 2, letter: UInt8 = 3, nonASCII: UInt8 = 4

    private static func probes(_ hash: UInt64, mask: UInt64) -> (Int, Int) {
        (Int(hash & mask), Int((hash >> 32) & mask))
    }

    private static func mark(_ hash: UInt64, in filter: UnsafeMutableBufferPointer<UInt64>, mask: UInt64) {
        let (first, second) = probes(hash, mask: mask)
        filter[first >> 6] |= 1 << UInt64(first & 63)
        filter[second >> 6] |= 1 << UInt64(second & 63)
    }

    private func mayHoldWord(_ hash: UInt64) -> Bool {
        let filter = tables.wordFilter
        let (first, second) = Self.probes(hash, mask: UInt64(filter.count * 64 - 1))
        return filter[first >> 6] & (1 << UInt64(first & 63)) != 0 && filter[second >> 6] & (1 << UInt64(second & 63)) != 0
    }

    /// Whether `needle` has no digit and a word (as restore reads words) the input does not have.
    private func lacksAWord(of needle: [UInt8]) -> Bool {
        guard !needle.contains(where: { (48...57).contains($0) }) else { return false }
        let lower = needle.map(Self.lowercased)
        var hash = Self.hashStart, inWord = false, index = 0
        while index < lower.count {
            let byte = lower[index]
            let separator = byte >= 0x80 ? Restorer.nonASCIISeparatorLength(at: index, in: lower) : 0
            if separator == 0, Restorer.isWordByte(byte) {
                hash = Self.hashing(hash, byte)
                inWord = true
            } else if inWord {
                if !mayHoldWord(hash) { return true }
                hash = Self.hashStart
                inWord = false
            }
            index += max(1, separator)
        }
        return inWord && !mayHoldWord(hash)
    }

    /// An ASCII capital as its small letter; any other byte as it is.
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- 65 < 26 ? byte | 0x20 : byte
    }

    /// The input lowercased, for the rare search in any case that is not of one word.
    private lazy var lower: [UInt8] = tables.bytes.map(Self.lowercased)

    // FNV-1a over a word's lowercased bytes.
    private static let hashStart: UInt64 = 0xCBF2_9CE4_8422_2325
    private static func hashing(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }

    /// Whether the input holds `text` in any letter case. A word (restore puts back only whole words
    /// of letters) is looked up among the input's words; anything else is searched for.
    func containsIgnoringCase(_ text: String) -> Bool {
        let folded = Array(text.utf8).map(Self.lowercased)
        // Only a word of letters: a piece with a digit (`05` inside `1205`) is found anywhere, as `contains` finds it.
        if !folded.isEmpty, folded.allSatisfy(Restorer.isWordByte), !folded.contains(where: { $0 &- 48 < 10 }) {
            // A false positive only makes a stand-in look taken: another is drawn.
            return mayHoldWord(folded.reduce(Self.hashStart, Self.hashing))
        }
        if let answer = known["~" + text.lowercased()] { return answer }
        let answer = !lacksAWord(of: folded) && find(folded, in: lower)
        known["~" + text.lowercased()] = answer
        return answer
    }

    private func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        let windows = tables.windows, bits = tables.bits
        if !windows.isEmpty, needle.count >= 4 {
            let folded = needle.map(Self.lowercased)
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
