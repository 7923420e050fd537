/// The US Census Bureau's 2020 surname and first-name lists, compiled into the binary and searched
/// in place (no start-up cost: `guard` runs on every prompt).
public enum NameLists {
    /// Who mostly holds a first name.
    public enum Sex: Sendable, Equatable {
        case male, female, either
    }

    /// What the first-name list says about a name.
    public struct GivenName: Sendable, Equatable {
        public var sex: Sex
        /// The name is also an everyday English word ("Will", "Grace"): capitalised at the start of a
        /// sentence it may be the word.
        public var isWord: Bool
    }

    /// What the surname list says about a name.
    public struct Surname: Sendable, Equatable {
        /// The name is also an everyday English word ("Young", "King").
        public var isWord: Bool
    }

    /// The first-name entry for `token` (any case; apostrophes and accents are folded as the Census does).
    public static func givenName<C: Collection<UInt8>>(_ token: C) -> GivenName? {
        guard let key = CensusKey(token) else { return nil }
        return CensusNameData.givenNames.withUTF8Buffer { table in
            guard let flags = SortedLines.flags(of: key.bytes, in: table) else { return nil }
            let sex: Sex = flags.contains(UInt8(ascii: "M")) ? .male : flags.contains(UInt8(ascii: "F")) ? .female : .either
            return GivenName(sex: sex, isWord: flags.contains(UInt8(ascii: "w")))
        }
    }

    /// The surname entry for `token`.
    public static func surname<C: Collection<UInt8>>(_ token: C) -> Surname? {
        guard let key = CensusKey(token) else { return nil }
        return CensusNameData.surnames.withUTF8Buffer { table in
            SortedLines.flags(of: key.bytes, in: table).map { Surname(isWord: $0.contains(UInt8(ascii: "w"))) }
        }
    }

    /// The first name (`given`) or surname on the line at or after `draw` (any number, wrapped to the
    /// table's size), Capitalised, when it is not an English word and, for a first name, is of `sex`
    /// (`either`: any): stand-ins once the synth tables' few names are used up. Read in place, as the
    /// look-ups are (listing 150,000 surnames cost a long input 0.1 s).
    public static func nonWordName(given: Bool, sex: Sex = .either, draw: UInt64) -> String? {
        let table = given ? CensusNameData.givenNames : CensusNameData.surnames
        return table.withUTF8Buffer { table -> String? in
            guard !table.isEmpty else { return nil }
            var start = Int(draw % UInt64(table.count))
            while start > 0, table[start - 1] != 10 { start -= 1 }
            var end = start
            while end < table.count, table[end] != 10 { end += 1 }
            let line = table[start..<end]
            let space = line.firstIndex(of: 32) ?? end
            let flags = table[space..<end]
            guard space > start, !flags.contains(UInt8(ascii: "w")) else { return nil }
            switch sex {
            case .male: guard flags.contains(UInt8(ascii: "M")) else { return nil }
            case .female: guard flags.contains(UInt8(ascii: "F")) else { return nil }
            case .either: break
            }
            return String(decoding: [table[start]] + table[(start + 1)..<space].map { $0 | 0x20 }, as: UTF8.self)
        }
    }
}

/// A name as the Census tables spell it: uppercase ASCII letters, apostrophes and hyphens dropped,
/// common Latin accents folded (`O'Brien` → `OBRIEN`, `José` → `JOSE`).
struct CensusKey {
    var bytes: [UInt8] = []

    init?<C: Collection<UInt8>>(_ token: C) {
        bytes.reserveCapacity(token.count)
        var iterator = token.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case 65...90: bytes.append(byte)
            case 97...122: bytes.append(byte - 32)
            case 39, 45, 46: continue  // O'Brien, Garcia-Lopez, St.
            case 0xC3:
                // Latin-1 letters in UTF-8: C3 80…C3 BF.
                guard let next = iterator.next(), let folded = Self.latin1Fold[Int(next & 0x3F)] else { return nil }
                bytes.append(folded)
            case 0xE2:
                // A typographic apostrophe (U+2019, E2 80 99) is an apostrophe.
                guard iterator.next() == 0x80, iterator.next() == 0x99 else { return nil }
            default: return nil
            }
            if bytes.count > 40 { return nil }
        }
        guard bytes.count >= 2 else { return nil }
    }

    /// C3 80…C3 BF (À…ÿ) by their low six bits, to the ASCII letter the Census writes.
    private static let latin1Fold: [UInt8?] = {
        let upper = "AAAAAAACEEEEIIII" + "DNOOOOO" + "\0" + "OUUUUYTS"  // 80–9F (× and ß are not folded to letters)
        let lower = upper  // A0–BF mirror 80–9F
        var table = [UInt8?](repeating: nil, count: 64)
        for (index, character) in (upper + lower).utf8.enumerated() where index < 64 && character != 0 {
            table[index] = character
        }
        table[0x17] = nil  // ×
        table[0x37] = nil  // ÷
        table[0x3F] = UInt8(ascii: "Y")  // ÿ
        return table
    }()
}

/// Binary search over a sorted, newline-separated table whose lines are `NAME` or `NAME FLAGS`.
enum SortedLines {
    /// The flags after the name `key` (empty when the line has none), or nil when it is not listed.
    static func flags(of key: [UInt8], in table: UnsafeBufferPointer<UInt8>) -> ArraySlice<UInt8>? {
        var low = 0, high = table.count
        while low < high {
            var start = (low + high) / 2
            while start > low, table[start - 1] != 10 { start -= 1 }
            var nameEnd = start
            while nameEnd < table.count, table[nameEnd] != 32, table[nameEnd] != 10 { nameEnd += 1 }
            var lineEnd = nameEnd
            while lineEnd < table.count, table[lineEnd] != 10 { lineEnd += 1 }
            switch compare(key, table, start..<nameEnd) {
            case 0:
                let flagsStart = min(nameEnd + 1, lineEnd)
                return ArraySlice(table[flagsStart..<lineEnd])
            case ..<0: high = start
            default: low = lineEnd + 1
            }
        }
        return nil
    }

    private static func compare(_ key: [UInt8], _ table: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        let length = min(key.count, range.count)
        for offset in 0..<length {
            let a = key[offset], b = table[range.lowerBound + offset]
            if a != b { return a < b ? -1 : 1 }
        }
        return key.count == range.count ? 0 : (key.count < range.count ? -1 : 1)
    }
}
