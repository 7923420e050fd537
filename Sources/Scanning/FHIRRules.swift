/// FHIR resources (JSON): a Patient's (or Person's) resource id, and identifier values — an MRN when
/// the identifier says so (`"code": "MR"`, a system naming an MRN), a patient id otherwise.
enum FHIRRules {
    static let all: [Rule] = [identifierMRN, identifierPatientID, resourceID]

    private static let identifierAnchor = #""identifier"[ \t]*:[ \t]*\[?[ \t\r\n]*\{"#

    static let identifierMRN = Rule(
        id: "phi.mrn", kind: .mrn, severity: .high, expression: identifierAnchor,
        message: "medical record number in a FHIR identifier: use `phiguard synth value mrn` (synthetic prefix) in code and tests"
    ) { input in
        guard let (value, object) = identifierValue(input), isMedicalRecord(object, input.text) else { return nil }
        return PHIRules.judgeMRN(input.text.bytes[value], prefix: input.file.mrnPrefix).map { (value, $0, false) }
    }

    static let identifierPatientID = Rule(
        id: "phi.patient-id", kind: .patientID, severity: .high, expression: identifierAnchor,
        message: "patient identifier in a FHIR identifier: use an id with the policy's synthetic prefix in code and tests"
    ) { input in
        guard let (value, object) = identifierValue(input), !isMedicalRecord(object, input.text) else { return nil }
        return judgeID(value, input)
    }

    /// `{"resourceType": "Patient", "id": "…"}`: the id of a person's resource.
    static let resourceID = Rule(
        id: "phi.patient-id", kind: .patientID, severity: .high,
        expression: #""resourceType"[ \t]*:[ \t]*"(Patient|Person|RelatedPerson)""#,
        message: "a Patient resource id: use an id with the policy's synthetic prefix in code and tests"
    ) { input in
        let text = input.text
        let window = max(0, input.start - 400)..<min(text.count, input.end + 400)
        guard let value = stringValue(of: "id", in: window, text: text) else { return nil }
        return judgeID(value, input)
    }

    /// The first `"value"` string of the identifier object opened by the anchor, and that object's range.
    private static func identifierValue(_ input: RuleInput) -> (Range<Int>, Range<Int>)? {
        let text = input.text
        // A person's identifier: in a Patient (or Person, RelatedPerson) resource, or a pasted fragment with none named.
        switch FHIRContext.resourceType(text, before: input.start) {
        case "Patient", "Person", "RelatedPerson": break
        case nil where input.file.role.isProse: break
        default: return nil
        }
        let open = input.end - 1
        var depth = 0, index = open
        while index < text.count, index - open < 800 {
            if text[index] == 123 { depth += 1 }
            if text[index] == 125 { depth -= 1; if depth == 0 { break } }
            index += 1
        }
        guard index < text.count, text[index] == 125 else { return nil }
        let object = open..<(index + 1)
        guard let value = stringValue(of: "value", in: object, text: text) else { return nil }
        return (value, object)
    }

    private static func isMedicalRecord(_ object: Range<Int>, _ text: ScanText) -> Bool {
        let bytes = text.bytes[object]
        return ByteClass.contains(bytes, "\"mr\"") || ByteClass.contains(bytes, "mrn") || ByteClass.contains(bytes, "medical record")
    }

    /// The string value of `"key": "…"` inside `range`.
    static func stringValue(of key: String, in range: Range<Int>, text: ScanText) -> Range<Int>? {
        let needle = Array("\"\(key)\"".utf8)
        var index = range.lowerBound
        while index + needle.count < range.upperBound {
            if text.bytes[index..<(index + needle.count)].elementsEqual(needle) {
                var cursor = index + needle.count
                while cursor < range.upperBound, text[cursor] == 32 || text[cursor] == 9 { cursor += 1 }
                guard cursor < range.upperBound, text[cursor] == 58 else { index += 1; continue }
                cursor += 1
                while cursor < range.upperBound, text[cursor] == 32 || text[cursor] == 9 { cursor += 1 }
                guard cursor < range.upperBound, text[cursor] == 34 else { index += 1; continue }
                let start = cursor + 1
                var end = start
                while end < range.upperBound, text[end] != 34, end - start < 80 { end += 1 }
                return end > start ? start..<end : nil
            }
            index += 1
        }
        return nil
    }

    private static func judgeID(_ value: Range<Int>, _ input: RuleInput) -> (value: Range<Int>, verdict: Verdict, personField: Bool)? {
        let bytes = input.text.bytes[value]
        let digits = ByteClass.digits(bytes)
        let isCode = input.file.role == .code || input.file.role == .notebook
        // A UUID is a server's logical id: a record's identity in a pasted prompt or log, noise in a data file.
        guard (IdentifierValue.isUUID(bytes) && input.file.role.isProse) || (digits.count >= (isCode ? 6 : 4) && bytes.count <= 30 && !IdentifierValue.isUUID(bytes))
        else { return nil }
        guard bytes.allSatisfy({ ByteClass.isAlphanumeric($0) || $0 == 45 || $0 == 46 }) else { return nil }
        let prefix = input.file.mrnPrefix
        if (!prefix.isEmpty && bytes.starts(with: prefix.utf8)) || PlaceholderValues.isPlaceholderNumber(digits)
            || PlaceholderValues.hasPlaceholderWord(bytes) || bytes.elementsEqual("3fa85f64-5717-4562-b3fc-2c963f66afa6".utf8)
        {
            return (value, .synthetic, false)
        }
        return (value, .finding, false)
    }
}
