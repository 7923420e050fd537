import Scanning
import SyntheticData

/// Draws the stand-in for one real value of a kind: a marked synthetic value in the real one's
/// form (its separators, case and word count), from the map's seed and the kind's draw index.
struct StandInMaker {
    let source: StandInSource
    let map: RedactionMap

    /// A candidate stand-in for `real`; `attempt` moves to the next draw when one is taken or clashes
    /// with the input. `context` is the text just before the value (for Mr./Mrs./she/he).
    func make(kind: FindingKind, real: String, attempt: Int, context: Substring) -> String {
        let index = map.count(of: kind.name) + attempt
        switch kind {
        case .ssn: return shaped(source.ssn(index), like: real)
        case .mrn: return source.mrn(index)
        case .npi: return shaped(source.npi(index), like: real)
        case .mbi: return shaped(source.mbi(index), like: real)
        case .dea: return source.dea(index, lastName: "Z")
        case .vin: return source.vin(index)
        case .ipAddress: return source.ipAddress(index)
        case .email: return source.email(index + attempt * 7)
        case .phone: return phone(real, index: index)
        case .creditCard: return creditCard(real, index: index)
        case .name: return name(real, index: index, context: context)
        case .address: return address(real, index: index)
        case .url: return "https://portal.example.org/records/" + source.mrn(index)
        case .dob, .date: return date(real, kind: kind, index: index)
        default: return identifier(real, index: index)
        }
    }

    /// The letters and digits of `synthetic` laid into the separators of `real` (`219456788` stays
    /// unformatted, `9U51-QY6-GP55` keeps its dashes); `synthetic` as it is when the counts differ.
    private func shaped(_ synthetic: String, like real: String) -> String {
        let characters = synthetic.filter { $0.isLetter || $0.isNumber }
        guard real.filter({ $0.isLetter || $0.isNumber }).count == characters.count else { return synthetic }
        var remaining = characters[...]
        return String(real.map { character in
            guard character.isLetter || character.isNumber, let next = remaining.first else { return character }
            remaining = remaining.dropFirst()
            return next
        })
    }

    /// The same area code and layout, the number from the 555-0100…0199 block kept for fiction.
    private func phone(_ real: String, index: Int) -> String {
        let digits = Array(real.filter(\.isNumber))
        let line = source.phoneLine(index)
        // Past the first 100 stand-ins, another area code: 100 fictional numbers per area code.
        let area = index < 100 && digits.count >= 10 ? String(digits[digits.count - 10..<digits.count - 7]) : source.areaCode(index / 100)
        let replacement = Array((digits.count > 10 ? String(digits[0..<digits.count - 10]) : "") + area + line.exchange + line.line)
        guard replacement.count == digits.count else { return "\(area)-555-\(line.line)" }
        var next = 0
        return String(real.map { character in
            guard character.isNumber else { return character }
            defer { next += 1 }
            return replacement[next]
        })
    }

    /// A number in the 4000 00… test range, Luhn-valid, in the real one's grouping.
    private func creditCard(_ real: String, index: Int) -> String {
        let count = max(13, real.filter(\.isNumber).count)
        var characters = source.characters(index)
        var digits = [4, 0, 0, 0, 0, 0] + (0..<(count - 7)).map { _ in Int(String(characters.digit())) ?? 0 }
        var sum = 0
        for (position, digit) in digits.reversed().enumerated() {
            var value = digit
            if position % 2 == 0 { value *= 2; if value > 9 { value -= 9 } }
            sum += value
        }
        digits.append((10 - sum % 10) % 10)
        var next = digits[...]
        return String(real.map { character in
            guard character.isNumber, let digit = next.first else { return character }
            next = next.dropFirst()
            return Character(String(digit))
        })
    }

    /// A synth name with the real one's word count, order (`Last, First`) and case; the sex the text
    /// states just before it (Mrs., Mr., she, he) picks the first-name list.
    private func name(_ real: String, index: Int, context: Substring) -> String {
        let female = Self.statedSex(before: context)
        let person = source.name(index, female: female)
        let words = real.split(whereSeparator: { $0 == " " || $0 == "^" })
        var result: String
        if real.utf8.contains(UInt8(ascii: ",")) {
            result = "\(person.last), \(person.first)"
        } else if real.utf8.contains(UInt8(ascii: "^")) {
            result = "\(person.last)^\(person.first)"
        } else if words.count == 1 {
            result = person.last
        } else if words.count >= 3 {
            result = "\(person.first) \(source.name(index + 1, female: female).first.prefix(1)). \(person.last)"
        } else {
            result = "\(person.first) \(person.last)"
        }
        if real == real.uppercased(), real.contains(where: \.isLetter) { result = result.uppercased() }
        return result
    }

    /// Whether the text just before a name says the person is a woman (true) or a man (false):
    /// `Mrs.`, `she`, `mother` … or `Mr.`, `he`, `father` …; nil when it does not say.
    static func statedSex(before context: Substring) -> Bool? {
        // On bytes: `String.contains(String)` is Foundation's `range(of:)`, 10,000 instructions a call.
        let lower = Array((" " + context.suffix(40).lowercased()).utf8)
        let says = { (words: [String]) in words.contains { ByteSearch.contains(lower, Array($0.utf8)) } }
        if says(["mrs.", "mrs ", "ms.", "ms ", "miss ", " she ", " her ", "woman", "female", "mother", "daughter", "wife"]) { return true }
        if says(["mr.", "mr ", " he ", " his ", " man ", " male", "father", " son ", "husband"]) { return false }
        return nil
    }

    /// A synthetic address with the real one's parts: a street, a city, `ST 12345`, a ZIP alone (same
    /// state where the real one names it).
    private func address(_ real: String, index: Int) -> String {
        let state = real.split(whereSeparator: { !$0.isLetter }).map(String.init)
            .last { $0.count == 2 && $0 == $0.uppercased() }
        let place = source.place(index, state: state)
        if real.allSatisfy({ $0.isNumber || $0 == "-" }) { return place.zip }
        let parts = real.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        var result: [String] = []
        for (position, part) in parts.enumerated() {
            if part.first?.isNumber == true {
                result.append(source.street(index))
            } else if part.range(of: #"^[A-Z]{2}( \d{5}(-\d{4})?)?$"#, options: .regularExpression) != nil {
                result.append(part.count == 2 ? place.state : "\(place.state) \(place.zip)")
            } else if position == parts.count - 1, let zip = part.range(of: #" [A-Z]{2} \d{5}"#, options: .regularExpression) {
                _ = zip
                result.append("\(place.city) \(place.state) \(place.zip)")
            } else {
                result.append(place.city)
            }
        }
        return result.isEmpty ? source.street(index) : result.joined(separator: ", ")
    }

    /// The date moved by the map's offset; a birth date that would make someone older than 89 is
    /// moved to 90 years before the map's reference date (HIPAA Safe Harbor's age cap).
    private func date(_ real: String, kind: FindingKind, index: Int) -> String {
        Self.shiftedDate(real, kind: kind, map: map) ?? identifier(real, index: index)
    }

    /// `real` moved by the map's offset (a birth date capped at 90 years), or nil when it is no date
    /// `DateShifter` reads.
    static func shiftedDate(_ real: String, kind: FindingKind, map: RedactionMap) -> String? {
        let (year, month, day) = map.referenceDate.components
        let cap = kind == .dob ? CivilDay(year: year - 90, month: month, day: day) : nil
        return DateShifter.shift(real, by: map.dayOffset, notBefore: cap)
    }

    /// An id of the same length and alphabet: letters stay letters (their case kept), digits digits,
    /// separators kept; the first three letters or digits become `SYN` or `000`, the synthetic marker.
    private func identifier(_ real: String, index: Int) -> String {
        var characters = source.characters(index)
        // Each character's kind once, ASCII without Unicode property lookups (ids are ASCII nearly always).
        let kinds = real.map { character -> (letter: Bool, number: Bool, lowercase: Bool) in
            if let ascii = character.asciiValue {
                let lowercase = ascii &- 97 < 26
                return (lowercase || ascii &- 65 < 26, ascii &- 48 < 10, lowercase)
            }
            return (character.isLetter, character.isNumber, character.isLowercase)
        }
        var marker = Array(kinds.contains { $0.letter } ? "SYN" : "000")[...]
        let significant = kinds.filter { $0.letter || $0.number }.count
        return String(zip(real, kinds).map { character, kind -> Character in
            guard kind.letter || kind.number else { return character }
            if significant >= 6, let next = marker.first {
                marker = marker.dropFirst()
                return kind.lowercase ? Character(next.lowercased()) : next
            }
            if kind.number { return characters.digit() }
            return characters.letter(uppercase: !kind.lowercase)
        })
    }
}
