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

    /// Loads the sweeps' engine and compiles their expressions on another thread, so that work (some
    /// 8 ms: ICU builds a character set for every `\p{Lu}`) overlaps what `redact` does before it reads
    /// the text: finding the repository, loading the policy and the scanner. A sweep needed sooner
    /// waits for its one compilation. Wait for the returned preparation before the process exits: an
    /// exit while ICU compiles crashed in its static destructors (7 of 100 early exits).
    public static func prepare() -> Preparation {
        let preparation = Preparation()
        Thread.detachNewThread {
            _ = SweepEngine.shared
            for sweep in RedactSweeps.sweeps { _ = sweep.expression() }
            preparation.finished.signal()
        }
        return preparation
    }

    /// Work `prepare` started on another thread.
    public final class Preparation: Sendable {
        fileprivate let finished = DispatchSemaphore(value: 0)

        /// Returns once the work is done (at once when it already is).
        public func wait() {
            finished.wait()
            finished.signal()
        }
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
        /// The redacted text's UTF-8 bytes.
        public var output: [UInt8]
        /// The redacted text.
        public var text: String {
            get { String(decoding: output, as: UTF8.self) }
            set { output = Array(newValue.utf8) }
        }
        public var replacements: [Replacement]
        /// Findings in the output that are not this map's stand-ins: the output must not be used.
        public var remaining: [Remaining]
    }

    /// Redacts `text`, adding new pairs to `map`.
    /// `path` names the file the text came from (`-` for a prompt): see `Scanner.detectedValues`. Source
    /// code (by the path's name, or `asCode`) gets the prose sweeps in its comments and literals only.
    public func redact(_ text: String, map: inout RedactionMap, path: String = "-", asCode: Bool = false) throws -> Result {
        try redact(utf8: Array(text.utf8), map: &map, path: path, asCode: asCode)
    }

    /// Redacts text given as valid UTF-8 (a long file is read as bytes: a `String` of it cost two copies).
    public func redact(utf8 input: [UInt8], map: inout RedactionMap, path: String = "-", asCode: Bool = false) throws -> Result {
        var clock = PhaseClock()
        let (detected, tables, prose, sweeps) = try firstPass(input, path: path, asCode: asCode)
        clock.lap("first pass (scan, index | sweeps)")
        let values = try Self.replaced(in: input, detected: detected, swept: sweeps, prose: prose)
        clock.lap("values to replace: \(values.count)")
        let numbers = RealNumbers(values, in: input)
        Self.settleDayOffset(of: &map, dates: values, in: input, numbers: numbers)
        let index = InputIndex(tables, realNumbers: numbers)
        var (output, inserted) = apply(values, to: input, index: index, map: &map)
        clock.lap("stand-ins")
        // A stand-in beside a word the first pass left can read as a new value (`Yaw` + a surname): such
        // findings are replaced in turn (their stand-ins restore through the first ones), twice at most.
        var remaining: [DetectedValue] = []
        for pass in 0..<3 {
            // The input held nothing else to replace, so only the lines around the stand-ins can.
            let changed = inserted.map(\.range)
            remaining = try scanner.detectedValues(in: output, path: path, near: changed).filter { found in
                found.isBlocking && found.kind.category != .egress && !Self.isCovered(found.range, by: changed, in: output)
            }
            guard !remaining.isEmpty, pass < 2 else { break }
            let again = remaining.map { RedactSweeps.Candidate(range: $0.range, kind: $0.kind) }
            let (next, added) = apply(again, to: output, index: index, map: &map)
            inserted = Self.shifted(inserted, by: again, newRanges: added, in: output) + added
            inserted.sort { $0.range.lowerBound < $1.range.lowerBound }
            output = next
        }
        clock.lap("second scan")
        let positions = LinePositions(output)
        let replacements = inserted.map { item in
            let (line, column) = positions.position(of: item.range.lowerBound)
            return Replacement(kind: item.kind, line: line, column: column, length: item.range.count)
        }
        return Result(output: output, replacements: replacements,
                      remaining: remaining.map { Remaining(kind: $0.kind.name, line: $0.line, column: $0.column) })
    }

    /// Draws a new map's date offset again (20 times at most) while a date shifted by it would show a
    /// real short number (a house number `1205` read back in `2023-12-05`), keeping the offset that
    /// shows the fewest. Past 400 different dates nearly every offset would, and trying them costs more
    /// than it could win.
    static func settleDayOffset(of map: inout RedactionMap, dates values: [RedactSweeps.Candidate], in input: [UInt8], numbers: RealNumbers) {
        defer { map.dayOffsetIsOpen = false }
        guard map.dayOffsetIsOpen, !numbers.isEmpty else { return }
        var dates: [String: FindingKind] = [:]
        for value in values where value.kind == .date || value.kind == .dob {
            dates[String(decoding: input[value.range], as: UTF8.self)] = value.kind
            if dates.count > 400 { return }
        }
        guard !dates.isEmpty else { return }
        // As the stand-ins will be written: birth dates capped at 90 years.
        func showing(_ map: RedactionMap) -> Int {
            dates.count { real, kind in StandInMaker.shiftedDate(real, kind: kind, map: map).map { numbers.isCarried(by: $0) } ?? false }
        }
        var generator = SystemRandomNumberGenerator()
        var best = (offset: map.dayOffset, showing: showing(map))
        for _ in 0..<20 where best.showing > 0 {
            var trial = map
            trial.dayOffset = RedactionMap.randomDayOffset(using: &generator)
            let count = showing(trial)
            if count < best.showing { best = (trial.dayOffset, count) }
        }
        map.dayOffset = best.offset
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
            let standIn = standIn(for: value.kind, real: real, in: index, before: bytes[..<value.range.lowerBound],
                                  written: output.suffix(RealNumbers.reach), after: bytes[value.range.upperBound...], map: &map)
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

    /// The scanner's findings, the input's two index tables, the code's prose regions with the character
    /// scans, and the sweeps' expressions: independent reads of the input, on the cores there are.
    private func firstPass(_ input: [UInt8], path: String, asCode: Bool) throws
        -> ([DetectedValue], InputIndex.Tables, [Range<Int>]?, [RedactSweeps.Candidate])
    {
        let scanner = scanner
        // Longest first (on 10 MB of code some 100, 95, 65, 60, 35 and 25 ms), so the cores finish together.
        let expressions = ConcurrentPart("sweeps' expressions") { RedactSweeps.expressionCandidates(in: input) }
        let prose = ConcurrentPart("code lexer and name scans") {
            var clock = PhaseClock()
            let regions = asCode || CodeTokens.lexesFully(path) ? CodeTokens.literalsAndComments(in: input) : nil
            clock.lap("    code lexer")
            defer { clock.lap("    name scans") }
            return (regions: regions, found: RedactSweeps.scannedCandidates(in: input, prose: regions))
        }
        let wordFilter = ConcurrentPart("word filter") { InputIndex.wordFilter(of: input) }
        let scan = ConcurrentPart("scan") { try scanner.detectedValues(in: input, path: path) }
        let tokens = ConcurrentPart("identifier-shaped tokens") { RedactSweeps.identifierShapedTokens(in: input) }
        let windows = ConcurrentPart("window bitmap") { InputIndex.Tables.windowBitmap(input) }
        ConcurrentParts.run([expressions, prose, wordFilter, scan, tokens, windows])
        let read = try prose.value()
        let swept = RedactSweeps.inOrder(tokens: try tokens.value(), prose: read.found.prose, expressions: try expressions.value(),
                                          pairs: read.found.pairs)
        let tables = InputIndex.Tables(input, windows: try windows.value(), wordFilter: try wordFilter.value())
        return (try scan.value(), tables, read.regions, swept)
    }

    /// The ranges to replace: the scanner's findings (egress aside), the sweeps, and every other whole-word
    /// occurrence of a value found; in text order, overlaps resolved in favour of the earlier and longer.
    /// With `prose` (source code's comments and literals), the sweeps that read prose, and a name's
    /// words standing alone, count only there: in code, `None, Emin` is not a name and `None` not its word.
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
            // As written, and a word found in lowercase Capitalised too: `wendell kimbrough` typed in haste
            // is `Wendell` later. (Capitals too replaced `MARK`, `LICENSE`, `VERSION` in 10 MB of code.)
            for word in real.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" }) where word.utf8.count >= 3 {
                let forms = word == word.lowercased() ? [String(word), word.prefix(1).uppercased() + word.dropFirst()] : [String(word)]
                for form in forms where values[Array(form.utf8)] == nil { words[Array(form.utf8)] = .name }
            }
        }
        // A whole value stands for itself wherever it is; a name's word alone only where prose is. One
        // search finds both, each core reading half the input.
        var needles = values.mapValues { Needle(kind: $0, isNameWord: false) }
        for (word, kind) in words { needles[word] = Needle(kind: kind, isNameWord: true) }
        let sought = needles, middle = input.count / 2
        let firstHalf = ConcurrentPart("values and names' words, first half") { occurrences(of: sought, in: input, startingIn: 0..<middle) }
        let secondHalf = ConcurrentPart("values and names' words, second half") { occurrences(of: sought, in: input, startingIn: middle..<input.count) }
        ConcurrentParts.run([firstHalf, secondHalf])
        let more = try (firstHalf.value() + secondHalf.value()).compactMap { found -> RedactSweeps.Candidate? in
            if found.isNameWord { return inProse(found.candidate) ? withGivenNameBefore(found.candidate, in: input) : nil }
            return found.candidate.kind == .name ? withGivenNameBefore(found.candidate, in: input) : found.candidate
        }
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
    /// first three bytes, in a bitmap of their hashes before the table (a search per value made long
    /// inputs quadratic). The bitmap is 8 kB for a prompt, 128 kB from a megabyte up (a 2 MB one cost a
    /// prompt 2.5 ms to clear).
    /// What a value found once is sought as: its kind, and whether it is one word of a name.
    struct Needle {
        var kind: FindingKind
        var isNameWord: Bool
    }

    /// An occurrence `occurrences` found, and of which needle.
    struct Occurrence {
        var candidate: RedactSweeps.Candidate
        var isNameWord: Bool
    }

    /// Every whole-word occurrence of the needles that starts in `starts` (a part of the input, so two
    /// cores can share one search), in text order.
    static func occurrences(of needles: [[UInt8]: Needle], in input: [UInt8], startingIn starts: Range<Int>) -> [Occurrence] {
        occurrences(of: needles.mapValues { $0.kind }, in: input, startingIn: starts).map { candidate in
            Occurrence(candidate: candidate, isNameWord: needles[Array(input[candidate.range])]?.isNameWord ?? false)
        }
    }

    static func occurrences(of needles: [[UInt8]: FindingKind], in input: [UInt8], startingIn range: Range<Int>? = nil) -> [RedactSweeps.Candidate] {
        func key(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int { Int(a) << 16 | Int(b) << 8 | Int(c) }
        let bits = input.count >= 1 << 20 ? 20 : 16
        func slot(_ key: Int) -> Int { Int((UInt32(truncatingIfNeeded: key) &* 0x9E37_79B1) >> (32 - bits)) }
        var byKey: [Int: [([UInt8], FindingKind)]] = [:]
        var starts = [UInt64](repeating: 0, count: (1 << bits) / 64)
        for (needle, kind) in needles where needle.count >= 3 {
            let start = key(needle[0], needle[1], needle[2])
            byKey[start, default: []].append((needle, kind))
            starts[slot(start) >> 6] |= 1 << UInt64(slot(start) & 63)
        }
        let range = (range ?? input.indices).clamped(to: 0..<max(0, input.count - 2))
        guard !byKey.isEmpty, !range.isEmpty else { return [] }
        var found: [RedactSweeps.Candidate] = []
        input.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
                var window = Int(bytes[range.lowerBound]) << 8 | Int(bytes[range.lowerBound + 1])
                for index in range {
                    window = (window << 8 | Int(bytes[index + 2])) & 0xFF_FFFF
                    let bit = slot(window)
                    guard starts[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { continue }
                    if index > 0, isWordByte(bytes[index - 1]), isWordByte(bytes[index]) { continue }
                    for (needle, kind) in byKey[window] ?? [] where index + needle.count <= bytes.count
                        && needle.indices.dropFirst(3).allSatisfy({ needle[$0] == bytes[index + $0] }) {
                        let end = index + needle.count
                        if let last = needle.last, isWordByte(last), end < bytes.count, isWordByte(bytes[end]) { continue }
                        found.append(RedactSweeps.Candidate(range: index..<end, kind: kind))
                    }
                }
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

    /// `before` and `after` are the text around the value; `written`, the output so far (its numbers are
    /// what a stand-in's first digits continue).
    private func standIn(for kind: FindingKind, real: String, in text: InputIndex, before: ArraySlice<UInt8>,
                         written: ArraySlice<UInt8>, after: ArraySlice<UInt8>, map: inout RedactionMap) -> String {
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
        // A date's stand-in is its one shift, the same whatever the attempt; one it cannot read is drawn as an id.
        let isShiftedDate = (kind == .date || kind == .dob) && StandInMaker.shiftedDate(real, kind: kind, map: map) != nil
        // A stand-in must be new to the map and absent from the input, so restore is unambiguous.
        // An email's name words must not be the input's words either (`william.brown1@…` beside a William).
        func clashes(_ candidate: String) -> Bool {
            // The stand-in this value already has (a birth date shifted as a date elsewhere) is its own.
            if map.valuePair(real: real)?.standIn == candidate { return false }
            // Any stand-in but a shifted date is drawn again while it shows a real number (asked first: it
            // costs less than a search of the input).
            if attempt < 100, !isShiftedDate, text.realNumbers.isCarried(by: candidate, before: written, after: after) {
                return true
            }
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
            // A shifted date's clash is final.
            if isShiftedDate { break }
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
        // Bytes, not `contains(",")`: with Foundation that is a `range(of:)`, 10,000 instructions a name.
        let surnameFirst = real.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "^") }
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
            let taken = { (candidate: String) in
                let lower = candidate.lowercased()
                return map.isStandIn(lower) || text.containsIgnoringCase(candidate)
                    || realWords.contains(candidate.utf8.allSatisfy { $0 < 0x80 } ? lower : Self.folded(candidate))
            }
            guard let candidate = Self.nameWord(given: isGiven, female: female, source: source, from: map.count(of: "name-part"), taken: taken)
            else { return nil }
            map.add(kind: "name-part", real: key, standIn: candidate.lowercased())
            result += Self.matchingCase(candidate, like: String(word))
        }
        result += real[cursor...]
        return result == real || text.contains(result) || map.isStandIn(result) ? nil : result
    }

    /// A stand-in for one word of a name that `taken` allows: drawn from the synth tables (as `synth`
    /// writes names), then, when those few are all taken or in the input (a long input holds most of
    /// them), from the Census names that are not English words. Nil when every one is taken.
    static func nameWord(given: Bool, female: Bool?, source: StandInSource, from attempt: Int, taken: (String) -> Bool) -> String? {
        // Drawn while one is left (a check of the whole table first: drawing until 5,000 tries ran out
        // cost a long input 0.3 s, and then took a word already taken).
        if StandInSource.nameWords(given: given, female: female).contains(where: { !taken($0) }) {
            for draw in attempt... {
                let person = source.name(draw, female: female)
                let candidate = given ? person.first : person.last
                if !taken(candidate) { return candidate }
            }
        }
        // Census lines from places the seed and the attempt pick: scattered, not alphabetical neighbours.
        let sex: NameLists.Sex = female.map { $0 ? .female : .male } ?? .either
        for tries in 0..<UInt64(20_000) {
            var draw = (source.seed ^ UInt64(attempt) << 20 ^ tries) &* 0x9E37_79B9_7F4A_7C15
            draw ^= draw >> 29
            if let name = NameLists.nonWordName(given: given, sex: sex, draw: draw), !taken(name) { return name }
        }
        return nil
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
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            // memchr: a byte loop over 10 MB cost 3% of a long redaction.
            while offset < buffer.count, let found = memchr(base + offset, 10, buffer.count - offset) {
                offset = base.distance(to: UnsafeRawPointer(found)) + 1
                starts.append(offset)
            }
        }
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

/// One of several independent computations `ConcurrentParts.run` runs on the cores there are; its
/// value is read after.
public final class ConcurrentPart<Value: Sendable>: ConcurrentWork, @unchecked Sendable {
    public let name: String
    private let compute: @Sendable () throws -> Value
    // Written by the core that ran it, read after `ConcurrentParts.run` returns; the lock orders the two.
    private let lock = NSLock()
    private var result: Swift.Result<Value, any Error>?

    /// A part named `name` (for `PHIGUARD_PROFILE`) that computes its value with `compute`.
    public init(_ name: String, _ compute: @escaping @Sendable () throws -> Value) {
        self.name = name
        self.compute = compute
    }

    public func run() {
        let outcome = Swift.Result { try compute() }
        lock.withLock { result = outcome }
    }

    /// The value, or the error it threw; computed here if it never ran.
    public func value() throws -> Value {
        try (lock.withLock({ result }) ?? Swift.Result { try compute() }).get()
    }
}

/// Runs independent parts of a redaction on the cores there are.
public enum ConcurrentParts {
    /// Runs every part, each on whichever core is free (longest first keeps the cores even), and returns
    /// when all have run; with `PHIGUARD_PROFILE` each part's time is printed.
    public static func run(_ parts: [any ConcurrentWork]) {
        DispatchQueue.concurrentPerform(iterations: parts.count) { index in
            var clock = PhaseClock()
            parts[index].run()
            clock.lap("  " + parts[index].name)
        }
    }
}

/// What `ConcurrentParts.run` runs.
public protocol ConcurrentWork: Sendable {
    var name: String { get }
    func run()
}
