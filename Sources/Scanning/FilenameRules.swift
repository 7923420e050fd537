import NameLists

/// File names that carry a person: `ogunleye_adebayo_19770905.pdf`, `smith-john-19610312.hl7` — a
/// surname and a first name (both in the Census lists) and a birth date, the way scanned faxes,
/// referrals and exports are named.
enum FilenameRules {
    static let all: [Rule] = [name, birthDate]

    private static let anchor = #"\b[A-Za-z]{2,20}[_-][A-Za-z]{2,20}[_-](19|20)\d{6}\b"#
    private static let message = "in a file name: rename files by a synthetic id, not the person"

    /// File names are quoted in prompts, logs and data (a fax queue's listing), not code.
    private static let roles: Set<FileRole> = FileRole.prose.union([.data])

    static let name = Rule(id: "phi.name-in-filename", kind: .name, severity: .medium, expression: anchor, roles: roles,
                           message: "person's name " + message) { input in
        guard let parts = split(input), isPerson(input.text, parts.first, parts.second), parts.date.isPlausibleBirthDate else { return nil }
        return (parts.first.lowerBound..<parts.second.upperBound, .finding, true)
    }

    static let birthDate = Rule(id: "phi.dob-in-filename", kind: .dob, severity: .medium, expression: anchor, roles: roles,
                                message: "date of birth " + message) { input in
        guard let parts = split(input), isPerson(input.text, parts.first, parts.second), parts.date.isPlausibleBirthDate else { return nil }
        return (parts.date.range, .finding, false)
    }

    private static func split(_ input: RuleInput) -> (first: Range<Int>, second: Range<Int>, date: DateValue)? {
        let text = input.text
        var firstEnd = input.start
        while firstEnd < input.end, ByteClass.isLetter(text[firstEnd]) { firstEnd += 1 }
        let secondStart = firstEnd + 1
        var secondEnd = secondStart
        while secondEnd < input.end, ByteClass.isLetter(text[secondEnd]) { secondEnd += 1 }
        let dateRange = (input.end - 8)..<input.end
        guard let date = DateValue.parse(text.string(dateRange), offset: dateRange.lowerBound) else { return nil }
        return (input.start..<firstEnd, secondStart..<secondEnd, date)
    }

    /// A surname and a first name in either order, not both everyday words.
    private static func isPerson(_ text: ScanText, _ first: Range<Int>, _ second: Range<Int>) -> Bool {
        let a = text.bytes[first], b = text.bytes[second]
        for (surname, given) in [(a, b), (b, a)] {
            if let family = NameLists.surname(surname), let person = NameLists.givenName(given), !(family.isWord && person.isWord) { return true }
        }
        return false
    }
}
