/// ANSI X12 healthcare transactions (837 claims, 835 remittances, 270/271 eligibility) pasted into
/// prompts or kept as test files: claim numbers (CLP01, CLP07), the patient's or subscriber's name
/// and member id (NM1*QC / NM1*IL), and the birth date (DMG*D8).
enum X12Rules {
    static let all: [Rule] = [claimControl, payerClaimControl, personName, memberID, birthDate]

    private static let message = "in an X12 transaction: use synthetic values in test files and examples"

    static let claimControl = Rule(id: "phi.claim-number", kind: .claimNumber, severity: .high, expression: #"\bCLP\*"#,
                                   message: "claim number (CLP01) " + message) { input in
        X12Segment(input).element(1).flatMap { judgeID($0, input) }
    }

    static let payerClaimControl = Rule(id: "phi.claim-number", kind: .claimNumber, severity: .high, expression: #"\bCLP\*"#,
                                        message: "payer claim control number (CLP07) " + message) { input in
        X12Segment(input).element(7).flatMap { judgeID($0, input) }
    }

    /// `NM1*QC*1*GONZALEZ*MARIA` (patient) and `NM1*IL*1*…` (insured).
    static let personName = Rule(id: "phi.name", kind: .name, severity: .medium, expression: #"\bNM1\*(QC|IL)\*1\*"#,
                                 message: "patient or subscriber name (NM1) " + message) { input in
        let segment = X12Segment(input)
        guard let family = segment.element(3), let given = segment.element(4) else { return nil }
        let range = family.lowerBound..<given.upperBound
        let words = [family, given].map { input.text.bytes[$0] }
        guard words.allSatisfy({ $0.count >= 2 && $0.allSatisfy { ByteClass.isLetter($0) || $0 == 39 || $0 == 45 || $0 == 32 } }) else { return nil }
        let placeholder = PersonName.isPlaceholder(words[0]) || PersonName.isPlaceholder(words[1])
            || ProseVocabulary.placeholderSurnames.contains(String(decoding: ByteClass.lowercased(words[0]), as: UTF8.self))
        return (range, placeholder ? .synthetic : .finding, true)
    }

    /// NM109 with NM108 `MI` (member identification number).
    static let memberID = Rule(id: "phi.health-plan-id", kind: .healthPlanID, severity: .high, expression: #"\bNM1\*(QC|IL)\*"#,
                               message: "member id (NM109) " + message) { input in
        let segment = X12Segment(input)
        guard let qualifier = segment.element(8), input.text.bytes[qualifier].elementsEqual("MI".utf8), let id = segment.element(9) else { return nil }
        return judgeID(id, input)
    }

    static let birthDate = Rule(id: "phi.dob", kind: .dob, severity: .medium, expression: #"\bDMG\*D8\*\d{8}"#,
                                message: "date of birth (DMG) " + message) { input in
        let range = (input.end - 8)..<input.end
        let digits = ByteClass.digits(input.text.bytes[range]).map(Int.init)
        let date = DateValue(year: digits[0...3].reduce(0) { $0 * 10 + $1 }, month: digits[4] * 10 + digits[5], day: digits[6] * 10 + digits[7], range: range)
        guard date.isPlausibleBirthDate else { return nil }
        return (range, date.isSentinel(role: input.file.role) ? .synthetic : .finding, false)
    }

    private static func judgeID(_ value: Range<Int>, _ input: RuleInput) -> (value: Range<Int>, verdict: Verdict, personField: Bool)? {
        let bytes = input.text.bytes[value]
        let digits = ByteClass.digits(bytes)
        guard digits.count >= 4, bytes.count <= 30, bytes.allSatisfy({ ByteClass.isAlphanumeric($0) || $0 == 45 }) else { return nil }
        let prefix = input.file.mrnPrefix
        if (!prefix.isEmpty && bytes.starts(with: prefix.utf8)) || PlaceholderValues.isPlaceholderNumber(digits)
            || PlaceholderValues.hasPlaceholderWord(bytes)
        {
            return (value, .synthetic, false)
        }
        return (value, .finding, false)
    }
}

/// The elements of one X12 segment, from the engine's anchor to the segment terminator (`~` or a line end).
struct X12Segment {
    private var elements: [Range<Int>] = []

    init(_ input: RuleInput) {
        let text = input.text
        // Back to the segment id's start: the anchor may include the first elements.
        var start = input.start
        while start < input.end, text[start] != 42 { start += 1 }
        var index = start + 1
        var elementStart = index
        elements.append(input.start..<start)
        while index <= text.count, elements.count < 20 {
            let byte = text.byte(at: index)
            let ends = byte == nil || byte == 126 || byte == 10 || byte == 13 || byte == 34 || byte == 39
            if ends || byte == 42 {
                elements.append(elementStart..<index)
                if ends { break }
                elementStart = index + 1
            }
            index += 1
        }
    }

    /// Element `number` (1-based, after the segment id), when present and not empty.
    func element(_ number: Int) -> Range<Int>? {
        guard number >= 1, number < elements.count, !elements[number].isEmpty else { return nil }
        return elements[number]
    }
}
