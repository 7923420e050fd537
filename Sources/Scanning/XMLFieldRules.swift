/// Person fields in XML (C-CDA and HL7 v3 documents, registry and payer messages): elements named
/// for a person's name, birth date or street (`<given>`, `<lastName>`, `<dob>`, `<streetAddressLine>`),
/// `<birthTime value=…>`, and the id of a `patientRole`. Element names are read by their words, as keys are.
enum XMLFieldRules {
    static let all: [Rule] = [name, birthDate, address, birthTime, patientRoleID]

    /// `<lastName>t`: the opening tag of an element named for a name, a birth date or a street, and the
    /// start of its text (the judge reads the rest).
    private static let element = #"<[A-Za-z0-9_:.-]*(name|given|family|dob|birth[a-z]*|street[a-z]*|address[a-z0-9]*|line1)>[^<\n]"#
    private static let message = "in an XML record: in code and tests use `phiguard synth generate` data or synthetic values"
    /// C-CDA documents are data files (and pasted into prompts); source code rarely embeds one.
    private static let documentRoles: Set<FileRole> = Set(FileRole.allCases).subtracting([.code, .notebook])

    static let name = Rule(id: "phi.name", kind: .name, severity: .medium, expression: element, caseless: true, roles: documentRoles,
                           message: "person's name " + message) { input in
        guard let (tag, value) = parts(input), isNameTag(tag), PersonName.looksLikeName(input.text.bytes[value]) else { return nil }
        // A name element alone is a name list (parser training data); beside a birth date, a gender or a
        // patient role it is a person's.
        let placeholder = PersonName.isPlaceholder(input.text.bytes[value])
            || (tag == ["given"] || tag == ["family"]) && fullName(around: input.start, in: input.text).map(PersonName.isPlaceholder) ?? false
        return (value, placeholder ? .synthetic : .finding, false)
    }

    /// `<name><given>Adam</given><family>Everyman</family></name>`: the given names and the family
    /// name of the `<name>` element around `offset`, joined (`Adam Everyman`), so a published sample
    /// patient is known by the whole name.
    static func fullName(around offset: Int, in text: ScanText) -> ArraySlice<UInt8>? {
        let head = text.bytes[max(0, offset - 400)..<offset]
        guard let open = head.lastRange(of: Array("<name".utf8)),
              let tail = text.bytes[open.lowerBound..<min(text.count, offset + 600)].firstRange(of: Array("</name>".utf8))
        else { return nil }
        let element = text.bytes[open.lowerBound..<tail.lowerBound]
        let given = texts(of: "given", in: element), family = texts(of: "family", in: element)
        guard !given.isEmpty, !family.isEmpty else { return nil }
        return ArraySlice((given + family).joined(separator: [32]))
    }

    /// The text of every `<tag …>text</tag>` in `element`.
    private static func texts(of tag: String, in element: ArraySlice<UInt8>) -> [[UInt8]] {
        var found: [[UInt8]] = []
        var rest = element
        while let open = rest.firstRange(of: Array("<\(tag)".utf8)) {
            guard let close = rest[open.upperBound...].firstIndex(of: 62),
                  let end = rest[close...].firstRange(of: Array("</\(tag)>".utf8))
            else { break }
            found.append(Array(rest[(close + 1)..<end.lowerBound]))
            rest = rest[end.upperBound...]
        }
        return found
    }

    static let birthDate = Rule(id: "phi.dob", kind: .dob, severity: .medium, expression: element, caseless: true, roles: documentRoles,
                                message: "date of birth " + message) { input in
        guard let (tag, value) = parts(input), tag.contains("dob") || (tag.contains("birth") && (tag.contains("date") || tag.contains("time") || tag.contains("day") || tag.count == 1)),
              let date = DateValue.parse(input.text.string(value), offset: value.lowerBound), date.isPlausibleBirthDate
        else { return nil }
        return (value, date.isSentinel(role: input.file.role) ? .synthetic : .finding, false)
    }

    static let address = Rule(id: "phi.address", kind: .address, severity: .medium, expression: element, caseless: true, roles: documentRoles,
                              message: "street address " + message) { input in
        guard let (tag, value) = parts(input), tag.contains("street") || (tag.last == "line" && tag.contains("address")) || tag == ["address"] || tag == ["address", "line"],
              StreetAddress.looksLikeStreet(input.text.bytes[value])
        else { return nil }
        return (value, StreetAddress.isPlaceholder(input.text.bytes[value]) ? .synthetic : .finding, false)
    }

    /// `<birthTime value="19770905"/>` (C-CDA).
    static let birthTime = Rule(id: "phi.dob", kind: .dob, severity: .medium, expression: #"birthTime[ \t]+value="\d{8}"#,
                                roles: documentRoles, message: "date of birth " + message) { input in
        let value = (input.end - 8)..<input.end
        guard let date = DateValue.parse(input.text.string(value), offset: value.lowerBound), date.isPlausibleBirthDate else { return nil }
        return (value, date.isSentinel(role: input.file.role) ? .synthetic : .finding, false)
    }

    /// `<patientRole><id root="…" extension="990915487"/>`: the patient's record number.
    static let patientRoleID = Rule(id: "phi.patient-id", kind: .patientID, severity: .high,
                                    expression: #"<id[ \t][^>\n]*extension=""#, roles: documentRoles,
                                    message: "patient identifier (patientRole id) " + message) { input in
        let start = input.end
        var end = start
        while end < input.text.count, input.text[end] != 34, end - start < 40 { end += 1 }
        let value = start..<end
        let bytes = input.text.bytes[value]
        let digits = ByteClass.digits(bytes)
        // `test-race-01` names a test case: a synthetic identifier that marks its record as an example.
        let marked = PlaceholderValues.hasPlaceholderWord(bytes)
        guard digits.count >= 4 || marked && !digits.isEmpty, bytes.allSatisfy({ ByteClass.isAlphanumeric($0) || $0 == 45 }),
              XMLContext.innermost(in: input.text, before: input.start, among: ["patientrole", "patient", "assignedentity", "assignedauthor", "representedorganization"]) == "patientrole"
        else { return nil }
        let prefix = input.file.mrnPrefix
        let placeholder = marked || (!prefix.isEmpty && bytes.starts(with: prefix.utf8)) || PlaceholderValues.isPlaceholderNumber(digits)
        return (value, placeholder ? .synthetic : .finding, false)
    }

    /// The element's name as lowercase words, and its text value trimmed (up to 80 bytes, then `</`).
    private static func parts(_ input: RuleInput) -> ([String], Range<Int>)? {
        let text = input.text
        var nameEnd = input.start + 1
        while nameEnd < input.end, text[nameEnd] != 62 { nameEnd += 1 }
        guard nameEnd - input.start <= 42 else { return nil }
        var nameStart = input.start + 1
        if let colon = text.bytes[nameStart..<nameEnd].lastIndex(of: 58) { nameStart = colon + 1 }
        let tag = FieldKey.split(Array(text.bytes[nameStart..<nameEnd]))
        var close = nameEnd + 1
        while close < text.count, close - nameEnd <= 81, text[close] != 60, text[close] != 10 { close += 1 }
        guard text.byte(at: close) == 60, text.byte(at: close + 1) == 47 else { return nil }
        var start = nameEnd + 1, end = close
        while start < end, text[start] == 32 { start += 1 }
        while end > start, text[end - 1] == 32 { end -= 1 }
        guard start < end, !tag.isEmpty else { return nil }
        return (tag, start..<end)
    }

    private static func isNameTag(_ tag: [String]) -> Bool {
        if tag == ["given"] || tag == ["family"] || tag == ["given", "name"] || tag == ["family", "name"] { return true }
        guard let last = tag.last else { return false }
        var qualifiers = Array(tag.dropLast())
        if last != "name" {
            guard last.hasSuffix("name"), last.count > 4 else { return false }
            qualifiers.append(String(last.dropLast(4)))
        }
        return qualifiers.contains { ["first", "last", "given", "family", "middle", "maiden", "sur", "full", "patient", "mother", "father", "guardian", "legal", "preferred"].contains($0) }
    }
}

extension XMLContext {
    /// The innermost of `names` among the elements enclosing `offset`.
    static func innermost(in text: ScanText, before offset: Int, among names: Set<String>) -> String? {
        var closed: [String] = []
        var index = offset - 1
        let limit = max(0, offset - 16384)
        while index > limit {
            guard text[index] == 60 else { index -= 1; continue }
            var nameStart = index + 1
            let closing = text.byte(at: nameStart) == 47
            if closing { nameStart += 1 }
            var nameEnd = nameStart
            while nameEnd < text.count, ByteClass.isWord(text[nameEnd]) || text[nameEnd] == 58 || text[nameEnd] == 45 { nameEnd += 1 }
            var name = String(decoding: ByteClass.lowercased(text.bytes[nameStart..<nameEnd]), as: UTF8.self)
            if let colon = name.lastIndex(of: ":") { name = String(name[name.index(after: colon)...]) }
            if closing {
                closed.append(name)
            } else if let last = closed.last, last == name {
                closed.removeLast()
            } else if names.contains(name) {
                return name
            }
            index -= 1
        }
        return nil
    }
}
