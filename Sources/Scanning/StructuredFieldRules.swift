/// Names and street addresses where the structure says so: a JSON/YAML key, a keyword argument or
/// an assignment named for a person's name or address. Keys are read by their words, so
/// `guarantor_last_name`, `patientFirstName` and `mailing_home_address` all count, and `file_name`
/// or `ip_address` do not.
enum StructuredFieldRules {
    static let all: [Rule] = [personName, fhirName, address, fhirAddressLine]

    /// Records pasted into a prompt or written to a log are records too; Markdown's are API examples.
    private static let roles: Set<FileRole> = FileRole.structured.union([.prompt, .log])
    private static let nameMessage = "person's name in a record: in code and tests use `phiguard synth generate` (a generated file's manifest marks it), or keep it in a record whose identifiers are synthetic (`phiguard synth value mrn`)"
    private static let addressMessage = "street address in a record: in code and tests use `phiguard synth generate` (a generated file's manifest marks it), or keep it in a record whose identifiers are synthetic (`phiguard synth value mrn`)"

    /// Any key whose last word is, or ends in, `name`: `name`, `first_name`, `guarantorLastName`, `surname`.
    static let personName = Rule(
        id: "phi.name", kind: .name, severity: .medium, expression: #"names?["']?[ ]?(:|=)"#,
        caseless: true, roles: roles, message: nameMessage
    ) { input in
        // Most `name = …` in code assigns an expression: only a capitalised string (or, in data and
        // config, a capitalised bare value) can be a person's name. Checked before the key is read.
        guard valueStartsCapitalized(input) else { return nil }
        guard let key = FieldKey(endingAt: input.start + keywordLength(input), in: input.text) else { return nil }
        switch key.nameRole {
        case .person: return judgeName(input, personField: true, namePart: key.words.contains(where: namePartWords.contains))
        case .plain: return judgePlainName(input, key: key)
        case nil: return nil
        }
    }

    /// FHIR's HumanName parts: `"family": "Chalmers"`, `"given": ["Peter", "James"]`.
    static let fhirName = Rule(
        id: "phi.name", kind: .name, severity: .medium, expression: #"["'](family|given)["'][ \t]{0,3}:"#,
        roles: roles, message: nameMessage
    ) { input in
        judgeName(input, personField: true)
    }

    /// Any key whose last word is `address`, `addr`, `street` or `address_line_1`, unless it names a
    /// machine's address (`ip_address`, `email_address`, `bind_address`).
    static let address = Rule(
        id: "phi.address", kind: .address, severity: .medium,
        expression: #"(address|addr|street)(es)?([ _-]?(line)?[ _-]?[12])?["']?[ \t]{0,3}(:|=>|=)"#,
        caseless: true, roles: roles, message: addressMessage
    ) { input in
        guard let key = FieldKey(endingAt: keyEnd(input), in: input.text), key.isPersonAddress else { return nil }
        return judgeAddress(input)
    }

    /// FHIR's Address line: `"line": ["534 Erewhon St"]`.
    static let fhirAddressLine = Rule(
        id: "phi.address", kind: .address, severity: .medium, expression: #"["']line["'][ \t]{0,3}:"#,
        roles: roles, message: addressMessage
    ) { input in
        judgeAddress(input)
    }

    /// Whether the value after the separator starts with a capital letter (after an opening quote, or
    /// bare outside code).
    private static func valueStartsCapitalized(_ input: RuleInput) -> Bool {
        var index = input.end
        while let byte = input.text.byte(at: index), byte == 32 || byte == 9 || byte == 91 || byte == 62 { index += 1 }
        guard var first = input.text.byte(at: index) else { return false }
        if first == 34 || first == 39 {
            guard let next = input.text.byte(at: index + 1) else { return false }
            first = next
        } else if input.file.role == .code || input.file.role == .notebook || input.file.role == .prompt {
            // A prompt's pasted code declares (`givenName: String`); only a quoted value is a value there.
            return false
        }
        return (65...90).contains(first) || first >= 0xC0
    }

    /// The length of `name` or `names` at the match's start.
    private static func keywordLength(_ input: RuleInput) -> Int {
        input.text.byte(at: input.start + 4).map { $0 | 0x20 == 115 } ?? false ? 5 : 4
    }

    /// Where the key ends: before its closing quote and separator.
    private static func keyEnd(_ input: RuleInput) -> Int {
        var end = input.end
        while end > input.start, !ByteClass.isAlphanumeric(input.text[end - 1]) { end -= 1 }
        return end
    }

    private static func judgeAddress(_ input: RuleInput) -> (value: Range<Int>, verdict: Verdict, personField: Bool)? {
        guard let value = valueRange(input), StreetAddress.looksLikeStreet(input.text.bytes[value]) else { return nil }
        return (value, StreetAddress.isPlaceholder(input.text.bytes[value]) ? .synthetic : .finding, false)
    }

    private static func valueRange(_ input: RuleInput) -> Range<Int>? {
        var offset = input.end
        // The expression for quoted `name` ends at a quote: step back so the value reader sees it.
        if offset > 0, [34, 39].contains(input.text[offset - 1]) { offset -= 1 }
        if input.text.byte(at: offset) == 62 { offset += 1 }  // `name => "…"`
        while input.text.byte(at: offset) == 32 || input.text.byte(at: offset) == 9 { offset += 1 }
        // A list's first string: `["Peter", "James"]`.
        if input.text.byte(at: offset) == 91 { offset += 1 }
        guard input.text.byte(at: offset) != 61, var value = input.text.assignedValue(after: offset, maxLength: 120) else {
            return nil
        }
        // A bare YAML value runs to the end of the line ("Jane Smith").
        let quoted = value.lowerBound > 0 && [34, 39].contains(input.text[value.lowerBound - 1])
        if !quoted {
            guard input.file.role != .code && input.file.role != .notebook else { return nil }
            var end = input.text.lineEnd(value.lowerBound)
            while end > value.lowerBound, [32, 13, 44].contains(input.text[end - 1]) { end -= 1 }
            value = value.lowerBound..<end
        }
        return value
    }

    /// Key words naming one part of a name (`last_name`, `fname`), not the whole of it.
    private static let namePartWords: Set<String> = ["first", "last", "given", "family", "middle", "maiden", "sur", "surname", "fname", "lname"]

    private static func judgeName(_ input: RuleInput, personField: Bool, namePart: Bool = true) -> (value: Range<Int>, verdict: Verdict, personField: Bool)? {
        guard let value = valueRange(input), PersonName.looksLikeName(input.text.bytes[value]) else { return nil }
        let bytes = input.text.bytes[value]
        // In code a one-word full name (`PatientName = "Parent"`, `"PBN"`) is a test's label unless the
        // name lists know it as a name and not an everyday word.
        if !namePart, input.file.role == .code || input.file.role == .notebook, !bytes.contains(32), !bytes.contains(44),
           !(NameLists.givenName(bytes).map { !$0.isWord } ?? false), !(NameLists.surname(bytes).map { !$0.isWord } ?? false)
        {
            return nil
        }
        return (value, PersonName.isPlaceholder(bytes) ? .synthetic : .finding, personField)
    }

    /// A bare `name` is a person's only when the value reads as one: a listed first name and a listed
    /// surname (`"name": "Maria Gonzalez"`, not `"name": "Blue Button Sandbox"`).
    private static func judgePlainName(_ input: RuleInput, key: FieldKey) -> (value: Range<Int>, verdict: Verdict, personField: Bool)? {
        guard let judged = judgeName(input, personField: false) else { return nil }
        if judged.verdict == .synthetic { return judged }
        guard PersonName.isListedFullName(input.text.bytes[judged.value]) else { return nil }
        return judged
    }
}

/// A field's key read back from its end, split into lowercase words (`guarantorLastName` →
/// `guarantor last name`).
struct FieldKey {
    let words: [String]

    /// The object a field belongs to, when the key is a path (`patient.name` → `patient`).
    let owner: [String]

    init?(endingAt end: Int, in text: ScanText) {
        var start = end
        while start > 0, end - start < 64, ByteClass.isWord(text[start - 1]) || text[start - 1] == 45 { start -= 1 }
        guard start < end else { return nil }
        words = FieldKey.split(Array(text.bytes[start..<end]))
        // `patient.name`, `guarantor["name"]`: the component before the last.
        var ownerEnd = start
        while ownerEnd > 0, start - ownerEnd < 4, [46, 91, 34, 39].contains(text[ownerEnd - 1]) { ownerEnd -= 1 }
        var ownerStart = ownerEnd
        while ownerStart > 0, ownerEnd - ownerStart < 40, ByteClass.isWord(text[ownerStart - 1]) { ownerStart -= 1 }
        owner = ownerEnd < start && ownerStart < ownerEnd ? FieldKey.split(Array(text.bytes[ownerStart..<ownerEnd])) : []
        guard !words.isEmpty else { return nil }
    }

    /// Splits on `_`, `-`, `.` and lower-to-upper case changes.
    static func split(_ bytes: [UInt8]) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        for (index, byte) in bytes.enumerated() {
            if byte == 95 || byte == 45 || byte == 46 {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)); current = [] }
                continue
            }
            let upper = (65...90).contains(byte)
            if upper, index > 0, (97...122).contains(bytes[index - 1]) || ByteClass.isDigit(bytes[index - 1]), !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current = []
            }
            current.append(upper ? byte | 0x20 : byte)
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    enum NameRole { case person, plain }

    /// `person` for a person's name key, `plain` for a bare `name`, nil for anything else (`file_name`).
    var nameRole: NameRole? {
        guard let last = words.last else { return nil }
        var qualifiers = Array(words.dropLast())
        if last != "name" && last != "names" {
            guard last.hasSuffix("name"), last.count > 4 else { return nil }
            qualifiers.append(String(last.dropLast(4)))
        }
        if qualifiers.isEmpty {
            // `patient.name`: the object's name qualifies a bare `name`.
            return owner.contains(where: Self.personQualifiers.contains) ? .person : .plain
        }
        return qualifiers.contains(where: Self.personQualifiers.contains) ? .person : nil
    }

    private static let personQualifiers: Set<String> = [
        "first", "last", "given", "family", "middle", "maiden", "sur", "full", "legal", "preferred", "nick", "patient", "pt",
        "pat", "member", "guarantor", "subscriber", "insured", "beneficiary", "policyholder", "mother", "mothers", "father",
        "fathers", "guardian", "spouse", "contact", "emergency", "kin", "relative", "caregiver", "person", "client",
        "resident", "decedent", "cardholder", "birth", "christian",
    ]

    /// Whether an address key is a person's street address, not a machine's (`ip_address`).
    var isPersonAddress: Bool { !words.contains(where: Self.machineWords.contains) }

    private static let machineWords: Set<String> = [
            "ip", "mac", "email", "e", "mail", "web", "server", "bind", "listen", "remote", "local", "base", "memory", "mem",
            "return", "wallet", "contract", "host", "proxy", "socket", "sock", "network", "net", "ipv4", "ipv6", "url",
            "hw", "ether", "ethernet", "gateway", "dns", "broadcast", "peer", "node", "device", "bluetooth", "ble", "sender",
            "recipient", "from", "to", "reply", "smtp", "public", "private", "load", "store", "virtual", "physical", "phys",
            "start", "end", "target", "source", "src", "dst", "dest", "destination", "jump", "entry", "offset", "relative",
            "absolute", "func", "function", "symbol", "page", "buffer", "ptr", "pointer", "register", "bus", "i2c", "spi",
            "multicast", "unicast", "link", "lan", "wan", "vpn", "tcp", "udp", "http", "rpc", "grpc", "api", "endpoint",
            "service", "cluster", "pod", "external", "internal", "advertise", "advertised", "redis", "db", "database",
    ]
}

/// What a person's name looks like as a field value.
enum PersonName {
    static func looksLikeName(_ value: ArraySlice<UInt8>) -> Bool {
        guard (2...60).contains(value.count), let first = value.first, (65...90).contains(first) || first >= 0xC0 else {
            return false
        }
        var letters = 0
        for byte in value {
            if ByteClass.isLetter(byte) || byte >= 0x80 { letters += 1; continue }
            guard byte == 32 || byte == 39 || byte == 45 || byte == 46 || byte == 44 else { return false }
        }
        // A name has at most four words and is not a sentence (`Running on Water`: a lowercase
        // function word, which name particles such as `de`, `van`, `bin` are not).
        let words = value.split(separator: 32)
        return letters >= 2 && words.count <= 4 && !words.contains { word in
            // Only a short lowercase word can be one; the check runs for every name-shaped value.
            word.count <= 4 && (97...122).contains(word[word.startIndex]) && functionWords.contains(String(decoding: word, as: UTF8.self))
        }
    }

    private static let functionWords: Set<String> = ["on", "of", "the", "and", "in", "at", "to", "for", "with", "from", "by", "is", "a", "an", "or"]

    /// Single words that fill a name field in examples and tests.
    private static let placeholderWords: Set<String> = [
        "test", "patient", "unknown", "anonymous", "redacted", "none", "null", "n/a", "tbd", "john", "jane", "doe",
        "smith", "foo", "bar", "baz", "alice", "bob", "carol", "dave", "eve", "mallory", "example", "sample", "name",
        "admin", "user", "first", "last", "firstname", "lastname", "given", "family", "demo", "dummy", "fake", "tester",
        "person", "mid", "middle", "pre", "prefix", "suffix",
        // FHIR data types, which its models name as a field's value type (`"contact.name": "HumanName"`).
        "humanname", "contactpoint", "codeableconcept", "reference", "string", "identifier", "coding", "period",
        "extension", "narrative", "attachment", "quantity", "backboneelement", "element", "resource",
    ]

    static func isPlaceholder(_ value: ArraySlice<UInt8>) -> Bool {
        let lower = String(decoding: ByteClass.lowercased(value), as: UTF8.self)
        if placeholderWords.contains(lower) || ProseVocabulary.placeholderNames.contains(lower) { return true }
        // `Doe^Archibald` (DICOM and HL7 write names with `^`); `XXXXX XXXX` is a masked name.
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "^" }).map { $0.trimmingCharacters(in: .punctuationCharacters) }
        if !words.isEmpty, words.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 == "x" } }) { return true }
        // `Testpatient`, `PATIENTTEST`: a test's own name (not `Testa`, a surname); `TestA`, `Test2`: a
        // test's numbered case; `ANONA`, `Anon123`: anonymised.
        if words.contains(where: { $0.count > 5 && ($0.hasPrefix("test") || $0.hasSuffix("test")) || $0.hasPrefix("anon") }) { return true }
        if value.count >= 5, value.starts(with: "Test".utf8), let fifth = value.dropFirst(4).first,
           (65...90).contains(fifth) || ByteClass.isDigit(fifth) { return true }
        if words.contains(where: { ProseVocabulary.placeholderSurnames.contains($0) }) { return true }
        // `Test Patient 12`, `Patient Test`, `Foo Bar`: every word a placeholder word.
        return !words.isEmpty && words.allSatisfy { placeholderWords.contains($0) }
    }

    /// A listed first name followed by a listed surname, not both everyday words (`Maria Gonzalez`,
    /// not `Blue Button` or `Summer Sale`).
    static func isListedFullName(_ value: ArraySlice<UInt8>) -> Bool {
        let words = value.split(whereSeparator: { $0 == 32 || $0 == 44 }).filter { $0.count >= 2 }
        guard words.count >= 2, let first = words.first, let last = words.last,
              let given = NameLists.givenName(first), let surname = NameLists.surname(last)
        else { return false }
        return !(given.isWord && surname.isWord)
    }
}

/// What a street address looks like: a house number, a street name and a street suffix.
enum StreetAddress {
    static func looksLikeStreet(_ value: ArraySlice<UInt8>) -> Bool {
        let words = String(decoding: value, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "," })
        guard words.count >= 3, words.count <= 14, let number = words.first, (1...7).contains(number.count),
              number.first?.isNumber == true, number.dropLast().allSatisfy(\.isNumber)
        else { return false }
        return words.dropFirst(2).contains { ProseVocabulary.streetSuffixes.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }
    }

    /// Addresses everyone recognises as examples or landmarks (`123 Main St`, `742 Evergreen Terrace`).
    static func isPlaceholder(_ value: ArraySlice<UInt8>) -> Bool {
        let words = String(decoding: ByteClass.lowercased(value), as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "," })
            .map { $0.trimmingCharacters(in: .punctuationCharacters) }
        guard words.count >= 2 else { return false }
        if ProseVocabulary.placeholderStreets.contains(words[0] + " " + words[1]) { return true }
        if words.count >= 3, ProseVocabulary.placeholderStreets.contains(words[0] + " " + words[1] + " " + words[2]) { return true }
        return words.contains { ["fake", "example", "sample", "test", "anytown", "anywhere", "nowhere", "placeholder"].contains($0) }
    }
}

import Foundation
import NameLists
