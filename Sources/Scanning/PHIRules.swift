/// The PHI rules: US identifiers by their issuing rules, and contact details and birth dates by context.
enum PHIRules {
    static let all: [Rule] = [ssnDashed, ssnWithContext, ssnAfterIdentity, mrn, mrnGlued, dob, phone, phoneWithContext, phoneInText, email, npi, mbi, dea]
        + creditCards

    /// A dashed SSN, also joined to a word by `_` (`patient_219-45-6788.csv`, a file name a listing shows).
    static let ssnDashed = Rule(
        id: "phi.ssn", kind: .ssn, severity: .high, expression: #"(\b|_)\d{3}-\d{2}-\d{4}(\b|_)"#,
        message: "Social Security number (SSA/IRS-issuable): use `phiguard synth value ssn` in code and tests"
    ) { input in
        // The value without the underscores the expression may take on either side.
        let start = input.start + (input.text[input.start] == 95 ? 1 : 0)
        let end = input.end - (input.end > start && input.text[input.end - 1] == 95 ? 1 : 0)
        let value = start..<end
        guard input.text.isDelimited(start, end, by: { ByteClass.isDigit($0) || $0 == 45 }),
              !SeparatorShape.isDecimalContinuation(input.text, end)
        else { return nil }
        return (value, ssnVerdict(ByteClass.digits(input.text.bytes[value]), input.file), false)
    }

    /// SSA and IRS rules, and Synthea's `999-XX-XXXX` where the text names Synthea.
    static func ssnVerdict(_ digits: [UInt8], _ file: FileContext) -> Verdict {
        let verdict = IdentifierRules.ssn(digits)
        if verdict == .finding, digits.prefix(3) == [9, 9, 9], file.mentionsSynthea { return .synthetic }
        return verdict
    }

    static let ssnWithContext = Rule(
        id: "phi.ssn", kind: .ssn, severity: .high,
        expression: #"(\b|_)(ssn|ssns|social[ _-]?security([ _-]?(number|num|no))?|itin|tax[ _-]?id|ss ?#|soc\.? ?sec\.?)[^\n0-9]{0,20}\d{3} ?\d{2} ?\d{4}\b"#,
        caseless: true,
        message: "Social Security number (SSA/IRS-issuable): use `phiguard synth value ssn` in code and tests"
    ) { input in
        var start = input.end
        while start > input.start, ByteClass.isDigit(input.text[start - 1]) || input.text[start - 1] == 32 { start -= 1 }
        while start < input.end, input.text[start] == 32 { start += 1 }
        let value = start..<input.end
        guard input.text.isDelimited(value.lowerBound, value.upperBound, by: ByteClass.isDigit) else { return nil }
        return (value, ssnVerdict(ByteClass.digits(input.text.bytes[value]), input.file), false)
    }

    /// `identity can't be verified. I typed 216212570`: nine digits a sentence or two after an identity
    /// or Social Security word, in prompts and notes, where people write an SSN without dashes.
    static let ssnAfterIdentity = Rule(
        id: "phi.ssn", kind: .ssn, severity: .high,
        expression: #"\b(identity|social|ss card|ssa|ssn)[^\n0-9]{21,80}\d{9}\b"#, caseless: true, roles: FileRole.prose,
        message: "Social Security number (SSA/IRS-issuable): use `phiguard synth value ssn` in code and tests"
    ) { input in
        let value = (input.end - 9)..<input.end
        guard input.text.isDelimited(value.lowerBound, value.upperBound, by: ByteClass.isAlphanumeric) else { return nil }
        return (value, ssnVerdict(ByteClass.digits(input.text.bytes[value]), input.file), false)
    }

    static let mrn = Rule(
        id: "phi.mrn", kind: .mrn, severity: .high,
        expression: #"(\b|_)(mrn|mrns|medical[ _-]?record([ _-]?(number|num|nbr|no|id))?|med[ _-]?rec[ _-]?(no|num|number)|patient[ _-]?mrn)s?\b["')]?[ \t]{0,3}(:|=|#|\||,|=>|->)?[ \t]{0,3}["'(]?[A-Za-z0-9]"#,
        caseless: true,
        message: "medical record number: use `phiguard synth value mrn` (synthetic prefix) in code and tests"
    ) { input in
        // `her MRN is 48213991`, `MRN from the wristband is …`: past label words to the value.
        let start = IdentifierValue.start(after: input.end - 1, in: input.text) ?? input.end - 1
        var end = start
        while end < input.text.count, ByteClass.isAlphanumeric(input.text[end]) || input.text[end] == 45 { end += 1 }
        let value = start..<end
        return judgeMRN(input.text.bytes[value], prefix: input.file.mrnPrefix).map { (value, $0, false) }
    }

    /// `MRN8480009701`: the label glued to the number, as systems print it.
    static let mrnGlued = Rule(
        id: "phi.mrn", kind: .mrn, severity: .high, expression: #"\bMRN\d{4}"#,
        message: "medical record number: use `phiguard synth value mrn` (synthetic prefix) in code and tests"
    ) { input in
        var end = input.start + 3
        while end < input.text.count, ByteClass.isAlphanumeric(input.text[end]) { end += 1 }
        let value = (input.start + 3)..<end
        return judgeMRN(input.text.bytes[value], prefix: input.file.mrnPrefix).map { (value, $0, false) }
    }

    /// An MRN value: 4–20 letters, digits and dashes with at least four digits; marked or placeholder ones are synthetic.
    static func judgeMRN(_ token: ArraySlice<UInt8>, prefix: String) -> Verdict? {
        guard (4...20).contains(token.count) else { return nil }
        let digits = ByteClass.digits(token)
        guard digits.count >= 4, digits.count * 2 >= token.count else { return nil }
        if !prefix.isEmpty, token.starts(with: prefix.utf8) { return .synthetic }
        if PlaceholderValues.isPlaceholderNumber(digits) || PlaceholderValues.hasPlaceholderWord(token) { return .synthetic }
        return .finding
    }

    static let dob = Rule(
        id: "phi.dob", kind: .dob, severity: .medium,
        expression: #"(\b|_)(dob|d\.o\.b|date[ _-]?of[ _-]?birth|birth[ _-]?date|birth[ _-]?dt|birthday|born([ _-]on)?)\b[^\n,;0-9]{0,25}\d|\bb\.[ ]?\d"#,
        caseless: true,
        message: "date of birth: in code and tests use `phiguard synth generate` (a generated file's manifest marks it), or keep it in a record whose identifiers are synthetic (`phiguard synth value mrn`)"
    ) { input in
        guard let date = DateValue.parse(input.text, digitAt: input.end - 1), date.isPlausibleBirthDate,
              !isComparisonBound(before: date.range.lowerBound, in: input.text)
        else { return nil }
        return (date.range, date.isSentinel(role: input.file.role) ? .synthetic : .finding, false)
    }

    /// `birthdate=ge1950-01-01` (a FHIR search prefix), `dob >= '1950-01-01'`, `born before 1960`: the
    /// bound of a query, not anyone's birth date.
    static func isComparisonBound(before start: Int, in text: ScanText) -> Bool {
        var index = start
        while index > 0, [32, 39, 34].contains(text[index - 1]) { index -= 1 }
        if index >= 3, text[index - 3] == 61 {
            let prefix = String(decoding: ByteClass.lowercased(text.bytes[(index - 2)..<index]), as: UTF8.self)
            if ["ge", "le", "gt", "lt", "ne", "sa", "eb", "ap"].contains(prefix) { return true }
        }
        guard index > 0 else { return false }
        if [60, 62].contains(text[index - 1]) || (text[index - 1] == 61 && index > 1 && [60, 62, 33].contains(text[index - 2])) { return true }
        let head = String(decoding: ByteClass.lowercased(text.bytes[max(0, index - 9)..<index]), as: UTF8.self)
        return ["before", "after", "between", "since", "until", "and"].contains { head.hasSuffix($0) }
    }

    static let phone = Rule(
        id: "phi.phone", kind: .phone, severity: .medium,
        expression: #"\b\d{3}-\d{3}-\d{4}\b|\b\d{3}\.\d{3}\.\d{4}\b|\(\d{3}\) ?\d{3}[-. ]\d{4}\b|\+1[-. ]\d{3}[-. ]\d{3}[-. ]\d{4}\b|\b1-\d{3}-\d{3}-\d{4}\b|\+1\d{10}\b"#,
        message: "phone number (NANP): use a 555-0100…0199 number in code and tests"
    ) { input in
        let value = input.start..<input.end
        guard SeparatorShape.standsAlone(input.text, input.start, input.end) else { return nil }
        // `6.26e+12458010678`: an exponent, not `+1 245 801 0678`.
        if input.text[input.start] == 43, input.text.byte(at: input.start - 1).map(ByteClass.isAlphanumeric) ?? false { return nil }
        // `617-432-1234` and `617.432.1234`, not `206.766 9877` (a table of constants).
        let parenthesised = input.text.bytes[value].contains(40)
        // The separators between area, exchange and line: the last twelve bytes (`617.432.1234`) or after `)`.
        let tail = parenthesised ? input.text.bytes[value].drop { $0 != 41 }.dropFirst() : input.text.bytes[value].suffix(12)
        let separators = (parenthesised ? [UInt8]() : []) + tail.filter { [32, 45, 46].contains($0) }
        // `+14109172692`: E.164, no separators at all.
        let e164 = input.text[input.start] == 43 && separators.isEmpty
        guard e164 || (parenthesised ? Set(separators.dropFirst()).count <= 1 : Set(separators).count == 1) else { return nil }
        // Space-separated digit groups are tables of numbers unless the area code is marked: `(617) 432 1234`, `+1 617 …`.
        if separators.first == 32, !parenthesised, input.text[input.start] != 43 { return nil }
        var digits = ByteClass.digits(input.text.bytes[value])
        if digits.count == 11, digits.first == 1 { digits.removeFirst() }
        // Toll-free and premium numbers belong to businesses, not to patients.
        guard digits.count == 10, ![800, 888, 877, 866, 855, 844, 833, 900].contains(digits[0..<3].reduce(0) { $0 * 10 + Int($1) })
        else { return nil }
        return (value, IdentifierRules.nanpPhone(digits), false)
    }

    /// Ten bare digits after a phone word: `called from 7732355042`, `Caller ID showed 4159057559`.
    static let phoneWithContext = Rule(
        id: "phi.phone", kind: .phone, severity: .medium,
        expression: #"\b(phone|ph|cell|cellphone|mobile|tel|telephone|fax|caller[ ]id|called[ ]from|call[ ]?back|sms|text(ed)?[ ]to|whatsapp|contact[ ]number|home[ ]number|pager)\b"#,
        caseless: true,
        message: "phone number (NANP): use a 555-0100…0199 number in code and tests"
    ) { input in
        guard var start = input.text.firstDigit(after: input.end, within: 16) else { return nil }
        var end = start
        while end < input.text.count, ByteClass.isDigit(input.text[end]) { end += 1 }
        // `+14109172692`, `14109172692`: the country code before the ten digits.
        if end - start == 11, input.text[start] == 49 { start += 1 }
        let value = start..<end
        guard value.count == 10, input.text.isDelimited(value.lowerBound, value.upperBound, by: ByteClass.isDigit) || input.text.byte(at: start - 1) == 49
        else { return nil }
        let verdict = IdentifierRules.nanpPhone(ByteClass.digits(input.text.bytes[value]))
        return verdict == .rejected ? nil : (value, verdict, false)
    }

    /// Ten bare digits in free text, on a line that talks about calling or texting someone.
    static let phoneInText = Rule(
        id: "phi.phone", kind: .phone, severity: .medium, expression: #"\b[2-9]\d{2}[2-9]\d{6}\b"#, roles: FileRole.prose,
        message: "phone number (NANP): use a 555-0100…0199 number in code and tests"
    ) { input in
        let value = input.start..<input.end
        let line = input.text.line(at: input.start)
        guard ["sms", "text", "call", "phone", "cell", "mobile", "caller", "contact", "fax", "reach", "tel", "voicemail",
               "twilio", "whatsapp", "dial", "number"].contains(where: { ByteClass.contains(line, $0) })
        else { return nil }
        let verdict = IdentifierRules.nanpPhone(ByteClass.digits(input.text.bytes[value]))
        return verdict == .rejected ? nil : (value, verdict, false)
    }

    static let email = Rule(
        id: "phi.email", kind: .email, severity: .medium,
        expression: #"@[A-Za-z0-9-]+\.[A-Za-z0-9]"#,
        message: "email address: use an address under example.com (or .test, .invalid) in code and tests"
    ) { input in
        EmailJudge.judge(input)
    }

    static let npi = Rule(
        id: "phi.npi", kind: .npi, severity: .medium,
        expression: #"(\b|_)(npi|npis|nppes|national[ _-]?provider[ _-]?(id|identifier|number))\b[^\n0-9]{0,20}\d{10}\b"#,
        caseless: true,
        message: "National Provider Identifier: use `phiguard synth value npi` (first digit 8 or 9) in code and tests"
    ) { input in
        let value = (input.end - 10)..<input.end
        guard input.text.isDelimited(value.lowerBound, value.upperBound, by: ByteClass.isDigit) else { return nil }
        return (value, IdentifierRules.npi(ByteClass.digits(input.text.bytes[value])), false)
    }

    private static let mbiLetter = "[AC-HJKMNP-RT-Y]"
    private static let mbiEither = "[AC-HJKMNP-RT-Y0-9]"

    static let mbi = Rule(
        id: "phi.mbi", kind: .mbi, severity: .high,
        expression: #"(\b|_)(mbi|mbis|medicare|beneficiary)[^\n]{0,30}\b[1-9][AC-HJKMNP-Y]\#(mbiEither)\d-?\#(mbiLetter)\#(mbiEither)\d-?\#(mbiLetter){2}\d{2}\b"#,
        caseless: true,
        message: "Medicare Beneficiary Identifier: use `phiguard synth value mbi` (S in position 2) in code and tests"
    ) { input in
        // Back from the end over 11 letters and digits, skipping the optional dashes.
        var start = input.end, characters = 0
        while start > input.start, characters < 11 {
            start -= 1
            if input.text[start] != 45 { characters += 1 }
        }
        let value = start..<input.end
        guard characters == 11, input.text.isDelimited(start, input.end, by: ByteClass.isAlphanumeric) else { return nil }
        return (value, IdentifierRules.mbi(input.text.bytes[value].filter { $0 != 45 }), false)
    }

    static let dea = Rule(
        id: "phi.dea", kind: .dea, severity: .medium,
        expression: #"(\b|_)(dea|deas|dea[ _-]?(number|num|no|registration)|prescriber|registrant)[^\n]{0,30}\b[A-Z][A-Z9]\d{7}\b"#,
        caseless: true,
        message: "DEA registration number: use `phiguard synth value dea` (first letter Z) in code and tests"
    ) { input in
        let value = (input.end - 9)..<input.end
        return (value, IdentifierRules.dea(Array(input.text.bytes[value])), false)
    }

    static let creditCards: [Rule] = [
        #"\b4\d{3}[- ]\d{4}[- ]\d{4}[- ]\d{4}\b"#, #"\b(5[1-5]|2[2-7])\d{2}[- ]\d{4}[- ]\d{4}[- ]\d{4}\b"#,
        #"\b6(011|5\d{2})[- ]\d{4}[- ]\d{4}[- ]\d{4}\b"#, #"\b3[47]\d{2}[- ]\d{6}[- ]\d{5}\b"#,
        #"(card|credit|visa|mastercard|amex|payment|\bpan\b|\bcc_|ccnum)[^\n]{0,30}\b(4\d{12}(\d{3})?|(5[1-5]|2[2-7])\d{14}|3[47]\d{13}|6(011|5\d{2})\d{12})\b"#,
    ].map { expression in
        Rule(
            id: "phi.credit-card", kind: .creditCard, severity: .high, expression: expression, caseless: expression.hasPrefix("(card"),
            message: "payment card number: use a network's published test number in code and tests"
        ) { input in
            var start = input.end
            while start > input.start, ByteClass.isDigit(input.text[start - 1]) || input.text[start - 1] == 45 || input.text[start - 1] == 32 {
                start -= 1
            }
            while start < input.end, !ByteClass.isDigit(input.text[start]) { start += 1 }
            let value = start..<input.end
            guard SeparatorShape.standsAlone(input.text, start, input.end) else { return nil }
            let separators = input.text.bytes[value].filter { !ByteClass.isDigit($0) }
            guard Set(separators).count <= 1 else { return nil }
            return (value, IdentifierRules.creditCard(ByteClass.digits(input.text.bytes[value])), false)
        }
    }
}

/// Number shapes that continue past a match.
enum SeparatorShape {
    /// Whether a number stands alone: no digit, dash or dot glued before it, no digit or dash after
    /// it, and not followed by `.` and a digit (a sentence's full stop is fine).
    static func standsAlone(_ text: ScanText, _ start: Int, _ end: Int) -> Bool {
        let before = text.byte(at: start - 1).map { ByteClass.isDigit($0) || $0 == 45 || $0 == 46 } ?? false
        let after = text.byte(at: end).map { ByteClass.isDigit($0) || $0 == 45 } ?? false
        return !before && !after && !isDecimalContinuation(text, end)
    }

    /// Whether the match is followed by `.` and a digit: part of a decimal or a version, not an identifier.
    static func isDecimalContinuation(_ text: ScanText, _ end: Int) -> Bool {
        text.byte(at: end) == 46 && (text.byte(at: end + 1).map(ByteClass.isDigit) ?? false)
    }
}

import Foundation
