/// HL7 v2 `PID` segments (in messages, logs and test strings): the patient identifier (PID-3),
/// name (PID-5), birth date (PID-7), address (PID-11) and SSN (PID-19) by their field positions.
enum HL7Rules {
    static let all: [Rule] = [identifier, name, birthDate, address, ssn, visitNumber]

    /// `PID|` at a segment start: a line start, after `\r` (also written `\\r` in source), or a quote.
    private static let anchor = #"(^|[\r\n"'`> ]|\\[rn])PID\|"#
    private static let message = "in an HL7 PID segment: use `phiguard synth generate` data or synthetic values in test messages"

    static let identifier = Rule(id: "phi.patient-id", kind: .patientID, severity: .high, expression: anchor,
                                 message: "patient identifier (PID-3) " + message) { input in
        guard let field = HL7Segment(input).field(3), let value = HL7Segment.firstComponent(field, in: input.text) else { return nil }
        let digits = ByteClass.digits(input.text.bytes[value])
        guard digits.count >= 4, digits.count * 2 >= value.count else { return nil }
        let prefix = input.file.mrnPrefix
        if (!prefix.isEmpty && input.text.bytes[value].starts(with: prefix.utf8)) || PlaceholderValues.isPlaceholderNumber(digits) {
            return (value, .synthetic, false)
        }
        return (value, .finding, false)
    }

    static let name = Rule(id: "phi.name", kind: .name, severity: .medium, expression: anchor,
                           message: "patient name (PID-5) " + message) { input in
        guard let field = HL7Segment(input).field(5) else { return nil }
        let components = HL7Segment.components(field, in: input.text).prefix(3)
        guard let family = components.first, components.count >= 2, let end = components.last(where: { !$0.isEmpty })?.upperBound else { return nil }
        // `XXXXXXXXXX^^^^^^S`: a masked name marks the message as an example (its ids with it).
        if family.count >= 2, input.text.bytes[family].allSatisfy({ $0 | 0x20 == 120 }) { return (family, .synthetic, true) }
        let given = components[components.startIndex + 1]
        let words = [family, given].map { input.text.bytes[$0] }
        guard words.allSatisfy({ $0.count >= 2 && $0.allSatisfy { ByteClass.isLetter($0) || $0 == 39 || $0 == 45 || $0 == 32 || $0 >= 0x80 } })
        else { return nil }
        let key = String(decoding: ByteClass.lowercased(words[1] + [32] + words[0]), as: UTF8.self)
        let surname = String(decoding: ByteClass.lowercased(words[0]), as: UTF8.self)
        let placeholder = ProseVocabulary.placeholderNames.contains(key) || ProseVocabulary.placeholderSurnames.contains(surname)
            || PersonName.isPlaceholder(words[0]) || PersonName.isPlaceholder(words[1])
        return (family.lowerBound..<end, placeholder ? .synthetic : .finding, true)
    }

    static let birthDate = Rule(id: "phi.dob", kind: .dob, severity: .medium, expression: anchor,
                                message: "date of birth (PID-7) " + message) { input in
        guard let field = HL7Segment(input).field(7), field.count >= 8 else { return nil }
        let digits = input.text.bytes[field.lowerBound..<(field.lowerBound + 8)]
        guard digits.allSatisfy(ByteClass.isDigit), let year = Int(String(decoding: digits.prefix(4), as: UTF8.self)),
              let month = Int(String(decoding: digits.dropFirst(4).prefix(2), as: UTF8.self)), let day = Int(String(decoding: digits.suffix(2), as: UTF8.self))
        else { return nil }
        let date = DateValue(year: year, month: month, day: day, range: field.lowerBound..<(field.lowerBound + 8))
        guard date.isPlausibleBirthDate else { return nil }
        return (date.range, date.isSentinel(role: input.file.role) ? .synthetic : .finding, false)
    }

    static let address = Rule(id: "phi.address", kind: .address, severity: .medium, expression: anchor,
                              message: "patient address (PID-11) " + message) { input in
        guard let field = HL7Segment(input).field(11) else { return nil }
        let repetition = field.lowerBound..<(input.text.bytes[field].firstIndex(of: 126) ?? field.upperBound)
        guard let street = HL7Segment.components(repetition, in: input.text).first,
              StreetAddress.looksLikeStreet(input.text.bytes[street])
        else { return nil }
        return (repetition, StreetAddress.isPlaceholder(input.text.bytes[street]) ? .synthetic : .finding, true)
    }

    /// PV1-19, the visit number.
    static let visitNumber = Rule(id: "phi.patient-id", kind: .patientID, severity: .high, expression: #"(^|[\r\n"'`> ]|\\[rn])PV1\|"#,
                                  message: "visit number (PV1-19) " + message) { input in
        guard let field = HL7Segment(input).field(19), let value = HL7Segment.firstComponent(field, in: input.text) else { return nil }
        let digits = ByteClass.digits(input.text.bytes[value])
        guard digits.count >= 4, digits.count * 2 >= value.count else { return nil }
        return (value, PlaceholderValues.isPlaceholderNumber(digits) ? .synthetic : .finding, false)
    }

    static let ssn = Rule(id: "phi.ssn", kind: .ssn, severity: .high, expression: anchor,
                          message: "Social Security number (PID-19) " + message) { input in
        guard let field = HL7Segment(input).field(19) else { return nil }
        let digits = ByteClass.digits(input.text.bytes[field])
        guard digits.count == 9, input.text.bytes[field].allSatisfy({ ByteClass.isDigit($0) || $0 == 45 }) else { return nil }
        return (field, IdentifierRules.ssn(digits), false)
    }
}

/// The fields of one HL7 segment (PID, PV1), read from the engine's anchor to the segment's end.
struct HL7Segment {
    private var fields: [Range<Int>] = []

    init(_ input: RuleInput) {
        let text = input.text
        var index = input.end
        var start = index
        while index <= text.count {
            let byte = text.byte(at: index)
            let ends = byte == nil || byte == 10 || byte == 13 || byte == 34 || byte == 39 || byte == 96
                || (byte == 92 && [114, 110].contains(text.byte(at: index + 1) ?? 0))
            if ends || byte == 124 {
                fields.append(start..<index)
                if ends || fields.count > 30 { break }
                start = index + 1
            }
            index += 1
        }
    }

    /// PID-`number` (1-based, as HL7 numbers them), when present and not empty.
    func field(_ number: Int) -> Range<Int>? {
        guard number >= 1, number <= fields.count, !fields[number - 1].isEmpty else { return nil }
        return fields[number - 1]
    }

    /// The `^`-separated components of a field.
    static func components(_ field: Range<Int>, in text: ScanText) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = field.lowerBound
        for index in field where text[index] == 94 {
            result.append(start..<index)
            start = index + 1
        }
        result.append(start..<field.upperBound)
        return result
    }

    /// The first component of the first repetition.
    static func firstComponent(_ field: Range<Int>, in text: ScanText) -> Range<Int>? {
        let repetition = field.lowerBound..<(text.bytes[field].firstIndex(of: 126) ?? field.upperBound)
        guard let first = components(repetition, in: text).first, !first.isEmpty else { return nil }
        return first
    }
}
