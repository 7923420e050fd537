import Foundation
import NameLists
import Scanning
import SyntheticData

/// `phiguard redact`: every value the scanner finds in a text replaced by a consistent synthetic
/// stand-in (secrets by a numbered placeholder), then the output scanned again. Values never leave
/// the map; positions and kinds are all that is reported.
public struct Redactor {
    let scanner: Scanning.Scanner
    let mrnPrefix: String

    public init(scanner: Scanning.Scanner, mrnPrefix: String) {
        self.scanner = scanner
        self.mrnPrefix = mrnPrefix
    }

    /// One replacement in the output: where the stand-in is and what kind it stands for.
    public struct Replacement: Sendable, Equatable {
        public var kind: String
        public var line: Int
        public var column: Int
        /// UTF-8 bytes of the stand-in.
        public var length: Int
    }

    /// A finding that would remain in the output: kind and position only.
    public struct Remaining: Sendable, Equatable {
        public var kind: String
        public var line: Int
        public var column: Int
    }

    public struct Result: Sendable {
        public var text: String
        public var replacements: [Replacement]
        /// Findings in the output that are not this map's stand-ins: the output must not be used.
        public var remaining: [Remaining]
    }

    /// Redacts `text`, adding new pairs to `map`.
    /// `path` names the file the text came from (`-` for a prompt): see `Scanner.detectedValues`. Source
    /// code (by the path's name, or `asCode`) gets the prose sweeps in its comments and literals only.
    public func redact(_ text: String, map: inout RedactionMap, path: String = "-", asCode: Bool = false) throws -> Result {
        let input = Array(text.utf8)
        let (detected, prose, sweeps) = try firstPass(input, text: text, path: path, asCode: asCode)
        let values = try Self.replaced(in: input, detected: detected, swept: sweeps, prose: prose)
        let index = InputIndex(text)
        var (output, inserted) = apply(values, to: input, index: index, map: &map)
        // A stand-in beside a word the first pass left can read as a new value (`Yaw` + a surname): such
        // findings are replaced in turn (their stand-ins restore through the first ones), twice at most.
        var remaining: [DetectedValue] = []
        for pass in 0..<3 {
            remaining = try scanner.detectedValues(in: output, path: path).filter { found in
                found.isBlocking && found.kind.category != .egress && !Self.isCovered(found.range, by: inserted.map(\.range), in: output)
            }
            guard !remaining.isEmpty, pass < 2 else { break }
            let again = remaining.map { RedactSweeps.Candidate(range: $0.range, kind: $0.kind) }
            let (next, added) = apply(again, to: output, index: index, map: &map)
            inserted = Self.shifted(inserted, by: again, newRanges: added, in: output) + added
            inserted.sort { $0.range.lowerBound < $1.range.lowerBound }
            output = next
        }
        let positions = LinePositions(output)
        let replacements = inserted.map { item in
            let (line, column) = positions.position(of: item.range.lowerBound)
            return Replacement(kind: item.kind, line: line, column: column, length: item.range.count)
        }
        return Result(text: String(decoding: output, as: UTF8.self), replacements: replacements,
                      remaining: remaining.map { Remaining(kind: $0.kind.name, line: $0.line, column: $0.column) })
    }

    /// A stand-in's place in the output and the kind it stands for.
    struct Inserted {
        var range: Range<Int>
        var kind: String
    }

    /// `bytes` with each value replaced by its stand-in, and where the stand-ins went.
    private func apply(_ values: [RedactSweeps.Candidate], to bytes: [UInt8], index: InputIndex, map: inout RedactionMap)
        -> ([UInt8], [Inserted])
    {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + values.count * 8)
        var inserted: [Inserted] = []
        var cursor = 0
        for value in values where value.range.lowerBound >= cursor {
            output += bytes[cursor..<value.range.lowerBound]
            let real = String(decoding: bytes[value.range], as: UTF8.self)
            let standIn = standIn(for: value.kind, real: real, in: index, before: bytes[..<value.range.lowerBound], map: &map)
            inserted.append(Inserted(range: output.count..<(output.count + standIn.utf8.count), kind: value.kind.name))
            output += Array(standIn.utf8)
            cursor = value.range.upperBound
        }
        output += bytes[cursor...]
        return (output, inserted)
    }

    /// Earlier stand-ins' ranges after a later pass replaced `replaced` (ranges in the old output):
    /// those a replacement swallowed are dropped (the new stand-in covers them), the rest move.
    private static func shifted(_ earlier: [Inserted], by replaced: [RedactSweeps.Candidate], newRanges: [Inserted], in old: [UInt8])
        -> [Inserted]
    {
        earlier.compactMap { item in
            if replaced.contains(where: { $0.range.overlaps(item.range) }) { return nil }
            var delta = 0
            for (index, replacement) in replaced.enumerated() where replacement.range.upperBound <= item.range.lowerBound && index < newRanges.count {
                delta += newRanges[index].range.count - replacement.range.count
            }
            return Inserted(range: (item.range.lowerBound + delta)..<(item.range.upperBound + delta), kind: item.kind)
        }
    }

    /// The ranges to replace: the scanner's findings (egress aside), the sweeps, and every other whole-word
    /// occurrence of a value found; in text order, overlaps resolved in favour of the earlier and longer.
    /// With `prose` (source code's comments and literals), the sweeps that read prose, and a name's
    /// words standing alone, count only there: in code, `None, Emin` is not a name and `None` not its word.
    /// The scanner's findings, and (on the other core) the code's prose regions and the sweeps'
    /// candidates: the two read the same input independently.
    private func firstPass(_ input: [UInt8], text: String, path: String, asCode: Bool) throws
        -> ([DetectedValue], [Range<Int>]?, [RedactSweeps.Candidate])
    {
        let scanner = scanner
        let found = ConcurrentResult<[DetectedValue]>()
        let swept = ConcurrentResult<([Range<Int>]?, [RedactSweeps.Candidate])>()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                found.set(Swift.Result { try scanner.detectedValues(in: input, path: path) })
            } else {
                swept.set(.success(Self.sweepPass(input, text: text, path: path, asCode: asCode)))
            }
        }
        // Both iterations have run when concurrentPerform returns; a missing one is simply run here.
        let (prose, sweeps) = try swept.get() ?? Self.sweepPass(input, text: text, path: path, asCode: asCode)
        return (try found.get() ?? scanner.detectedValues(in: input, path: path), prose, sweeps)
    }

    private static func sweepPass(_ input: [UInt8], text: String, path: String, asCode: Bool) -> ([Range<Int>]?, [RedactSweeps.Candidate]) {
        let prose = asCode || CodeTokens.lexesFully(path) ? CodeTokens.literalsAndComments(in: input) : nil
        return (prose, RedactSweeps.candidates(in: text, prose: prose))
    }

    static func replaced(in input: [UInt8], detected: [DetectedValue], swept: [RedactSweeps.Candidate], prose: [Range<Int>]? = nil) throws
        -> [RedactSweeps.Candidate]
    {
        var findings = resolve(detected.filter { $0.kind.category != .egress }.map { RedactSweeps.Candidate(range: $0.range, kind: $0.kind) })
        let inProse = { (candidate: RedactSweeps.Candidate) in prose.map { Self.isInside(candidate.range, $0) } ?? true }
        // A sweep fills what the findings leave, or takes over findings it wholly contains (a street line
        // over a finding's first words); it never cuts one.
        var sweeps: [RedactSweeps.Candidate] = []
        // In code, a number of seven digits or more outside a literal (`account_number = 900012345678`)
        // is a value too.
        let inCode = { (candidate: RedactSweeps.Candidate) in
            candidate.kind == RedactSweeps.idKind && input[candidate.range].allSatisfy { $0 >= 48 && $0 <= 57 }
        }
        for sweep in resolve(swept.filter { $0.isKeyed || inProse($0) || inCode($0) }) {
            let overlapping = findings.filter { $0.range.overlaps(sweep.range) }
            if overlapping.isEmpty {
                sweeps.append(sweep)
            } else if overlapping.allSatisfy({ sweep.range.contains($0.range.lowerBound) && $0.range.upperBound <= sweep.range.upperBound }),
                      overlapping.count == 1, overlapping[0].range.count < sweep.range.count, overlapping[0].kind == sweep.kind {
                findings.removeAll { $0.range == overlapping[0].range }
                sweeps.append(sweep)
            }
        }
        var chosen = resolve(findings + sweeps)
        // A value found once is replaced wherever else it stands (`KeyError: 44724040` after
        // `df.loc[44724040]`), and a name's words wherever they stand alone (`Andrew's EpiPen`).
        var values: [[UInt8]: FindingKind] = [:]
        for value in chosen where value.range.count >= 4 { values[Array(input[value.range])] = value.kind }
        var words: [[UInt8]: FindingKind] = [:]
        for value in chosen where value.kind == .name {
            let real = String(decoding: input[value.range], as: UTF8.self)
            for word in real.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" }) where word.utf8.count >= 3 {
                if values[Array(word.utf8)] == nil { words[Array(word.utf8)] = .name }
            }
        }
        // A whole value stands for itself wherever it is; a name's word alone only where prose is.
        let more = occurrences(of: values, in: input).map { $0.kind == .name ? withGivenNameBefore($0, in: input) : $0 }
            + occurrences(of: words, in: input).filter(inProse).map { withGivenNameBefore($0, in: input) }
        if !more.isEmpty { chosen = resolve(chosen + more) }
        return unifyingKinds(chosen, in: input)
    }

    /// A name word found again with a capitalised word before it that is no ordinary word (`Yaw` before
    /// `Adebayo`, once `Mrs. Adebayo` was found): the pair, so the given name goes with the surname.
    static func withGivenNameBefore(_ occurrence: RedactSweeps.Candidate, in input: [UInt8]) -> RedactSweeps.Candidate {
        let start = occurrence.range.lowerBound
        guard start >= 3, input[start - 1] == 32 else { return occurrence }
        var wordStart = start - 1
        while wordStart > 0, input[wordStart - 1] >= 97 && input[wordStart - 1] <= 122 { wordStart -= 1 }
        // `Yaw`: a capital, then at least one lowercase letter, then the space; nothing of a word before it.
        guard wordStart > 0, wordStart < start - 1, input[wordStart - 1] >= 65, input[wordStart - 1] <= 90 else { return occurrence }
        wordStart -= 1
        guard wordStart == 0 || !isWordByte(input[wordStart - 1]) else { return occurrence }
        let word = input[wordStart..<(start - 1)]
        let given = NameLists.givenName(word), surname = NameLists.surname(word)
        // A known given name that is not a word, or, mid-sentence, a word the name lists do not know
        // (`Then Kimbrough left` starts a sentence; `called again, Yaw Adebayo` does not).
        var before = wordStart
        while before > 0, input[before - 1] == 32 || input[before - 1] == 9 { before -= 1 }
        let opensSentence = before == 0 || [46, 33, 63, 58, 10, 13, 40, 34, 39, 45, 42, 62].contains(input[before - 1])
        let isName = given.map { !$0.isWord }
            ?? (surname == nil && !opensSentence && !notGivenNames.contains(String(decoding: word, as: UTF8.self).lowercased()))
        guard isName else { return occurrence }
        var extended = occurrence
        extended.range = wordStart..<occurrence.range.upperBound
        return extended
    }

    /// Capitalised words before a surname that are not given names (titles, roles, sentence openers).
    static let notGivenNames: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "miss", "nurse", "patient", "pt", "the", "and", "or", "but", "if", "so", "to", "for",
        "from", "with", "call", "called", "dear", "hi", "hello", "hey", "thanks", "cc", "re", "fw", "fwd", "per", "via",
        "family", "baby", "twin", "team", "room", "bed", "unit", "dept", "prof", "rev", "sr", "jr", "st", "saint", "doctor",
    ]

    /// Every occurrence of one value under the most specific kind any of them was found as (a birth
    /// date over a date, a patient id over an identifier-shaped token), so each gets the same stand-in.
    static func unifyingKinds(_ values: [RedactSweeps.Candidate], in input: [UInt8]) -> [RedactSweeps.Candidate] {
        func rank(_ kind: FindingKind) -> Int {
            kind == .dob ? 3 : kind == RedactSweeps.idKind ? 0 : kind == .date ? 1 : 2
        }
        var kindOf: [ArraySlice<UInt8>: FindingKind] = [:]
        for value in values where kindOf[input[value.range]].map({ rank($0) < rank(value.kind) }) ?? true {
            kindOf[input[value.range]] = value.kind
        }
        return values.map { value in
            var unified = value
            unified.kind = kindOf[input[value.range]] ?? value.kind
            return unified
        }
    }

    /// Every whole-word occurrence of the needles, in one pass: each word start is looked up by its
    /// first three bytes (a search per value made long inputs quadratic).
    static func occurrences(of needles: [[UInt8]: FindingKind], in input: [UInt8]) -> [RedactSweeps.Candidate] {
        func key(_ bytes: ArraySlice<UInt8>) -> UInt32 {
            bytes.prefix(3).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        }
        var byKey: [UInt32: [([UInt8], FindingKind)]] = [:]
        for (needle, kind) in needles where needle.count >= 3 { byKey[key(needle[...]), default: []].append((needle, kind)) }
        guard !byKey.isEmpty else { return [] }
        // The first two bytes of every needle: most positions are ruled out without hashing a key.
        var starts = [Bool](repeating: false, count: 1 << 16)
        for needle in needles.keys where needle.count >= 3 { starts[Int(needle[0]) << 8 | Int(needle[1])] = true }
        var found: [RedactSweeps.Candidate] = []
        var index = 0
        while index + 3 <= input.count {
            defer { index += 1 }
            guard starts[Int(input[index]) << 8 | Int(input[index + 1])] else { continue }
            if index > 0, isWordByte(input[index - 1]), isWordByte(input[index]) { continue }
            guard let candidates = byKey[key(input[index..<(index + 3)])] else { continue }
            for (needle, kind) in candidates where index + needle.count <= input.count
                && input[index..<(index + needle.count)].elementsEqual(needle) {
                let end = index + needle.count
                if let last = needle.last, isWordByte(last), end < input.count, isWordByte(input[end]) { continue }
                found.append(RedactSweeps.Candidate(range: index..<end, kind: kind))
            }
        }
        return found
    }

    static func resolve(_ candidates: [RedactSweeps.Candidate]) -> [RedactSweeps.Candidate] {
        var chosen: [RedactSweeps.Candidate] = []
        // Sorted by start, longest first; at equal ranges the earlier candidate (a finding before a sweep) wins.
        let ordered = candidates.enumerated().sorted {
            ($0.element.range.lowerBound, -$0.element.range.count, $0.offset) < ($1.element.range.lowerBound, -$1.element.range.count, $1.offset)
        }.map(\.element)
        for candidate in ordered {
            if let last = chosen.last, candidate.range.lowerBound < last.range.upperBound {
                // An overlapping longer match (a sweep's full street line over a finding's part) takes over.
                if candidate.range.upperBound > last.range.upperBound, candidate.range.lowerBound == last.range.lowerBound {
                    chosen[chosen.count - 1] = candidate
                }
                continue
            }
            chosen.append(candidate)
        }
        return chosen
    }

    /// Whether `range` lies within one of `regions` (sorted, not overlapping).
    static func isInside(_ range: Range<Int>, _ regions: [Range<Int>]) -> Bool {
        let index = regions.partitionIndex { $0.upperBound <= range.lowerBound }
        return index < regions.count && regions[index].lowerBound <= range.lowerBound && range.upperBound <= regions[index].upperBound
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (48...57).contains(byte) || ((byte | 0x20) >= 97 && (byte | 0x20) <= 122) || byte == 95
    }

    /// Whether every letter and digit of `range` lies in a stand-in: a stand-in next to a real word the
    /// first pass missed (`John` + a surname stand-in) is not covered.
    static func isCovered(_ range: Range<Int>, by inserted: [Range<Int>], in bytes: [UInt8]) -> Bool {
        var start = inserted.partitionIndex { $0.upperBound <= range.lowerBound }
        var position = range.lowerBound
        while position < range.upperBound {
            let byte = bytes[position]
            let significant = byte >= 0x80 || (byte >= 48 && byte <= 57) || ((byte | 0x20) >= 97 && (byte | 0x20) <= 122)
            if significant {
                while start < inserted.count, inserted[start].upperBound <= position { start += 1 }
                guard start < inserted.count, inserted[start].contains(position) else { return false }
            }
            position += 1
        }
        return true
    }

    private func standIn(for kind: FindingKind, real: String, in text: InputIndex, before: ArraySlice<UInt8>,
                         map: inout RedactionMap) -> String {
        if kind.category == .secret { return map.placeholder(forSecret: real, kind: kind.name) }
        if let existing = map.standIn(kind: kind.name, real: real) { return existing }
        // One value, one stand-in, whatever kind each place found it as; a birth date only takes a
        // stand-in made for one (a date's stand-in is not capped at 90 years).
        if let pair = map.valuePair(real: real), kind != .dob || pair.kind == FindingKind.dob.name { return pair.standIn }
        if kind == .name, let composed = nameStandIn(real, text: text, before: before, map: &map) {
            map.add(kind: kind.name, real: real, standIn: composed)
            return composed
        }
        let maker = StandInMaker(source: StandInSource(seed: map.seed, mrnPrefix: mrnPrefix), map: map)
        let context = String(decoding: before.suffix(48), as: UTF8.self)[...]
        var attempt = 0
        var candidate = maker.make(kind: kind, real: real, attempt: attempt, context: context)
        // A stand-in must be new to the map and absent from the input, so restore is unambiguous.
        // An email's name words must not be the input's words either (`william.brown1@…` beside a William).
        func clashes(_ candidate: String) -> Bool {
            // The stand-in this value already has (a birth date shifted as a date elsewhere) is its own.
            if map.valuePair(real: real)?.standIn == candidate { return false }
            if candidate == real || map.isStandIn(candidate) || text.contains(candidate) { return true }
            // An address's street and city words must be new to the input too (`Lakeview`, `Medford`: a
            // city is below a state, which Safe Harbor removes).
            if kind == .address {
                return candidate.split(whereSeparator: { !$0.isLetter }).contains { word in
                    word.count >= 3 && !Self.addressWords.contains(word.lowercased()) && text.containsIgnoringCase(String(word))
                }
            }
            guard kind == .email, let local = candidate.split(separator: "@").first else { return false }
            return local.split(whereSeparator: { !$0.isLetter }).contains { text.containsIgnoringCase(String($0)) }
        }
        while clashes(candidate), attempt < 1000 {
            attempt += 1
            candidate = maker.make(kind: kind, real: real, attempt: attempt, context: context)
        }
        if clashes(candidate) {
            candidate = "<\(kind.name) \(map.count(of: kind.name) + 1)>"
        }
        if map.isStandIn(candidate) { return candidate }
        map.add(kind: kind.name, real: real, standIn: candidate)
        return candidate
    }
}

extension Redactor {
    /// A name's stand-in built word by word, each real word always getting the same stand-in word, so
    /// `Carolyn` and `Carolyn Lawson` stay the same person. Nil when the name has no words.
    func nameStandIn(_ real: String, text: InputIndex, before: ArraySlice<UInt8>, map: inout RedactionMap) -> String? {
        let source = StandInSource(seed: map.seed, mrnPrefix: mrnPrefix)
        let female = StandInMaker.statedSex(before: String(decoding: before.suffix(48), as: UTF8.self)[...])
        let words = real.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" })
        guard !words.isEmpty else { return nil }
        let surnameFirst = real.contains(",") || real.contains("^")
        // `Nguyen` must not stand in for `Nguyễn`: the same name without its marks.
        let realWords = Set(words.map { Self.folded(String($0)) })
        var result = ""
        var cursor = real.startIndex
        for (position, word) in words.enumerated() {
            result += real[cursor..<word.startIndex]
            cursor = word.endIndex
            let key = String(word).lowercased()
            if let existing = map.standIn(kind: "name-part", real: key) {
                result += Self.matchingCase(existing, like: String(word))
                continue
            }
            let isGiven = words.count == 1 ? NameLists.surname(Array(word.utf8)) == nil : (surnameFirst ? position > 0 : position < words.count - 1)
            var attempt = map.count(of: "name-part")
            var candidate = ""
            repeat {
                let person = source.name(attempt, female: female)
                candidate = isGiven ? person.first : person.last
                attempt += 1
            } while (map.isStandIn(candidate.lowercased()) || text.containsIgnoringCase(candidate)
                || realWords.contains(Self.folded(candidate))) && attempt < 5000
            map.add(kind: "name-part", real: key, standIn: candidate.lowercased())
            result += Self.matchingCase(candidate, like: String(word))
        }
        result += real[cursor...]
        return result == real || text.contains(result) || map.isStandIn(result) ? nil : result
    }

    /// Street types and directions: every address has them, so they may repeat.
    static let addressWords: Set<String> = [
        "street", "avenue", "ave", "road", "lane", "drive", "court", "way", "place", "boulevard", "blvd", "terrace", "ter",
        "circle", "cir", "parkway", "pkwy", "highway", "hwy", "trail", "trl", "square", "loop", "row", "path", "apt",
        "suite", "unit", "north", "south", "east", "west",
    ]

    /// A word without case or diacritics, to compare names as people read them.
    static func folded(_ word: String) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// `candidate` in the case style of `word`: UPPER, lower or Capitalised.
    static func matchingCase(_ candidate: String, like word: String) -> String {
        // `Al-Rashidi`, `O'Brien`: each part in its own case.
        let separators: Set<Character> = ["-", "'", "’"]
        let candidateParts = candidate.split(omittingEmptySubsequences: false, whereSeparator: separators.contains)
        let wordParts = word.split(omittingEmptySubsequences: false, whereSeparator: separators.contains)
        if candidateParts.count > 1, candidateParts.count == wordParts.count {
            var result = ""
            var cursor = candidate.startIndex
            for (part, like) in zip(candidateParts, wordParts) {
                result += candidate[cursor..<part.startIndex]
                result += matchingCase(String(part), like: String(like))
                cursor = part.endIndex
            }
            return result + candidate[cursor...]
        }
        if word == word.uppercased(), word.count > 1 { return candidate.uppercased() }
        if word == word.lowercased() { return candidate.lowercased() }
        return candidate.prefix(1).uppercased() + candidate.dropFirst().lowercased()
    }
}

/// Line and UTF-8 column of byte offsets in a buffer.
struct LinePositions {
    private let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 10 { starts.append(offset + 1) }
        lineStarts = starts
    }

    func position(of offset: Int) -> (line: Int, column: Int) {
        let line = lineStarts.partitionIndex { $0 <= offset } - 1
        return (line + 1, offset - lineStarts[max(0, line)] + 1)
    }
}

extension Array {
    /// The first index whose element fails `belongsBefore` (the array is partitioned by it).
    func partitionIndex(where belongsBefore: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if belongsBefore(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// A value one of `DispatchQueue.concurrentPerform`'s iterations produces, read after it returns.
final class ConcurrentResult<Value: Sendable>: @unchecked Sendable {
    // Written once by one iteration and read after concurrentPerform returns; the lock orders the two.
    private let lock = NSLock()
    private var value: Swift.Result<Value, any Error>?

    func set(_ result: Swift.Result<Value, any Error>) {
        lock.withLock { value = result }
    }

    /// The value, the error it threw, or nil when nothing was set.
    func get() throws -> Value? {
        try lock.withLock({ value })?.get()
    }
}
