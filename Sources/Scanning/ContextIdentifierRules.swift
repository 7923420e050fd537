import NameLists

/// Identifiers that identify a person only in context: a VIN, a person's IP address or web page,
/// and dates tied to a person (admission, discharge, death, service).
enum ContextIdentifierRules {
    static let all: [Rule] = [vinKeyword, vinProse, ipAddress, url, dateField, dateKey, dateEvent]

    private static let proseRoles = FileRole.prose

    static let vinKeyword = Rule(
        id: "phi.vin", kind: .vin, severity: .medium,
        expression: #"\bvin\b"#, caseless: true,
        message: "vehicle identification number: use a made-up VIN (one with a wrong check digit) in code and tests"
    ) { input in
        // The first 17-character token of VIN letters and digits within 20 bytes after the keyword.
        var index = input.end
        while index < input.text.count, index - input.end <= 20, input.text[index] != 10 {
            var end = index
            while end < input.text.count, VehicleNumber.isVINCharacter(input.text[end]) { end += 1 }
            if end - index == 17, input.text.isDelimited(index, end, by: ByteClass.isAlphanumeric) {
                let value = index..<end
                return VehicleNumber.judge(input.text.bytes[value], keyword: true).map { (value, $0, false) }
            }
            index = max(end, index) + 1
        }
        return nil
    }

    /// A VIN with no keyword counts in prose, when its check digit holds.
    static let vinProse = Rule(
        id: "phi.vin", kind: .vin, severity: .medium, expression: #"\b[A-HJ-NPR-Z0-9]{17}\b"#, roles: proseRoles,
        message: "vehicle identification number: use a made-up VIN (one with a wrong check digit) in code and tests"
    ) { input in
        let value = input.start..<input.end
        return VehicleNumber.judge(input.text.bytes[value], keyword: false).map { (value, $0, false) }
    }

    static let ipAddress = Rule(
        id: "phi.ip-address", kind: .ipAddress, severity: .medium,
        expression: #"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b"#, roles: proseRoles,
        message: "a person's IP address: use one from the documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24)"
    ) { input in
        let value = input.start..<input.end
        guard input.text.isDelimited(input.start, input.end, by: { ByteClass.isDigit($0) || $0 == 46 }),
              let verdict = IPAddress.judge(input.text.bytes[value]), IPAddress.belongsToPerson(value, in: input.text)
        else { return nil }
        return (value, verdict, false)
    }

    static let url = Rule(
        id: "phi.url", kind: .url, severity: .medium, expression: #"https?://"#, caseless: true, roles: proseRoles,
        message: "a URL that identifies a person or their record: use example.com and synthetic ids"
    ) { input in
        PersonURL.judge(input)
    }

    /// A date field named for an event in someone's care: `admission_date`, `dischargeDt`,
    /// `date_of_service`, `DOS:`, `DOD`. Everywhere.
    static let dateField = Rule(
        id: "phi.date", kind: .date, severity: .medium,
        expression: #"((admit|admission|discharge|readmit|readmission|death|service|surgery|procedure|visit|encounter|appointment|appt|delivery|injury|transfer|onset|diagnosis|vaccination|immunization|last[ _-]?seen)[ _-]?(date|dt|ts|time|datetime|day)|date[ _-]?of[ _-]?(death|service|admission|discharge|surgery|injury|visit|procedure|encounter|delivery|diagnosis)|dos|dod)\b"#,
        caseless: true, roles: FileRole.prose,
        message: "a date tied to a person (admission, discharge, death, service): shift it, or use `phiguard synth generate` data in code and tests"
    ) { input in
        judgeDate(input)
    }

    /// The same fields as code, config and data spell their keys (`admission_date`, `dischargeDt`,
    /// `date_of_service`): a shorter pattern for large trees.
    static let dateKey = Rule(
        id: "phi.date", kind: .date, severity: .medium,
        expression: #"(admit|admission|discharge|readmission|death|service|surgery|procedure|visit|encounter|appointment|appt|delivery|injury|onset|diagnosis)[_-]?(date|dt|ts|datetime)\b|date[_-]?of[_-]?(death|service|admission|discharge|surgery|injury|visit|procedure|encounter|delivery|diagnosis)\b|\b(dos|dod)\b"#,
        caseless: true, roles: FileRole.structured,
        message: "a date tied to a person (admission, discharge, death, service): shift it, or use `phiguard synth generate` data in code and tests"
    ) { input in
        judgeDate(input)
    }

    /// An event in someone's care followed by its date: `admitted on 3/14/2024`, `died 2023-01-05`.
    /// In prompts, logs, notes and data files (code names the field instead).
    static let dateEvent = Rule(
        id: "phi.date", kind: .date, severity: .medium,
        expression: #"(admit(ted|s)?|admitting|discharg(ed|es)|readmitted|deceased|died|expired|passed[ _-]away|operated|delivered|transferred|injured|diagnosed|vaccinated|immunized|last[ _-]?seen)\b"#,
        caseless: true, roles: FileRole.prose.union([.data]),
        message: "a date tied to a person (admission, discharge, death, service): shift it, or use `phiguard synth generate` data in code and tests"
    ) { input in
        judgeDate(input)
    }

    private static func judgeDate(_ input: RuleInput) -> (value: Range<Int>, verdict: Verdict, personField: Bool)? {
        guard input.start == 0 || !ByteClass.isAlphanumeric(input.text[input.start - 1]),
              let digit = input.text.firstDigit(after: input.end, within: 25, stoppingAt: [44, 59]),
              let date = DateValue.parse(input.text, digitAt: digit), date.isPlausibleRecordDate
        else { return nil }
        return (date.range, date.isSentinel(role: input.file.role) ? .synthetic : .finding, false)
    }
}

/// Vehicle identification numbers (ISO 3779, with the North American check digit).
enum VehicleNumber {
    /// Digits and capitals other than I, O and Q.
    static func isVINCharacter(_ byte: UInt8) -> Bool {
        ByteClass.isDigit(byte) || ((65...90).contains(byte) && byte != 73 && byte != 79 && byte != 81)
    }

    static func judge(_ value: ArraySlice<UInt8>, keyword: Bool) -> Verdict? {
        let characters = Array(value)
        guard characters.count == 17 else { return nil }
        let letters = characters.filter(ByteClass.isLetter).count, digits = characters.count - letters
        guard letters >= 2, digits >= 4 else { return nil }
        if Set(characters).count <= 2 || examples.contains(String(decoding: characters, as: UTF8.self)) { return .synthetic }
        if checkDigitHolds(characters) { return .finding }
        // A VIN from outside North America has no check digit: with its keyword it still counts.
        return keyword ? .finding : nil
    }

    /// VINs printed in documentation and test suites.
    private static let examples: Set<String> = ["1HGCM82633A004352", "1HGBH41JXMN109186", "1M8GDM9AXKP042788", "5YJSA1E14HF000000",
                                                "WVWZZZ1JZ3W386752", "JH4KA7561PC008269", "1FTFW1ET5DFC10312"]

    static func checkDigitHolds(_ characters: [UInt8]) -> Bool {
        let weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        var sum = 0
        for (index, character) in characters.enumerated() {
            guard let value = transliteration(character) else { return false }
            sum += value * weights[index]
        }
        let remainder = sum % 11
        let expected: UInt8 = remainder == 10 ? UInt8(ascii: "X") : UInt8(48 + remainder)
        return characters[8] == expected
    }

    private static func transliteration(_ character: UInt8) -> Int? {
        switch character {
        case 48...57: return Int(character - 48)
        case 65...72: return Int(character - 64)  // A–H: 1–8
        case 74...78: return Int(character - 73)  // J–N: 1–5
        case 80: return 7
        case 82: return 9
        case 83...90: return Int(character - 81)  // S–Z: 2–9
        default: return nil
        }
    }
}

/// IPv4 addresses that can belong to a person's device.
enum IPAddress {
    /// A public address is a finding; the documentation ranges are examples; private, loopback,
    /// link-local, shared, multicast and reserved ones identify no one.
    static func judge(_ value: ArraySlice<UInt8>) -> Verdict? {
        let parts = value.split(separator: 46)
        guard parts.count == 4 else { return nil }
        var octets: [Int] = []
        for part in parts {
            guard (1...3).contains(part.count), !(part.count > 1 && part.first == 48), let number = Int(String(decoding: part, as: UTF8.self)),
                  number <= 255
            else { return nil }
            octets.append(number)
        }
        let (a, b, c) = (octets[0], octets[1], octets[2])
        if (a == 192 && b == 0 && c == 2) || (a == 198 && b == 51 && c == 100) || (a == 203 && b == 0 && c == 113) { return .synthetic }
        if a == 0 || a == 10 || a == 127 || a >= 224 || (a == 100 && (64...127).contains(b)) || (a == 169 && b == 254)
            || (a == 172 && (16...31).contains(b)) || (a == 192 && b == 168) || (a == 198 && (18...19).contains(b)) || (a == 192 && b == 0 && c == 0)
        {
            return nil
        }
        return .finding
    }

    private static let personWords = [
        "patient", "user", "member", "client ip", "client_ip", "clientip", "remote_addr", "remote-addr", "remoteaddr",
        "x-forwarded-for", "login", "logged in", "log in", "logon", "signed in", "sign-in", "signin", "portal", "home",
        "her ", "his ", "their ", "device", "phone", "browser", "session", "src_ip", "source ip", "from ip", "ip address",
        "ip addr", "subscriber", "account", "mychart", "visitor", "customer",
    ]

    /// Whether the line ties the address to a person: a user, a login, a patient, a client address,
    /// or an access-log request line (`73.162.4.201 - - [..] "GET /patients/…"`).
    static func belongsToPerson(_ value: Range<Int>, in text: ScanText) -> Bool {
        let line = text.line(at: value.lowerBound)
        if personWords.contains(where: { ByteClass.contains(line, $0) }) { return true }
        let lineStart = text.lineStart(value.lowerBound)
        let isFirstToken = text.bytes[lineStart..<value.lowerBound].allSatisfy { $0 == 32 || $0 == 9 }
        return isFirstToken && ["\"get ", "\"post ", "\"put ", "\"delete ", "\"patch "].contains { ByteClass.contains(line, $0) }
    }
}

/// URLs that point at one person's record or page.
enum PersonURL {
    private static let recordSegments: Set<String> = [
        "patient", "patients", "member", "members", "person", "persons", "people", "encounter", "encounters", "chart",
        "charts", "record", "records", "visit", "visits", "subscriber", "subscribers", "beneficiary", "claims", "claim",
    ]
    private static let personParameters: Set<String> = [
        "patient", "patient_id", "patientid", "pid", "mrn", "member_id", "memberid", "ssn", "dob", "birthdate", "name",
        "first_name", "last_name", "firstname", "lastname", "email", "phone", "encounter_id", "subscriber_id", "claim_id",
    ]
    /// Pages about one person's illness, care or death: a journal, a fundraiser, an obituary.
    private static let careHosts = [
        "caringbridge.org/site/", "caringbridge.org/visit/", "gofundme.com/f/", "legacy.com/us/obituaries/",
        "legacy.com/obituaries/", "lotsahelpinghands.com/c/", "mealtrain.com/trains/", "givesendgo.com/", "spotfund.com/story/",
    ]
    private static let profileHosts = ["facebook.com/", "linkedin.com/in/", "instagram.com/", "twitter.com/", "x.com/", "tiktok.com/@", "myspace.com/"]

    static func judge(_ input: RuleInput) -> (value: Range<Int>, verdict: Verdict, personField: Bool)? {
        let text = input.text
        var end = input.end
        while end < text.count, !isURLEnd(text[end]) { end += 1 }
        while end > input.end, [46, 44, 41, 59, 58, 39, 34].contains(text[end - 1]) { end -= 1 }
        let value = input.start..<end
        let lower = String(decoding: ByteClass.lowercased(text.bytes[value]), as: UTF8.self)
        let afterScheme = lower.drop { $0 != "/" }.drop { $0 == "/" }
        let host = String(afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" })
        guard !host.isEmpty else { return nil }
        let rest = afterScheme.dropFirst(host.count)
        if EmailJudge.isReserved(host) || PublicTestData.testHosts.contains(where: { lower.contains($0) }) {
            return identifiesRecord(rest) ? (value, .synthetic, false) : nil
        }
        if identifiesRecord(rest) { return (value, .finding, false) }
        let aboutPerson = ["patient", "her ", "his ", "pt ", "member", "family", "mother", "father", "daughter", "son ", "she ", "he "]
            .contains { ByteClass.containsWordStart(text.lines(around: input.start, count: 1), $0) }
        // A care journal, a fundraiser or an obituary page is one person's by construction.
        if let page = careHosts.first(where: { lower.contains($0) }), let at = lower.range(of: page),
           lower[at.upperBound...].filter(\.isLetter).count >= 3
        {
            return (value, .finding, false)
        }
        // A page named for a person: `gofundme.com/f/help-kristine-johnson-fight-cancer`.
        if aboutPerson, namesPerson(rest) { return (value, .finding, false) }
        // A social profile counts where the text is about a person.
        if profileHosts.contains(where: { lower.contains($0) }), rest.count > 2, aboutPerson {
            return (value, .finding, false)
        }
        return nil
    }

    /// A record segment followed by an id (`/patients/48213`), or a person parameter with a value (`?mrn=00482913`).
    private static func identifiesRecord(_ rest: Substring) -> Bool {
        let pathEnd = rest.firstIndex { $0 == "?" || $0 == "#" } ?? rest.endIndex
        let segments = rest[..<pathEnd].split(separator: "/").map(String.init)
        for (index, segment) in segments.enumerated() where recordSegments.contains(segment) && index + 1 < segments.count {
            let id = segments[index + 1]
            if id.filter(\.isNumber).count >= 4 || IdentifierValue.isUUID(ArraySlice(id.utf8)) { return true }
        }
        guard pathEnd < rest.endIndex else { return false }
        for pair in rest[rest.index(after: pathEnd)...].split(whereSeparator: { $0 == "&" || $0 == ";" || $0 == "#" }) {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, personParameters.contains(String(parts[0])) else { continue }
            let value = parts[1]
            guard value.count >= 3, !value.hasPrefix("{"), !value.hasPrefix("<"), !value.hasPrefix("$"), !value.hasPrefix(":") else { continue }
            // `?name=fhirtordf` (a badge's package): a name parameter counts when it holds a person's name.
            if parts[0].hasSuffix("name") {
                let words = value.replacingOccurrences(of: "%20", with: "+").split(whereSeparator: { "+_-. ".contains($0) })
                guard words.contains(where: { NameLists.givenName(Array($0.utf8)) != nil || NameLists.surname(Array($0.utf8)) != nil }) else { continue }
            }
            return true
        }
        return false
    }

    /// A path segment holding a listed first name and a listed surname joined by `-`, `_` or `.`
    /// (`help-kristine-johnson-fight-cancer`).
    private static func namesPerson(_ rest: Substring) -> Bool {
        let path = rest.prefix { $0 != "?" && $0 != "#" }
        for segment in path.split(separator: "/") {
            let words = segment.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).map { Array($0.utf8) }
            for (first, second) in zip(words, words.dropFirst()) where first.count >= 3 && second.count >= 3 {
                if let given = NameLists.givenName(first), let surname = NameLists.surname(second), !given.isWord, !surname.isWord { return true }
            }
        }
        return false
    }

    private static func isURLEnd(_ byte: UInt8) -> Bool {
        byte <= 32 || [34, 39, 60, 62, 96, 93, 125, 124, 92].contains(byte)
    }
}

extension DateValue {
    /// A date in a record: 1900 to 2100, a real day.
    var isPlausibleRecordDate: Bool {
        (1900...2100).contains(year) && (1...12).contains(month) && day >= 1 && isPlausibleDay
    }

    private var isPlausibleDay: Bool {
        let days = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }

    /// Dates everyone uses as placeholders: 1900-01-01, the Unix epoch, and in code, docs and config
    /// (API examples, fixtures) the first of January of any year. Not in a notebook: its outputs are
    /// data, and the first of January is a real birthday (often an assigned one).
    func isSentinel(role: FileRole) -> Bool {
        if month == 1, day == 1, [1900, 1901, 1970, 2000].contains(year) { return true }
        if month == 12, day == 31, [1899, 1969, 1999, 2099, 2999, 9999].contains(year) { return true }
        if month == 1, day == 1, role == .code || role == .docs || role == .config || role == .other { return true }
        return false
    }
}
