/// `phiguard redact --restore`: every stand-in a map handed out, wherever it appears in a text (a
/// model's answer), replaced by the real value. Placeholders for secrets stay: they were never kept.
public struct Restorer {
    let map: RedactionMap

    public init(map: RedactionMap) { self.map = map }

    /// `text` with the originals back. A comment or string marker's original may hold value stand-ins
    /// (values are replaced first), so passes repeat until nothing changes.
    public func restore(_ text: String) -> String {
        var current = text
        for _ in 0..<4 {
            let next = restoreOnce(current)
            if next == current { break }
            current = next
        }
        return current
    }

    private func restoreOnce(_ text: String) -> String {
        // Longest first, so a stand-in inside a longer one (a surname in a full name) never splits it.
        // Name parts are matched in any case and put back in the case they were written in.
        var byFirstByte: [UInt8: [(standIn: [UInt8], real: String, anyCase: Bool)]] = [:]
        for pair in map.pairs {
            let anyCase = pair.kind == "name-part"
            let standIn = Array((anyCase ? pair.standIn.lowercased() : pair.standIn).utf8)
            guard let first = standIn.first else { continue }
            byFirstByte[Self.folded(first, true), default: []].append((standIn, pair.real, anyCase))
        }
        // At equal length a pair kept exactly (a whole name as written) goes before a name part in any case.
        for key in byFirstByte.keys {
            byFirstByte[key]?.sort { ($0.standIn.count, $0.anyCase ? 0 : 1) > ($1.standIn.count, $1.anyCase ? 0 : 1) }
        }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let candidates = byFirstByte[Self.folded(bytes[index], true)] ?? []
            if let match = candidates.first(where: { isMatch($0.standIn, anyCase: $0.anyCase, in: bytes, at: index) }) {
                let written = String(decoding: bytes[index..<(index + match.standIn.count)], as: UTF8.self)
                output += Array((match.anyCase ? Redactor.matchingCase(match.real, like: written) : match.real).utf8)
                index += match.standIn.count
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `standIn` is at `index` as a whole word (a stand-in that starts or ends with a letter or
    /// digit is not restored inside a longer word: `Lee` in `Leeds` stays).
    private func isMatch(_ standIn: [UInt8], anyCase: Bool, in bytes: [UInt8], at index: Int) -> Bool {
        guard bytes.count - index >= standIn.count else { return false }
        for offset in 0..<standIn.count where Self.folded(bytes[index + offset], anyCase) != Self.folded(standIn[offset], anyCase) {
            return false
        }
        // Only a stand-in made of letters (a name, a renamed word) must stand as a whole word: one with
        // digits (an id, a date) is distinctive even when glued on (`MRNSYN000000001`, `2026-01-19T14:22`).
        guard !standIn.contains(where: { (48...57).contains($0) }) else { return true }
        if let first = standIn.first, Self.isWordByte(first), Self.isWordCharacter(endingAt: index, in: bytes) { return false }
        let end = index + standIn.count
        if let last = standIn.last, Self.isWordByte(last), Self.isWordCharacter(startingAt: end, in: bytes) { return false }
        return true
    }

    /// Whether the character that starts at `offset` continues a word: an ASCII letter or digit, or a
    /// non-ASCII character other than punctuation and spaces (`¿Katherine`, `«Lee»` are whole words).
    static func isWordCharacter(startingAt offset: Int, in bytes: [UInt8]) -> Bool {
        guard offset < bytes.count else { return false }
        return isWordByte(bytes[offset]) && nonASCIISeparatorLength(at: offset, in: bytes) == 0
    }

    /// Whether the character that ends at `offset` is part of a word (see `isWordCharacter(startingAt:in:)`).
    static func isWordCharacter(endingAt offset: Int, in bytes: [UInt8]) -> Bool {
        guard offset > 0 else { return false }
        var start = offset - 1
        while start > 0, offset - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return isWordCharacter(startingAt: start, in: bytes)
    }

    /// The length of a non-ASCII space or punctuation mark at `offset` (Latin-1's `¿ ¡ « » ·` and the
    /// no-break space; U+2000–U+206F: dashes, quotes, `…`), or 0.
    static func nonASCIISeparatorLength(at offset: Int, in bytes: [UInt8]) -> Int {
        guard offset + 1 < bytes.count else { return 0 }
        let (lead, next) = (bytes[offset], bytes[offset + 1])
        // C2 A0–BF but the letters and digits among them (ª ² ³ µ ¹ º ¼ ½ ¾).
        if lead == 0xC2, (0xA0...0xBF).contains(next), ![0xAA, 0xB2, 0xB3, 0xB5, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE].contains(next) { return 2 }
        if lead == 0xE2, next == 0x80 || next == 0x81, offset + 2 < bytes.count { return 3 }
        return 0
    }

    private static func folded(_ byte: UInt8, _ anyCase: Bool) -> UInt8 {
        anyCase && (65...90).contains(byte) ? byte | 0x20 : byte
    }

    /// A byte of a word as restore matches words: an ASCII letter or digit, or any non-ASCII byte.
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (48...57).contains(byte) || ((byte | 0x20) >= 97 && (byte | 0x20) <= 122)
    }
}
