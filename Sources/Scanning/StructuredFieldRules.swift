/// Names and street addresses where the structure says so: a JSON/YAML key, a keyword argument or
/// an assignment named for a person's name or address. Prose is never scanned for names.
enum StructuredFieldRules {
    static let all: [Rule] = [personName, plainName, address]

    private static let roles: Set<FileRole> = [.code, .config, .data, .notebook, .other]

    static let personName = Rule(
        id: "phi.name", kind: .name, severity: .medium,
        expression: #"\b(first|last|given|family|middle|patient|full|maiden|sur|member|guarantor|subscriber|mother_?maiden)[_ -]?names?["']?[ \t]{0,3}(:|=|=>)"#,
        caseless: true, roles: roles,
        message: "person's name in a record: in code and tests use `phiguard synth generate` (a generated file's manifest marks it), or keep it in a record whose identifiers are synthetic (`phiguard synth value mrn`)"
    ) { input in
        judgeName(input, personField: true)
    }

    /// A bare `name` key counts only as a quoted key (`"name": …`) or in data and config files:
    /// in code, `name = 'Lasso'` is almost never a person.
    static let plainName = Rule(
        id: "phi.name", kind: .name, severity: .medium,
        expression: #"["']name["'][ \t]{0,3}(:|=>)|\bname[ \t]{0,3}(:|=)"#,
        roles: roles,
        message: "person's name in a record: in code and tests use `phiguard synth generate` (a generated file's manifest marks it), or keep it in a record whose identifiers are synthetic (`phiguard synth value mrn`)"
    ) { input in
        let quotedKey = input.text.bytes[input.start..<input.end].first.map { $0 == 34 || $0 == 39 } ?? false
        // A bare `name:` counts as a YAML/INI key at the start of its line, outside code.
        let lineHead = input.text.bytes[input.text.lineStart(input.start)..<input.start]
        guard quotedKey || (input.file.role != .code && lineHead.allSatisfy { $0 == 32 || $0 == 9 || $0 == 45 }) else { return nil }
        return judgeName(input, personField: false)
    }

    static let address = Rule(
        id: "phi.address", kind: .address, severity: .medium,
        expression: #"\b(street|home|mailing|patient|residential|billing|postal|member)?[_ -]?(address|addr)([_ -]?(line)?[_ -]?1)?["']?[ \t]{0,3}(:|=|=>)"#,
        caseless: true, roles: roles,
        message: "street address in a record: in code and tests use `phiguard synth generate` (a generated file's manifest marks it), or keep it in a record whose identifiers are synthetic (`phiguard synth value mrn`)"
    ) { input in
        guard let value = valueRange(input), StreetAddress.looksLikeStreet(input.text.bytes[value]) else { return nil }
        return (value, .finding, false)
    }

    private static func valueRange(_ input: RuleInput) -> Range<Int>? {
        var offset = input.end
        // The expression for quoted `name` ends at a quote: step back so the value reader sees it.
        if offset > 0, [34, 39].contains(input.text[offset - 1]) { offset -= 1 }
        guard input.text.byte(at: offset) != 61, var value = input.text.assignedValue(after: offset, maxLength: 120) else {
            return nil
        }
        // A bare YAML value runs to the end of the line ("Jane Smith").
        let quoted = value.lowerBound > 0 && [34, 39].contains(input.text[value.lowerBound - 1])
        if !quoted {
            var end = input.text.lineEnd(value.lowerBound)
            while end > value.lowerBound, [32, 13, 44].contains(input.text[end - 1]) { end -= 1 }
            value = value.lowerBound..<end
        }
        return value
    }

    private static func judgeName(_ input: RuleInput, personField: Bool) -> (value: Range<Int>, verdict: Verdict, personField: Bool)? {
        guard let value = valueRange(input), PersonName.looksLikeName(input.text.bytes[value]) else { return nil }
        return (value, PersonName.isPlaceholder(input.text.bytes[value]) ? .synthetic : .finding, personField)
    }
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
        // A name has at most four words and is not a sentence.
        return letters >= 2 && value.split(separator: 32).count <= 4
    }

    private static let placeholders: Set<String> = [
        "john doe", "jane doe", "john smith", "jane smith", "test", "test patient", "patient", "unknown", "anonymous",
        "redacted", "none", "null", "n/a", "tbd", "first last", "firstname lastname", "john", "jane", "doe", "smith",
        "foo", "bar", "foo bar", "alice", "bob", "example", "sample", "name", "admin", "user", "test user",
    ]

    static func isPlaceholder(_ value: ArraySlice<UInt8>) -> Bool {
        placeholders.contains(String(decoding: ByteClass.lowercased(value), as: UTF8.self))
    }
}

/// What a street address looks like: a house number, a street name and a street suffix.
enum StreetAddress {
    private static let suffixes: Set<String> = [
        "st", "street", "ave", "avenue", "rd", "road", "blvd", "boulevard", "dr", "drive", "ln", "lane", "way", "ct",
        "court", "pl", "place", "ter", "terrace", "pkwy", "parkway", "hwy", "highway", "cir", "circle", "sq", "square",
        "trl", "trail", "loop", "row", "run", "pike", "path", "walk", "crescent", "cres", "close", "plaza",
    ]

    static func looksLikeStreet(_ value: ArraySlice<UInt8>) -> Bool {
        let words = String(decoding: value, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "," })
        guard words.count >= 3, words.count <= 14, let number = words.first,
              (1...6).contains(number.count), number.allSatisfy(\.isNumber)
        else { return false }
        return words.dropFirst(2).contains { suffixes.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }
    }
}

import Foundation
