import Foundation
import NameLists
import Scanning

/// What `redact` replaces beyond the scanner's findings. A finding is what must not be sent; a
/// redaction must also leave nothing that could be: every full date (all move by one offset, so
/// intervals stay), identifier-shaped tokens, a given name followed by a surname, street lines and
/// `City, ST 12345`, postal codes under their keys, and every other occurrence of a value already
/// replaced. Over-replacing costs little here: the answer is restored.
enum RedactSweeps {
    struct Candidate {
        var range: Range<Int>
        var kind: FindingKind
        /// Found under a key that names it (`mrn: …`, `"city": "…"`): counts in code as in prose.
        var isKeyed = false
    }

    /// Identifier-shaped tokens no rule named.
    static let idKind = FindingKind("id", .phi)

    /// Every sweep candidate in `text`, in the order `exactCandidates` gives them (at equal ranges the
    /// earlier wins): identifier-shaped tokens, the prose scans, then each sweep's in the table's order.
    static func candidates(in text: String, prose: [Range<Int>]? = nil) -> [Candidate] {
        let bytes = Array(text.utf8)
        let scanned = scannedCandidates(in: bytes, prose: prose)
        return inOrder(tokens: identifierShapedTokens(in: bytes), prose: scanned.prose, expressions: expressionCandidates(in: bytes),
                       pairs: scanned.pairs)
    }

    /// The parts `redact` finds on separate cores, put in the order of `exactCandidates`.
    static func inOrder(tokens: [Candidate], prose: [Candidate], expressions: [[Candidate]], pairs: [[Candidate]]) -> [Candidate] {
        // Both lists have one entry per sweep.
        tokens + prose + zip(expressions, pairs).flatMap { $0 + $1 }
    }

    /// Each sweep's expression's matches, by the sweep's place in the table (none for the pair sweeps).
    /// One Vectorscan pass finds where each expression can match; the exact expression then runs only
    /// on the lines around those places (running all twenty over the whole text held `redact` to
    /// 1 MB/s). Without the engine, the expressions run on everything.
    static func expressionCandidates(in bytes: [UInt8]) -> [[Candidate]] {
        var clock = PhaseClock()
        guard let engine = SweepEngine.shared, let matches = try? engine.matches(in: bytes) else {
            let text = String(decoding: bytes, as: UTF8.self)
            return sweeps.map { $0.pairs == nil ? $0.candidates(in: text, offset: 0) : [] }
        }
        clock.lap("    sweeps' triggers: \(matches.count) places")
        var byPattern: [Int: [EngineMatch]] = [:]
        for match in matches { byPattern[match.pattern, default: []].append(match) }
        defer { clock.lap("    sweeps' expressions around them") }
        return sweeps.enumerated().map { index, sweep in
            guard sweep.pairs == nil, let hits = byPattern[SweepEngine.patternOwners[index]] else { return [] }
            return windows(around: hits, in: bytes, reach: sweep.triggerReach, forward: sweep.continuesPastTrigger).flatMap { window in
                sweep.candidates(in: String(decoding: bytes[window], as: UTF8.self), offset: window.lowerBound)
            }
        }
    }

    /// The character scans' candidates: in prompts and documents lowercase pairs and tables' name columns
    /// (`prose`), and name pairs by the pair sweeps' places in the table. With `prose` regions (source
    /// code's comments and literals), the name pairs there only: the caller keeps only keyed values
    /// outside them.
    static func scannedCandidates(in bytes: [UInt8], prose: [Range<Int>]? = nil) -> (prose: [Candidate], pairs: [[Candidate]]) {
        let regions = prose ?? [bytes.indices]
        let both = namePairs(in: bytes, within: regions)
        let pairs = sweeps.map { sweep -> [Candidate] in
            guard let style = sweep.pairs else { return [] }
            return (style == .capitals ? both.capitals : both.capitalised).compactMap { range in
                sweep.accept(String(decoding: bytes[range], as: UTF8.self)) ? Candidate(range: range, kind: sweep.kind) : nil
            }
        }
        return (proseScans(in: bytes, isCode: prose != nil), pairs)
    }

    /// Every sweep's expression run on the whole text: the reference the fast path must equal.
    static func exactCandidates(in text: String) -> [Candidate] {
        let bytes = Array(text.utf8)
        return identifierShapedTokens(in: bytes) + proseScans(in: bytes, isCode: false) + sweeps.flatMap { $0.candidates(in: text, offset: 0) }
    }

    /// The character scans that read a prompt or a document, not code: lowercase name pairs
    /// (`for layla mahmoud`) and the name columns of a pasted table.
    static func proseScans(in bytes: [UInt8], isCode: Bool) -> [Candidate] {
        guard !isCode else { return [] }
        return (lowercaseNamePairs(in: bytes) + TableNameCells.ranges(in: bytes)).map { Candidate(range: $0, kind: .name) }
    }

    /// A lowercase given name and surname one space apart (dictated or typed in haste: `patient wendell
    /// kimbrough`), both in the Census lists and neither an ordinary word (`will`, `brown`).
    static func lowercaseNamePairs(in bytes: [UInt8]) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard isLowercaseLetter(at: index, in: bytes) else { index += 1; continue }
            let start = index
            while index < bytes.count, isLowercaseLetter(at: index, in: bytes) { index += bytes[index] == 0xC3 ? 2 : 1 }
            // A whole word: no letter, digit, capital or `_` touching it.
            if !isWordCharacter(endingAt: start, in: bytes), !isWordCharacter(startingAt: index, in: bytes) { words.append(start..<index) }
        }
        var found: [Range<Int>] = []
        for (first, second) in zip(words, words.dropFirst()) where second.lowerBound == first.upperBound + 1 && bytes[first.upperBound] == 32 {
            guard first.count >= 3, second.count >= 3, !commonLowercaseWords.contains(String(decoding: bytes[first], as: UTF8.self)),
                  !commonLowercaseWords.contains(String(decoding: bytes[second], as: UTF8.self)),
                  let given = NameLists.givenName(bytes[first]), !given.isWord,
                  let surname = NameLists.surname(bytes[second]), !surname.isWord else { continue }
            found.append(first.lowerBound..<second.upperBound)
        }
        return found
    }

    /// Spanish and Portuguese words the Census lists hold as names (`una carta` is a letter, not Una Carta).
    static let commonLowercaseWords: Set<String> = [
        "una", "uno", "unos", "unas", "con", "del", "las", "los", "para", "por", "que", "sin", "muy", "sus", "como", "pero",
        "esta", "este", "esto", "todo", "toda", "mas", "más", "tengo", "tiene", "hay", "dos", "tres", "mes", "año", "dia",
        "día", "hora", "casa", "vida", "madre", "padre", "hijo", "hija", "carta", "cita", "dolor", "sangre", "pecho",
        "uma", "com", "das", "nos", "não", "sim", "meu", "minha", "seu", "sua", "ela", "ele",
    ]

    /// An ASCII lowercase letter, or a Latin-1 lowercase letter in UTF-8 (`ñ`, `é`: C3 A0…C3 BF but ÷).
    private static func isLowercaseLetter(at index: Int, in bytes: [UInt8]) -> Bool {
        let byte = bytes[index]
        if byte >= 97, byte <= 122 { return true }
        guard byte == 0xC3, index + 1 < bytes.count else { return false }
        return bytes[index + 1] >= 0xA0 && bytes[index + 1] <= 0xBF && bytes[index + 1] != 0xB7
    }

    /// One sweep: the exact expression, the group that holds the value, and what else it must pass.
    struct Sweep: Sendable {
        /// The expression, compiled on first use (a prompt needs only the few whose triggers it holds).
        let expression: @Sendable () -> NSRegularExpression
        let kind: FindingKind
        /// -1: the first group that took part (a pattern with alternatives).
        var group = 0
        var accept: @Sendable (String) -> Bool = { _ in true }
        /// What Vectorscan looks for: every match of `expression` holds a match of it (none with `pairs`).
        var trigger: String?
        var caseless = false
        var unicode = false
        /// Set for the two name-pair sweeps: they match at almost every capitalised word, so their
        /// values come from a character scan (`namePairs`), not from a trigger and the expression.
        var pairs: PairStyle?
        /// The value sits under a key that names it: it counts in source code outside literals too.
        var keyed = false

        /// The expression's runs of spaces and line breaks are bounded (`\s{0,32}`), so a trigger that
        /// crosses lines starts within `crossingReach` bytes of its end and Vectorscan need not track where
        /// it starts (for these three sweeps that tracking cost 45–55 ms of the pass over 10 MB each).
        var boundedSpan = false
        /// The expression may go on past its trigger's end across lines (`Thanks —`, a line break, the
        /// name): its window also reaches `crossingReach` bytes forward.
        var continuesPastTrigger = false

        /// How far back from a trigger's end its window must reach.
        var triggerReach: TriggerReach {
            guard trigger?.contains(#"\s"#) ?? false else { return .endsLine }
            return boundedSpan ? .crossingReach : .trackedStart
        }

        enum TriggerReach: Sendable {
            /// The trigger stays on one line: the window starts on its end's line.
            case endsLine
            /// The trigger may cross lines, within `crossingReach` bytes of its end.
            case crossingReach
            /// The trigger may cross lines without a bound: Vectorscan reports where it starts.
            case trackedStart
        }

        enum PairStyle: Sendable { case capitalised, capitals }

        /// The expression's matches in `text`, whose first byte is at `offset` of the whole input.
        func candidates(in text: String, offset: Int) -> [Candidate] {
            let ns = NSString(string: text)
            var found: [Candidate] = []
            for match in expression().matches(in: ns as String, range: NSRange(location: 0, length: ns.length)) {
                let index = group >= 0 ? group : (1..<match.numberOfRanges).first { match.range(at: $0).location != NSNotFound } ?? 0
                let range = match.range(at: index)
                guard range.location != NSNotFound, let swift = Range(range, in: text) else { continue }
                let value = String(text[swift])
                guard accept(value) else { continue }
                let start = offset + text.utf8.distance(from: text.utf8.startIndex, to: swift.lowerBound)
                found.append(Candidate(range: start..<(start + value.utf8.count), kind: kind, isKeyed: keyed))
            }
            return found
        }
    }

    static let sweeps: [Sweep] = [
        Sweep(expression: { fullDate }, kind: .date, accept: { DateShifter.shift($0, by: 1) != nil },
              trigger: #"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}|\d{1,2}(?:st|nd|rd|th)?(?: of)?[ -](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2} de [a-z]{4,10} de \d{4}"#,
              caseless: true),
        Sweep(expression: { email }, kind: .email,
              accept: { !$0.lowercased().hasSuffix("example.com") && !$0.lowercased().hasSuffix("example.org") },
              // The domain's dots chain the windows along a long address (one byte after `@` was 7 ms cheaper per
              // 10 MB of code, but a window ends 256 bytes on, and `x@ab.ab.…com` was then half replaced).
              trigger: #"[A-Za-z0-9._%+-]@[A-Za-z0-9.-]+\.[A-Za-z]{2}"#),
        // A spaced SSN is a run of digits and spaces too: its own trigger (`\d{3} \d{2} \d{4}`) cost a
        // quarter of the trigger pass, and every place it matched, the digit runs' trigger ends as well.
        Sweep(expression: { spacedSSN }, kind: .ssn, trigger: digitRunTrigger),
        Sweep(expression: { ipv4 }, kind: .ipAddress, accept: isPublicIPv4, trigger: #"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}"#),
        Sweep(expression: { keyedIdentifier }, kind: idKind, group: 1, accept: { $0.filter(\.isNumber).count >= 3 },
              trigger: #"\b(?:id|no|number|license|licence|dl|serial|s/n|account|acct|claim|mrn|policy|member|subscriber|participant|case|record|chart|ssn|social)\b\.?[:#]?\s{0,32}#?\s{0,32}[a-z0-9]{0,64}\d"#,
              caseless: true, keyed: true, boundedSpan: true),
        Sweep(expression: { jsonKeyedIdentifier }, kind: idKind, group: 2, accept: { $0.contains(where: \.isNumber) },
              trigger: #"(?:id|mrn|number|ssn)"\s*:\s*""#, caseless: true, keyed: true),
        Sweep(expression: { digitGroups }, kind: idKind, accept: { $0.filter(\.isNumber).count >= 7 }, trigger: digitRunTrigger),
        Sweep(expression: { streetLine }, kind: .address,
              trigger: #"\d{1,6} (?:[NSEW]\.? )?(?:[A-Z][a-z]+ ){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Ln|Lane|Dr|Drive|Ct|Court|Pl|Place|Ter|Terrace|Way|Blvd|Boulevard|Pkwy|Parkway|Cir|Circle|Hwy|Highway|Loop|Trl|Trail|Sq|Square|Row|Path)\b"#),
        Sweep(expression: { cityStateZIP }, kind: .address, trigger: #"[A-Z][a-z]+,? [A-Z]{2},? \d{5}"#),
        Sweep(expression: { keyedPostalCode }, kind: .address, group: 1,
              trigger: #"(?:postal_?code|zip_?code|zip)"?\s*[:=]\s*"?\d{5}"#, caseless: true, keyed: true),
        Sweep(expression: { keyedCity }, kind: .address, group: 1, trigger: #"city"?\s*[:=]\s*"[a-z]"#, caseless: true, keyed: true),
        Sweep(expression: { x12Address }, kind: .address, group: 1, trigger: #"\bN[34]\*"#, keyed: true),
        Sweep(expression: { particleName }, kind: .name, group: 1, accept: startsWithGivenName,
              trigger: #"[A-Za-z\x80-\xBF] (?:de|del|della|di|da|dos|das|van|von|der|den|la|le|du|st|ste|san|bin|ibn|ben|DE|DEL|DI|DA|VAN|VON|DER|DEN|LA|LE|DU|ST|SAN|St|Ste|San|Van|Von|De|Del|Di|Da|La|Le|Du)\.? "#),
        Sweep(expression: { spokenDigits }, kind: idKind,
              trigger: #"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[ ,-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[ ,-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"#,
              caseless: true),
        Sweep(expression: { xmlAddressPart }, kind: .address, group: 1, trigger: #"<(?:city|postalCode|postal_code|zip|zipCode|zip_code)>"#, caseless: true),
        Sweep(expression: { prefixedIdentifier }, kind: idKind, accept: { $0.filter(\.isNumber).count >= 4 },
              trigger: #"[A-Z]{1,6}-?\d{2}"#),
        Sweep(expression: { keyedName }, kind: .name, group: 2, trigger: #"(?:given|family|name)"\s*:\s*\[?\s*""#, caseless: true),
        Sweep(expression: { xmlName }, kind: .name, group: 2, trigger: #"<\w*(?:name|given|family)>"#, caseless: true),
        Sweep(expression: { titledSurname }, kind: .name, group: 1, trigger: #"\b(?:Mr|Mrs|Ms|Miss|Mx)\.? [A-Z\xC3-\xF4]"#),
        // `\b` before an ASCII letter is looser in Vectorscan's ASCII sense than in ICU's Unicode one: a superset.
        // A signed dash (`\n  - Maria`, `| -Maria`) has a space, a line break or `|` before it: matching the
        // line's start and indentation instead cost the pass 11 ms per 10 MB of code. The name's second
        // letter is small (ASCII, or a character's lead byte): ` -D`, ` -W` in code are not names.
        Sweep(expression: { introducedName }, kind: .name, group: -1, accept: isGivenName,
              trigger: #"(?i:\b(?:i'm|i am|my name is|(?:her|his) name is|this is|call (?:me|her|him)|goes by|hi|hello|dear|hey|thanks|thank you|regards|cheers|sincerely|thx|my (?:wife|husband|son|daughter|mother|father|mom|dad|partner|brother|sister))),?\s{1,32}[A-Z\xC3-\xF4]|(?:\s|\||^)-\s?(?:[A-Z][a-z\xC3-\xF4]|[\xC3-\xF4])|(?i:\b(?:thanks|thank you|thx|regards|cheers|sincerely|best|love|xo))[,!.]?\s{0,32}(?:-|\xE2\x80[\x93\x94])"#,
              boundedSpan: true, continuesPastTrigger: true),
        Sweep(expression: { personNounName }, kind: .name, group: 1, accept: isListedName,
              trigger: #"(?i:\b(?:patient|pt|client|owner|husband|wife|son|daughter|mother|father|mom|dad|brother|sister|resident|student|caller|guardian|spouse|partner|grandmother|grandfather|grandson|granddaughter))[:,]?\s{1,32}[A-Z\xC3-\xF4]"#,
              boundedSpan: true),
        Sweep(expression: { labelledName }, kind: .name, group: 1, accept: isListedName,
              trigger: #"(?:,? (?:DOB|D\.O\.B|MRN|SSN|aged? \d)| \(\d{1,2}/)"#),
        Sweep(expression: { nameFieldName }, kind: .name, group: 1, accept: isListedName,
              trigger: #"\b(?:first|last|middle|given|family|maiden|sur)[ _-]?name"#, caseless: true),
        Sweep(expression: { crowdfundingPage }, kind: .url,
              trigger: #"(?:gofundme\.com|gofund\.me|caringbridge\.org|givesendgo\.com|spotfund\.com|fundly\.com|giveforward\.com|youcaring\.com|mealtrain\.com|lotsahelpinghands\.com|legacy\.com)/"#,
              caseless: true),
        Sweep(expression: { vietnameseName }, kind: .name, group: 1, trigger: #"\xE1[\xBA\xBB][\x80-\xBF]|\xC4[\x82\x83\x90\x91]|\xC6[\xA0\xA1\xAF\xB0]"#),
        Sweep(expression: { namePair }, kind: .name, group: 1, accept: isNamePair, pairs: .capitalised),
        Sweep(expression: { capitalNamePair }, kind: .name, group: 1, accept: isNamePair, pairs: .capitals),
        Sweep(expression: { surnameCommaGiven }, kind: .name, accept: isSurnameCommaGiven, trigger: #"[A-Z\xC3-\xF4][A-Za-z\x80-\xFF'\-]+, [A-Z\xC3-\xF4][A-Za-z\x80-\xFF'\-]"#),
    ]

    /// `namePair`'s and `capitalNamePair`'s matches by one scan over characters: at every word start,
    /// two words one space apart, each one part or two joined by `-`, a part being an uppercase letter
    /// and lowercase ones (for `capitalNamePair`: two or more of A–Z), then a word boundary.
    /// Overlapping, as the expressions' look-ahead finds them: `Spouse Dale Whitaker` gives two.
    static func namePairs(in bytes: [UInt8], within regions: [Range<Int>]? = nil) -> (capitalised: [Range<Int>], capitals: [Range<Int>]) {
        var found: (capitalised: [Range<Int>], capitals: [Range<Int>]) = ([], [])
        // The same capitalised words come back (`The`, `Returns`): each is looked up once, by its hash.
        var isGivenName: [UInt64: Bool] = [:]
        func givenName(_ word: ArraySlice<UInt8>) -> Bool {
            let key = word.reduce(0xCBF2_9CE4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
            if let known = isGivenName[key] { return known }
            let answer = NameLists.givenName(word) != nil
            isGivenName[key] = answer
            return answer
        }
        func pair(at start: Int, capitals: Bool) -> Range<Int>? {
            guard let first = wordEnds(at: start, in: bytes, capitals: capitals) else { return nil }
            for firstEnd in first.longestFirst where firstEnd < bytes.count && bytes[firstEnd] == 32 {
                guard let second = wordEnds(at: firstEnd + 1, in: bytes, capitals: capitals) else { continue }
                for end in second.longestFirst where !isWordCharacter(startingAt: end, in: bytes) {
                    // A pair's first word must be a given name (`isNamePair`): most pairs fail here, cheaply.
                    return givenName(bytes[start..<firstEnd]) ? start..<end : nil
                }
            }
            return nil
        }
        bytes.withUnsafeBufferPointer { buffer in
            // Only an uppercase letter can start a pair (a non-ASCII one from C3 up); most bytes are neither.
            func visit(_ start: Int) {
                let byte = buffer[start], capital = byte &- 65 < 26
                guard capital || byte >= 0xC3 else { return }
                if start > 0, buffer[start - 1] < 0x80 {
                    if isASCIIWordByte(buffer[start - 1]) { return }
                } else if isWordCharacter(endingAt: start, in: bytes) {
                    return
                }
                if let range = pair(at: start, capitals: false) { found.capitalised.append(range) }
                if capital, let range = pair(at: start, capitals: true) { found.capitals.append(range) }
            }
            let raw = UnsafeRawBufferPointer(buffer)
            for region in regions ?? [bytes.indices] {
                var start = region.lowerBound
                while start < region.upperBound {
                    // Eight bytes with neither a capital nor a non-ASCII byte are passed at once.
                    if start + 8 <= region.upperBound, !Self.mayStartPair(raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)) {
                        start += 8
                        continue
                    }
                    visit(start)
                    start += 1
                }
            }
        }
        return found
    }

    /// Whether any of eight bytes is an ASCII capital or not ASCII.
    private static func mayStartPair(_ bytes: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // High bit set where the low seven bits are at least `A`, and where they are past `Z`.
        let low = bytes & ~highs
        let capitals = (low &+ ones &* (0x80 - 65)) & ~(low &+ ones &* (0x80 - 91)) & highs
        return (capitals | bytes) & highs != 0
    }

    /// An ASCII letter, digit or `_`.
    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        byte &- 48 < 10 || (byte | 0x20) &- 97 < 26 || byte == 95
    }

    /// Where a word can end: after a `-` and a second part, then after its first part; or only there.
    private struct WordEnds {
        var longest: Int
        var shortest: Int

        /// The ends, longest first, without an array (a pair scan asks at every capital).
        var longestFirst: StrideThrough<Int> {
            longest == shortest ? stride(from: longest, through: longest, by: 1) : stride(from: longest, through: shortest, by: shortest - longest)
        }
    }

    /// Where a word that starts at `offset` can end, or nil when no word starts there.
    private static func wordEnds(at offset: Int, in bytes: [UInt8], capitals: Bool) -> WordEnds? {
        guard let first = partEnd(at: offset, in: bytes, capitals: capitals) else { return nil }
        if first < bytes.count, bytes[first] == UInt8(ascii: "-"), let second = partEnd(at: first + 1, in: bytes, capitals: capitals) {
            return WordEnds(longest: second, shortest: first)
        }
        return WordEnds(longest: first, shortest: first)
    }

    /// The end of one part at `offset`: an uppercase letter and at least one lowercase one, as many as
    /// follow (`capitals`: two or more ASCII capitals).
    private static func partEnd(at offset: Int, in bytes: [UInt8], capitals: Bool) -> Int? {
        if capitals {
            var end = offset
            while end < bytes.count, bytes[end] >= 65, bytes[end] <= 90 { end += 1 }
            return end - offset >= 2 ? end : nil
        }
        guard offset < bytes.count else { return nil }
        // ASCII letters without a character-property lookup: nearly every word is ASCII.
        let afterFirst: Int
        if bytes[offset] < 0x80 {
            guard bytes[offset] >= 65, bytes[offset] <= 90 else { return nil }
            afterFirst = offset + 1
        } else {
            guard let (first, after) = scalar(at: offset, in: bytes), first.properties.generalCategory == .uppercaseLetter else { return nil }
            afterFirst = after
        }
        var end = afterFirst
        while end < bytes.count {
            if bytes[end] < 0x80 {
                guard bytes[end] >= 97, bytes[end] <= 122 else { break }
                end += 1
            } else if let (next, after) = scalar(at: end, in: bytes), next.properties.generalCategory == .lowercaseLetter {
                end = after
            } else {
                break
            }
        }
        return end > afterFirst ? end : nil
    }

    /// The character (scalar) that starts at `offset`, and where the next one starts.
    private static func scalar(at offset: Int, in bytes: [UInt8]) -> (Unicode.Scalar, Int)? {
        guard offset < bytes.count else { return nil }
        let byte = bytes[offset]
        if byte < 0x80 { return (Unicode.Scalar(byte), offset + 1) }
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[offset..<end], as: UTF8.self).unicodeScalars.first.map { ($0, end) }
    }

    /// Whether the character that ends at `offset` is a letter, digit, mark or `_` (ICU's `\w`).
    private static func isWordCharacter(endingAt offset: Int, in bytes: [UInt8]) -> Bool {
        guard offset > 0 else { return false }
        var start = offset - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return isWordCharacter(startingAt: start, in: bytes)
    }

    /// Whether the character that starts at `offset` is a letter, digit, mark or `_`.
    private static func isWordCharacter(startingAt offset: Int, in bytes: [UInt8]) -> Bool {
        guard offset < bytes.count else { return false }
        let byte = bytes[offset]
        if byte < 0x80 { return isASCIIWordByte(byte) }
        guard let (scalar, _) = scalar(at: offset, in: bytes) else { return false }
        let properties = scalar.properties
        return scalar == "_" || properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
            || properties.generalCategory == .connectorPunctuation
    }

    /// The lines around `hits` (from at most 256 bytes before each start, to at most 256 after its end,
    /// or `crossingReach` further with `forward`), merged, on character boundaries. The engine reports
    /// where a trigger starts only when `reach` asks for it (tracking starts doubled its pass); otherwise
    /// the start is on the end's line, or within `crossingReach` bytes before the end.
    private static func windows(around hits: [EngineMatch], in bytes: [UInt8], reach: Sweep.TriggerReach, forward reachesForward: Bool)
        -> [Range<Int>]
    {
        var windows: [Range<Int>] = []
        let anchor = { (hit: EngineMatch) -> Int in
            switch reach {
            case .endsLine: max(0, hit.end - 1)
            case .crossingReach: max(0, hit.end - 1 - Self.crossingReach)
            case .trackedStart: hit.start
            }
        }
        let forward = reachesForward ? Self.crossingReach : 0
        for hit in hits.sorted(by: { anchor($0) < anchor($1) }) {
            let from = anchor(hit)
            var start = from
            while start > 0, from - start < 256, bytes[start - 1] != 10 { start -= 1 }
            var end = min(bytes.count, hit.end + forward)
            while end < bytes.count, end - hit.end < 256 + forward, bytes[end] != 10 { end += 1 }
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            if let last = windows.last, start <= last.upperBound {
                windows[windows.count - 1] = last.lowerBound..<max(last.upperBound, end)
            } else {
                windows.append(start..<end)
            }
        }
        return windows
    }

    /// How far before its end a bounded trigger that crosses lines may start: the longest spans 271 bytes
    /// (`participant`, 32 spaces of up to three bytes, `#`, 32 more, 64 letters and a digit).
    static let crossingReach = 320

    /// `identifierShaped` as a byte scan (it would match at every word): runs of 6 to 20 ASCII letters
    /// and digits, not after `.` or `-` and not before `-`, that look like an identifier.
    static func identifierShapedTokens(in bytes: [UInt8], within region: Range<Int>? = nil) -> [Candidate] {
        func isHexDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) || ((byte | 0x20) >= 97 && (byte | 0x20) <= 102) }
        var found: [Candidate] = []
        bytes.withUnsafeBufferPointer { bytes in
        alphanumericKinds.withUnsafeBufferPointer { kinds in
            let end = region?.upperBound ?? bytes.count
            var index = region?.lowerBound ?? 0
            while index < end {
                guard kinds[Int(bytes[index])] != 0 else { index += 1; continue }
                let start = index
                var digits = 0
                // A run of ASCII letters and digits; a digit's kind is 2, a letter's 1.
                while index < end, case let kind = kinds[Int(bytes[index])], kind != 0 {
                    digits += Int(kind >> 1)
                    index += 1
                }
                // Most runs are words: too few digits to look like an identifier.
                guard (6...20).contains(index - start), isIdentifierShaped(digits: digits, length: index - start) else { continue }
                // After `.` or `-` a part of something longer.
                if start > 0, bytes[start - 1] == UInt8(ascii: ".") || bytes[start - 1] == UInt8(ascii: "-") { continue }
                // An escape (`\U0001f600`, `\x1b5b`), not a folder named by an id (`\\server\K7731902Q\`).
                if start > 0, bytes[start - 1] == 92, [UInt8(ascii: "u"), UInt8(ascii: "U"), UInt8(ascii: "x")].contains(bytes[start]),
                   bytes[(start + 1)..<index].allSatisfy(isHexDigit) { continue }
                // A hexadecimal number (`0x00e7`), not an identifier.
                if bytes[start] == 48, bytes[start + 1] | 0x20 == UInt8(ascii: "x"), bytes[(start + 2)..<index].allSatisfy(isHexDigit) { continue }
                if index < bytes.count, bytes[index] == UInt8(ascii: "-") { continue }
                found.append(Candidate(range: start..<index, kind: idKind))
            }
        }
        }
        return found
    }

    /// 2 for an ASCII digit, 1 for an ASCII letter, 0 for any other byte (a table: asked at every byte).
    private static let alphanumericKinds: [UInt8] = (0...255).map { value in
        UInt8(value) &- 48 < 10 ? 2 : isAlphanumeric(UInt8(value)) ? 1 : 0
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        byte &- 48 < 10 || (byte | 0x20) &- 97 < 26
    }

    /// Digits, spaces and dashes, eight to eighteen of them: a phone number, an account number, a spaced SSN.
    static let digitRunTrigger = #"\d[\d -]{6,16}\d"#

    static let email = regex(#"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b"#)
    /// ASCII digits only, as its trigger (Vectorscan's `\d`) reads them: ICU's `\d` also takes fullwidth digits.
    static let spacedSSN = regex(#"(?<![0-9-])(?!000|666|9[0-9][0-9])[0-9]{3} [0-9]{2} [0-9]{4}(?![0-9-])"#)
    // A full stop may end the sentence after the address (`… from 75.213.123.76.`).
    static let ipv4 = regex(#"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d)"#)
    static let keyedIdentifier = regex(#"\b(?i:id|no|number|license|licence|dl|serial|s/n|account|acct|claim|mrn|policy|member|subscriber|participant|case|record|chart|ssn|social)\b\.?[:#]?\s{0,32}#?\s{0,32}([A-Z0-9]{0,64}\d[A-Z0-9]*(?:-[A-Z0-9]+)*(?: \d+)*)"#)
    static let jsonKeyedIdentifier = regex(#""(\w*(?:[iI][dD]|mrn|MRN|Mrn|[nN]umber|ssn|SSN))"\s*:\s*"([^"\n]{3,40})""#)
    static let digitGroups = regex(#"(?<![\w.-])\d[\d -]{6,16}\d(?![\w-])"#)
    /// A given name, then one or two name particles, then a surname: `Ximena de la Cruz`,
    /// `Marguerite van der Berg`, `ROLF ST. JOHN`.
    static let particleName = regex(#"\b((?:\p{Lu}\p{Ll}+|\p{Lu}{2,}) (?:(?:de|del|della|di|da|dos|das|van|von|der|den|la|le|du|st|ste|san|bin|ibn|ben|DE|DEL|DI|DA|VAN|VON|DER|DEN|LA|LE|DU|ST|SAN|St|Ste|San|Van|Von|De|Del|Di|Da|La|Le|Du)\.? ){1,2}(?:\p{Lu}\p{Ll}+|\p{Lu}{2,}))\b"#)
    /// Seven or more digits spoken as words (`four nine six, two nine, two three zero seven`): an SSN or
    /// a phone number read out.
    static let spokenDigits = regex(#"(?i)\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?:[ ,-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)){6,}\b"#)
    static let xmlAddressPart = regex(#"(?i)<(?:city|postal_?code|zip_?code|zip)>([^<\n]{2,40})</"#)
    /// A letter prefix and digits, perhaps in hyphenated groups: `SUBJ-2842`, `RRMC-1699245`, `V896-168-78-715-6`.
    static let prefixedIdentifier = regex(#"\b[A-Z]{1,6}-?\d{2,}(?:-\d+)*\b(?!-)"#)
    static let x12Address = regex(#"\bN[34]\*([^~\n]+)"#)
    static let keyedName = regex(#"(?i)"(given|family|first_?name|last_?name|middle_?name|display_?name|patient_?name|full_?name|name)"\s*:\s*\[?\s*"([^"\n]{2,60})""#)
    static let xmlName = regex(#"(?i)<(\w*(?:first|last|given|family|middle|patient)\w*name|given|family)>([^<\n]{2,60})</"#)
    static let titledSurname = regex(#"\b(?:Mr|Mrs|Ms|Miss|Mx)\.? (\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)"#)
    /// Two capitalised words after a word for a person (`our client Holly Ward`, `owner Bartłomiej Zając`):
    /// a name even when both words are ordinary ones.
    static let personNounName = regex(#"(?i:\b(?:patient|pt|client|owner|husband|wife|son|daughter|mother|father|mom|dad|brother|sister|resident|student|caller|guardian|spouse|partner|grandmother|grandfather|grandson|granddaughter))[:,]?\s{1,32}(\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)? \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)\b"#)
    /// Two capitalised words a birth date, record number or age follows (`Sung-min Jung (01/20/2018)`,
    /// `Holly Ward, DOB …`).
    static let labelledName = regex(#"\b(\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)? \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?=,? (?:DOB|D\.O\.B|MRN|SSN|aged? \d)| \(\d{1,2}/)"#)
    /// A name after its field's name in prose: `last name is Lewis-Ogunleye`, `first name: Maria`.
    static let nameFieldName = regex(#"(?i:\b(?:first|last|middle|given|family|maiden|sur)[ _-]?name(?:[ \t]+is|[ \t]*[:=])?)[ \t]+(\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)*)"#)
    /// Two to four capitalised words, the first written with a letter only Vietnamese uses (`Nguyễn Thị
    /// Lan`, `Trần Văn Minh`): a Vietnamese name, family name first, which the Census lists lack.
    static let vietnameseName = regex(#"(?<!\p{L})(\p{Lu}\p{Ll}*[ăđơưĂĐƠƯ\x{1EA0}-\x{1EF9}]\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3})(?!\p{L})"#)
    /// A crowdfunding, care-journal or obituary page: it is about one person, and its path names them.
    static let crowdfundingPage = regex(#"(?i)https?://(?:www\.)?(?:gofundme\.com|gofund\.me|caringbridge\.org|givesendgo\.com|spotfund\.com|fundly\.com|giveforward\.com|youcaring\.com|mealtrain\.com|lotsahelpinghands\.com|legacy\.com)/[^\s)"'<>\]]*[^\s)"'<>\].,;:!?]"#)
    static let introducedName = regex(#"(?i:\b(?:i'm|i am|my name is|(?:her|his) name is|this is|call (?:me|her|him)|goes by|hi|hello|dear|hey|thanks|thank you|regards|cheers|sincerely|thx|my (?:wife|husband|son|daughter|mother|father|mom|dad|partner|brother|sister))),?\s{1,32}(\p{Lu}\p{Ll}+)\b|(?:^|\n|\| ?)\s{0,32}-\s?(\p{Lu}\p{Ll}+)\b|(?i:\b(?:thanks|thank you|thx|regards|cheers|sincerely|best|love|xo))[,!.]?\s{0,32}[-–—]\s{0,32}(\p{Lu}\p{Ll}+)\b"#)
    static let capitalNamePair = regex(#"\b(?=([A-Z]{2,}(?:-[A-Z]{2,})? [A-Z]{2,}(?:-[A-Z]{2,})?)\b)"#)

    private static func isPublicIPv4(_ text: String) -> Bool {
        let octets = text.split(separator: ".").compactMap { Int($0) }
        guard octets.count == 4, octets.allSatisfy({ (0...255).contains($0) }) else { return false }
        let (a, b) = (octets[0], octets[1])
        if a == 10 || a == 127 || a == 0 || a >= 224 || (a == 172 && (16...31).contains(b)) || (a == 192 && b == 168) { return false }
        if (a == 192 && b == 0) || (a == 198 && (b == 51 || b == 18 || b == 19)) || (a == 203 && b == 0) || (a == 169 && b == 254) { return false }
        return true
    }

    private static func isGivenName(_ word: String) -> Bool {
        NameLists.givenName(Array(word.utf8)) != nil
    }

    private static func regex(_ pattern: String) -> NSRegularExpression {
        // The patterns are this file's constants, never input: a typo is a programming error the tests catch.
        // swiftlint:disable:next force_try
        try! NSRegularExpression(pattern: pattern)
    }

    // Also `27th of September 1944`, and a day without a year when it has its ordinal (`Since May 1st`,
    // `on february 22nd`): a month word in any case.
    static let fullDate = regex(#"(?<![\w/.-])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{1,2}(?:st|nd|rd|th)?(?: of)?[ -](?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:[ -,]*\d{4})?|(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:(?:st|nd|rd|th)?,? \d{4}|st|nd|rd|th)|\d{1,2} de (?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre) de \d{4})(?:(?=T\d)|(?![\w/-]))"#)
    static let identifierShaped = regex(#"(?<![A-Za-z0-9.-])(?!(?<=\\)[uUx][0-9A-Fa-f]+(?![A-Za-z0-9]))(?!0[xX][0-9A-Fa-f]+(?![A-Za-z0-9]))[A-Za-z0-9]{6,20}(?![A-Za-z0-9-])"#)
    static let streetLine = regex(#"\b\d{1,6} (?:[NSEW]\.? )?(?:[A-Z][a-z]+ ){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Ln|Lane|Dr|Drive|Ct|Court|Pl|Place|Ter|Terrace|Way|Blvd|Boulevard|Pkwy|Parkway|Cir|Circle|Hwy|Highway|Loop|Trl|Trail|Sq|Square|Row|Path)\b\.?(?: ?(?:Apt|Unit|Suite|Ste|#)\.? ?[A-Za-z0-9-]+)?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?(?=,|\.|;| \||$))?"#)
    static let cityStateZIP = regex(#"\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},? [A-Z]{2},? \d{5}(?:-\d{4})?\b"#)
    static let keyedPostalCode = regex(#"(?i)"?(?:postal_?code|zip_?code|zip)"?\s*[:=]\s*"?(\d{5}(?:-\d{4})?)\b"#)
    static let keyedCity = regex(#"(?i)"?city"?\s*[:=]\s*"([A-Za-z][A-Za-z .'-]{1,40})""#)
    // In a lookahead, so `Spouse Dale Whitaker` is tried as `Spouse Dale` and as `Dale Whitaker`.
    static let namePair = regex(#"\b(?=(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b)"#)
    static let surnameCommaGiven = regex(#"\b\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}, \p{Lu}[\p{L}'’-]+(?: \p{Lu}\.?(?![\p{L}\p{N}]))?"#)

    /// Six or more letters and digits with at least four digits (a number, a member id, a serial),
    /// not a year-like or hex-free word.
    static func isIdentifierShaped(_ token: String) -> Bool {
        isIdentifierShaped(digits: token.filter(\.isNumber).count, length: token.count)
    }

    static func isIdentifierShaped(digits: Int, length: Int) -> Bool {
        digits == length ? digits >= 7 : digits >= 4 && digits * 2 >= length - 2
    }

    /// A first name from the given-name list followed by a surname from the surname list, neither an
    /// ordinary English word (`Will Power`, `May Day` are not names).
    private static func isNamePair(_ pair: String) -> Bool {
        let parts = pair.split(separator: " ")
        // A hyphenated surname (`Gaines-Dorsey`) by its known part.
        guard parts.count == 2, let given = NameLists.givenName(Array(parts[0].utf8)),
              let surname = NameLists.surname(Array(parts[1].utf8))
                ?? parts[1].split(separator: "-").lazy.compactMap({ NameLists.surname(Array($0.utf8)) }).first
        else { return false }
        // Two ordinary words (`Will Power`, `Grace Hill`) are not taken for a name.
        return !given.isWord || !surname.isWord
    }

    /// Every word a name the Census lists hold (as given name or surname, ordinary word or not), or
    /// one they cannot hold (`Sung-min`, `Zając`): `Holly Ward` passes, `Lab Results`, `Patient Portal`
    /// and `Column` do not.
    private static func isListedName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return !words.isEmpty && words.allSatisfy { word in
            word.utf8.contains { $0 == UInt8(ascii: "-") || $0 >= 0x80 }
                || NameLists.givenName(Array(word.utf8)) != nil || NameLists.surname(Array(word.utf8)) != nil
        }
    }

    /// Whether the first word is a given name that is not an ordinary English word.
    private static func startsWithGivenName(_ text: String) -> Bool {
        guard let first = text.split(separator: " ").first, let given = NameLists.givenName(Array(first.utf8)) else { return false }
        return !given.isWord
    }

    /// Day and month names, which the name lists hold as names (`June`, `Monday`).
    private static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// `PATTERSON, KAREN`, `Okafor, Margaret`: a surname, a comma and a given name.
    private static func isSurnameCommaGiven(_ pair: String) -> Bool {
        // On bytes: the expression's match has one `, ` and ASCII spaces only, and splitting, trimming
        // and rebuilding it as `Character`s cost 40,000 to 60,000 instructions a pair.
        let bytes = Array(pair.utf8)
        func trimmed(_ part: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
            var part = part
            while let first = part.first, first == 32 || first == 9 { part = part.dropFirst() }
            while let last = part.last, last == 32 || last == 9 { part = part.dropLast() }
            return part
        }
        guard let comma = bytes.firstIndex(of: 44), !bytes[(comma + 1)...].contains(44) else { return false }
        guard case let surnameBytes = trimmed(bytes[..<comma]), !surnameBytes.isEmpty,
              let givenBytes = trimmed(bytes[(comma + 1)...]).split(separator: 32).first else { return false }
        let surname = String(decoding: surnameBytes, as: UTF8.self), givenWord = String(decoding: givenBytes, as: UTF8.self)
        // A list, not a name: `NaN, NaN`, `MONDAY, TUESDAY` (`Okafor, June` is a name).
        guard surname.lowercased() != givenWord.lowercased(),
              !(calendarWords.contains(givenWord.lowercased()) && calendarWords.contains(surname.lowercased())) else { return false }
        // Both parts in one case style: `Okafor, DOB` is a name and a field label, not `SURNAME, GIVEN`.
        let isCapitals = { (text: String) in text == text.uppercased() }
        guard isCapitals(surname) == isCapitals(givenWord) else { return false }
        let given = NameLists.givenName(givenBytes)
        // A hyphenated or two-word surname is checked by its parts (`CARTER-WRIGHT`, `VAN HOUTEN`).
        let surnames = surnameBytes.split(whereSeparator: { $0 == 45 || $0 == 32 }).map { NameLists.surname($0) }
        let knownSurname = surnames.contains { $0 != nil }
        // One known name part that is not an ordinary word is enough; two ordinary words are not a name.
        return (given.map { !$0.isWord } ?? false) || surnames.contains { $0?.isWord == false }
            || (given != nil && knownSurname && surnames.allSatisfy { $0 != nil })
    }
}

/// The sweeps' triggers compiled once into one Vectorscan database (cached like the scanner's).
final class SweepEngine: Sendable {
    let database: PatternDatabase

    /// nil when Vectorscan cannot compile the triggers: the sweeps then run on the whole text.
    static let shared: SweepEngine? = {
        let patterns = RedactSweeps.sweeps.enumerated().compactMap { index, sweep in
            // Starts are dear to track: only where a trigger may cross lines without a bound.
            patternOwners[index] != index ? nil : sweep.trigger.map {
                EnginePattern(expression: withUnicodeSpaces($0), caseless: sweep.caseless, unicode: sweep.unicode, id: index,
                              reportsStart: sweep.triggerReach == .trackedStart)
            }
        }
        return (try? PatternDatabase(patterns, cache: PatternDatabase.defaultCacheDirectory)).map(SweepEngine.init)
    }()

    private init(database: PatternDatabase) { self.database = database }

    /// For each sweep, the first sweep with the same trigger (and flags): a trigger is compiled and
    /// reported once, under that sweep's place, and serves every sweep that shares it.
    static let patternOwners: [Int] = {
        let sweeps = RedactSweeps.sweeps
        return sweeps.indices.map { index in
            sweeps.indices.first { other in
                sweeps[other].trigger != nil && sweeps[other].trigger == sweeps[index].trigger
                    && sweeps[other].caseless == sweeps[index].caseless && sweeps[other].unicode == sweeps[index].unicode
                    && sweeps[other].triggerReach == sweeps[index].triggerReach
                    && sweeps[other].continuesPastTrigger == sweeps[index].continuesPastTrigger
            } ?? index
        }
    }()

    /// `trigger` with each `\s` outside a character class also matching the spaces ICU's `\s` matches
    /// beyond ASCII (U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, in UTF-8):
    /// `Hi\u{00A0}Maria` must trigger what the expression finds.
    static func withUnicodeSpaces(_ trigger: String) -> String {
        let space = #"(?:\s|\xC2\xA0|\xE1\x9A\x80|\xE2\x80[\x80-\x8A\xA8\xA9\xAF]|\xE2\x81\x9F|\xE3\x80\x80)"#
        var result = ""
        var inClass = false
        var characters = trigger.makeIterator()
        while let character = characters.next() {
            if character == "\\", let escaped = characters.next() {
                result += escaped == "s" && !inClass ? space : "\\\(escaped)"
                continue
            }
            if character == "[" { inClass = true } else if character == "]" { inClass = false }
            result.append(character)
        }
        return result
    }

    func matches(in bytes: [UInt8]) throws -> [EngineMatch] {
        let scratch = try database.makeScratch()
        return try bytes.withUnsafeBytes { try database.scan($0, scratch: scratch) }
    }
}
