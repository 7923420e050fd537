/// Identifiers that have a keyword but no fixed shape — every HIPAA Safe Harbor category with one:
/// patient, encounter and visit ids, health plan member numbers, claim, account, licence and device
/// numbers. The keyword anchors the match; the judge reads the value after it and checks that it is
/// an identifier (enough digits, not a date, a year, a template or a placeholder).
enum KeywordIdentifierRules {
    static let all: [Rule] = [
        patientIDLabel, patientIDDirect, patientIDPath, patientIDQuery, patientIDObject,
        healthPlanLabel, healthPlanDirect, healthPlanContext, healthPlanFromCard, claimLabel, claimDirect, accountLabel, accountDirect,
        licenseLabel, licenseDirect, deviceLabel, deviceWord, deviceSerialMark,
    ] + fieldRules

    // MARK: - Field keys in code, config and data

    /// Every identifier field key of code, config and data in one engine pattern (`patient_id`,
    /// `memberNumber`, `claim_no`, `drivers_license_number`): one pattern keeps the engine fast on
    /// large trees, and each kind's rule judges the keys that are its own.
    private static let fieldKey = #"(patient|person|encounter|visit|admission|episode|chart|accession|specimen|member|subscriber|policyholder|insurance|insured|medicaid|beneficiary|claim|account|license|licence|certificate|passport|plate|serial|device|implant|pacemaker|pump|transmitter|sensor|imei|policy|group|\b(pt|pat|hicn|clm|icn|acct|cgm|udi|grp))[_-]?(id|ids|identifier|number|num|nbr|no|key|serial|sn)\b"#

    private static let fieldKinds: [(FindingKind, String, Set<String>)] = [
        (.patientID, "patient-id", ["patient", "pat", "pt", "person", "encounter", "visit", "admission", "episode", "chart", "accession", "specimen"]),
        (.healthPlanID, "health-plan-id", ["member", "subscriber", "policyholder", "insurance", "insured", "medicaid", "beneficiary", "hicn", "policy", "group", "grp"]),
        (.claimNumber, "claim-number", ["claim", "clm", "icn"]),
        (.accountNumber, "account-number", ["account", "acct"]),
        (.licenseNumber, "license-number", ["license", "licence", "certificate", "passport", "plate"]),
        (.deviceID, "device-id", ["serial", "device", "implant", "pacemaker", "pump", "cgm", "transmitter", "sensor", "udi", "imei"]),
    ]

    static let fieldRules: [Rule] = fieldKinds.map { kind, name, keywords in
        let base = keyword(kind, name, fieldKey, roles: FileRole.structured, message: message(for: kind))
        return Rule(id: base.id, kind: kind, severity: .high, expression: fieldKey, caseless: true, roles: FileRole.structured,
                    message: base.message) { input in
            // The key's first word says which kind of id it is; `group_id`, `policy_id` and `plan_id`
            // name machines' groups and policies, `account_id` a cloud account.
            var wordEnd = input.start
            while wordEnd < input.end, ByteClass.isLetter(input.text[wordEnd]) { wordEnd += 1 }
            let word = String(decoding: ByteClass.lowercased(input.text.bytes[input.start..<wordEnd]), as: UTF8.self)
            guard keywords.contains(word) else { return nil }
            let label = String(decoding: ByteClass.lowercased(input.text.bytes[wordEnd..<input.end].filter(ByteClass.isLetter)), as: UTF8.self)
            if ["policy", "group", "grp", "account", "acct", "license", "licence", "certificate", "passport", "plate"].contains(word),
               ["id", "ids", "identifier", "key"].contains(label)
            {
                return nil
            }
            return base.judge(input)
        }
    }

    private static func message(for kind: FindingKind) -> String {
        switch kind {
        case .patientID: "patient, encounter or visit identifier: use an id with the policy's synthetic prefix (`phiguard synth value patient-id`) in code and tests"
        case .healthPlanID: "health plan member, subscriber, policy or group number: use a value with the policy's synthetic prefix in code and tests"
        case .claimNumber: "claim number: use a value with the policy's synthetic prefix in code and tests"
        case .accountNumber: "account number: use a value with the policy's synthetic prefix in code and tests"
        case .licenseNumber: "licence, certificate or passport number: use a value with the policy's synthetic prefix in code and tests"
        default: "device identifier or serial number: use a value with the policy's synthetic prefix in code and tests"
        }
    }

    /// Label words after a keyword; `#` ends the label itself (no word boundary follows it).
    private static let labels = #"((id|ids|identifier|number|numbers|num|nbr|no|key)\b|#)"#
    private static let numberLabels = #"((number|numbers|num|nbr|no)\b|#)"#

    static let patientIDLabel = keyword(
        .patientID, "patient-id",
        #"(patient|pt|pat|person|encounter|enc|visit|admission|adm|episode|chart|accession|specimen)([ _.(-]|[ ]with[ ])?"# + labels,
        roles: FileRole.prose,
        message: "patient, encounter or visit identifier: use an id with the policy's synthetic prefix (`phiguard synth value patient-id`) in code and tests")

    /// `patient 99812734`, `pt #4821`, `encounter 99812734`, `FIN 20481133`.
    static let patientIDDirect = keyword(
        .patientID, "patient-id", #"(\b([Pp][Aa][Tt][Ii][Ee][Nn][Tt]|[Ee][Nn][Cc][Oo][Uu][Nn][Tt][Ee][Rr]|[Vv][Ii][Ss][Ii][Tt])[Ss]?|\b[Pp]t|\b(FIN|CSN|HAR))[ \t]{0,2}[#:]?[ \t]{0,2}[A-Za-z]{0,8}\d"#,
        caseless: false, direct: true,
        message: "patient, encounter or visit identifier: use an id with the policy's synthetic prefix (`phiguard synth value patient-id`) in code and tests")

    /// `/patients/48213/labs`, FHIR's `Patient/48213`.
    static let patientIDPath = keyword(
        .patientID, "patient-id", #"(\b|/)(patients?|encounters?|visits?|persons?|people|admissions?|charts?)/[A-Za-z0-9-]{0,30}\d"#,
        path: true,
        message: "patient, encounter or visit identifier in a path: use an id with the policy's synthetic prefix in code and tests")

    static let patientIDQuery = keyword(
        .patientID, "patient-id", #"[?&;](patient[_-]?id|patientid|pid|pat_?id|encounter[_-]?id|visit[_-]?id|person[_-]?id)="#,
        message: "patient, encounter or visit identifier in a URL: use an id with the policy's synthetic prefix in code and tests")

    /// `Patient{id=552244, …}`, `Encounter(id=…)`: a record's printed form in a stack trace or a log.
    static let patientIDObject = keyword(
        .patientID, "patient-id", #"\b(patient|encounter|visit|admission)[{(\[][ ]?(id|patientid|patient_id|mrn)[ ]?[=:]"#,
        message: "patient, encounter or visit identifier in a logged record: use an id with the policy's synthetic prefix in code and tests")

    static let healthPlanLabel = keyword(
        .healthPlanID, "health-plan-id",
        #"(member|subscriber|policyholder|insurance|insured|health[ _-]?plan|medicaid|medi-cal|beneficiary|bene|hicn|payer[ _-]?member|plan[ _-]?member)[ _.-]?"# + labels + #"|(policy|group|grp)[ _.-]?"# + numberLabels,
        roles: FileRole.prose,
        message: "health plan member, subscriber, policy or group number: use a value with the policy's synthetic prefix in code and tests")

    static let healthPlanDirect = keyword(
        .healthPlanID, "health-plan-id", #"\b(member|subscriber|medicaid|medi-cal|policy|grp)[ \t]{0,2}[#:]?[ \t]{0,2}[A-Z]{0,4}\d"#, direct: true,
        message: "health plan member, subscriber, policy or group number: use a value with the policy's synthetic prefix in code and tests")

    /// `Insurance card says ID 70088732201`, `ins UnitedHealthcare 41357226101`: an id after an
    /// insurance word in the same sentence.
    static let healthPlanContext = keyword(
        .healthPlanID, "health-plan-id", #"\b(insurance|ins|coverage|payer|aetna|cigna|humana|bcbs|anthem|kaiser|tricare|unitedhealthcare|uhc|medicaid|medi-cal|blue[ ]cross|blue[ ]shield)\b[^\n.;?!]{0,40}\b(ID|Id|ID#|id#)[ \t]{0,2}[#:]?[ \t]{0,2}[A-Za-z]{0,4}\d"#,
        direct: true,
        message: "health plan member, subscriber, policy or group number: use a value with the policy's synthetic prefix in code and tests")

    /// `I type MA72094J from my card`: an id read off a card, in a prompt or a note.
    static let healthPlanFromCard = Rule(
        id: "phi.health-plan-id", kind: .healthPlanID, severity: .high,
        expression: #"\b[A-Z]{1,4}\d{5,}[A-Z0-9]{0,4} +(from|on|off) +(my|the|his|her|their|your) +([Ii]nsurance +|[Mm]ember +|ID +|[Mm]edicaid +|[Mm]edicare +)?card\b"#,
        caseless: false, roles: FileRole.prose,
        message: "health plan member, subscriber, policy or group number: use a value with the policy's synthetic prefix in code and tests"
    ) { input in
        var end = input.start
        while end < input.text.count, ByteClass.isAlphanumeric(input.text[end]) { end += 1 }
        let value = input.start..<end
        guard input.text.isDelimited(value.lowerBound, value.upperBound, by: ByteClass.isAlphanumeric),
              let verdict = IdentifierValue.judge(value, kind: .healthPlanID, labelled: false, in: input)
        else { return nil }
        return (value, verdict, false)
    }

    static let claimLabel = keyword(
        .claimNumber, "claim-number", #"(claim|clm|icn|dcn|tcn)[ _.-]?((id|number|numbers|num|nbr|no|control[ _-]?number)\b|#)"#,
        roles: FileRole.prose,
        message: "claim number: use a value with the policy's synthetic prefix in code and tests")

    static let claimDirect = keyword(
        .claimNumber, "claim-number", #"\b(claims?|CLP\*)[ \t]{0,2}[#:]?[ \t]{0,2}((is|was|es)[ ]{1,2})?[A-Z]{0,4}-?\d"#, direct: true,
        message: "claim number: use a value with the policy's synthetic prefix in code and tests")

    static let accountLabel = keyword(
        .accountNumber, "account-number",
        #"(account|acct|acc|a/c|billing[ _-]?account|guarantor[ _-]?account|hospital[ _-]?account|patient[ _-]?account|bank[ _-]?account)[ _.-]?"# + numberLabels + #"\b"#,
        roles: FileRole.prose,
        message: "account number: use a value with the policy's synthetic prefix in code and tests")

    static let accountDirect = keyword(
        .accountNumber, "account-number", #"\b(acct|account)[ \t]{0,2}[#=:]?[ \t]{0,2}((is|was|es)[ ]{1,2})?[A-Z]{0,3}\d"#, direct: true,
        message: "account number: use a value with the policy's synthetic prefix in code and tests")

    static let licenseLabel = keyword(
        .licenseNumber, "license-number",
        #"(drivers?'?s?[ _-]?licen[cs]e|licen[cs]e|certificate|passport|licen[cs]e[ _-]?plate|plate)[ _.-]?"# + numberLabels + #"|state[ _-]?id\b"#,
        roles: FileRole.prose,
        message: "licence, certificate or passport number: use a value with the policy's synthetic prefix in code and tests")

    static let licenseDirect = keyword(
        .licenseNumber, "license-number", #"\b(drivers?'?s?[ ]licen[cs]e|licen[cs]e|passport|licen[cs]e plate|DL|dl)[ \t]{0,2}[#:]?[ \t]{0,2}([A-Z]{1,3} ?)?\d"#, direct: true,
        message: "licence, certificate or passport number: use a value with the policy's synthetic prefix in code and tests")

    static let deviceLabel = keyword(
        .deviceID, "device-id",
        #"(serial|serials|device|implant|pacemaker|pump|cgm|transmitter|sensor|defibrillator|hearing[ _-]?aids?|udi|imei|meid)[ _.-]?((number|num|nbr|no|id|identifier|serial|sn)\b|#)"#,
        roles: FileRole.prose,
        message: "device identifier or serial number: use a value with the policy's synthetic prefix in code and tests")

    /// `pacemaker PM-4829-1173`, `Hearing aid serials L:7198A8531`: the device word alone, in prose and data.
    static let deviceWord = keyword(
        .deviceID, "device-id",
        #"(serial|serials|implant|pacemaker|pump|cgm|transmitter|sensor|defibrillator|hearing[ _-]?aids?|udi|imei|meid)\b"#,
        roles: proseAndData,
        message: "device identifier or serial number: use a value with the policy's synthetic prefix in code and tests")

    static let deviceSerialMark = keyword(
        .deviceID, "device-id", #"\b(S/N|SN)[ \t]?[:#]?[ \t]?[A-Z0-9]"#, caseless: false, direct: true,
        message: "device identifier or serial number: use a value with the policy's synthetic prefix in code and tests")

    /// A keyword rule: the engine finds the keyword (and label), the judge reads and checks the value.
    /// `direct` rules end at the value's first digit (the keyword is followed by the value itself);
    /// `path` rules end inside a path segment that follows a resource name.
    /// Where a keyword followed straight by its value (`patient 99812734`) is written: prompts, logs,
    /// notes and data files. Code and config name the field (`patient_id=`), which the label rules read.
    private static let proseAndData: Set<FileRole> = FileRole.prose.union([.data])

    private static func keyword(
        _ kind: FindingKind, _ name: String, _ expression: String, caseless: Bool = true, direct: Bool = false,
        path: Bool = false, roles: Set<FileRole>? = nil, message: String
    ) -> Rule {
        Rule(id: "phi.\(name)", kind: kind, severity: .high, expression: expression, caseless: caseless,
             roles: roles ?? (direct ? proseAndData : nil), message: message) { input in
            // The keyword starts a word, or follows `_` (`guarantor_account_number`); the engine's
            // patterns leave the boundary to this check, which keeps them cheap.
            guard direct || path || expression.hasPrefix("[") || input.start == 0 || !ByteClass.isAlphanumeric(input.text[input.start - 1])
            else { return nil }
            let start: Int
            if direct || path {
                // Back to the value's own start: the first letter or digit after the separators.
                var index = input.end - 1
                while index > input.start, ByteClass.isAlphanumeric(input.text[index - 1]) || input.text[index - 1] == 45 { index -= 1 }
                if path {
                    guard index > 0, input.text[index - 1] == 47 else { return nil }
                } else {
                    // The value starts after the keyword's separators (`#`, spaces), not inside the keyword.
                    guard index > input.start else { return nil }
                }
                start = index
            } else {
                guard let found = IdentifierValue.start(after: input.end, in: input.text) else { return nil }
                start = found
            }
            let spaced = kind == .licenseNumber || kind == .healthPlanID || kind == .accountNumber
            guard let value = IdentifierValue.token(at: start, in: input.text, allowUUID: input.file.role.isProse, spacedGroups: spaced)
            else { return nil }
            guard var verdict = IdentifierValue.judge(value, kind: kind, labelled: !(direct || path), in: input) else { return nil }
            // In code, a bare `serial` is a certificate's or a board's; a device's names the device.
            if kind == .deviceID, input.file.role == .code || input.file.role == .notebook,
               !["implant", "pacemaker", "pump", "device", "patient", "cgm", "defibrillator", "hearing", "udi", "imei"]
                   .contains(where: { ByteClass.contains(input.text.line(at: input.start), $0) })
            {
                return nil
            }
            // Ids on a public FHIR test server or in the specification's examples, CMS's negative
            // synthetic beneficiary ids (`Patient/-10000000000059`) and the SMART sample patients'
            // (`Patient/SMART-1098667`) are test data.
            if path, PublicTestData.isTestServerPath(before: start, in: input.text) || input.text.byte(at: start - 1) == 45
                || PublicTestData.isSampleID(input.text.bytes[value])
            {
                verdict = .synthetic
            }
            return (value, verdict, false)
        }
    }
}

/// Reading and judging the value after an identifier's keyword.
enum IdentifierValue {
    /// Where the value after a keyword ending at `offset` starts: past separators (`:`, `=`, `#`,
    /// quotes, `is`, `of`, `number`) on the same line, within a few bytes.
    static func start(after offset: Int, in text: ScanText) -> Int? {
        var index = offset
        var words = 0
        while index < text.count, index - offset < 40 {
            let byte = text[index]
            if [32, 9, 58, 61, 35, 34, 39, 96, 62, 40, 41, 91, 124, 45, 46].contains(byte) { index += 1; continue }
            guard ByteClass.isLetter(byte) else { break }
            // A label word between the keyword and the value: `Member ID is`, `claim no.`, `number on the EOB is`.
            var end = index
            while end < text.count, ByteClass.isLetter(text[end]) || text[end] == 46 { end += 1 }
            let word = String(decoding: ByteClass.lowercased(text.bytes[index..<end]), as: UTF8.self)
            guard words < 6, labelWords.contains(word) else { break }
            words += 1
            index = end
        }
        guard index < text.count, ByteClass.isAlphanumeric(text[index]) else { return nil }
        return index
    }

    private static let labelWords: Set<String> = [
        "is", "was", "of", "number", "num", "no", "no.", "nbr", "id", "identifier", "ending", "in", "#", "the", "on",
        "card", "eob", "file", "shows", "says", "reads", "listed", "as", "are", "were", "for", "l", "r",
        "my", "his", "her", "their", "your", "our", "from", "at", "letter", "wristband", "bracelet", "hospital", "es",
    ]

    /// The identifier token at `start`: letters and digits with inner dashes, 4–24 bytes
    /// (a UUID, 36, where `allowUUID`).
    static func token(at start: Int, in text: ScanText, allowUUID: Bool, spacedGroups: Bool = false) -> Range<Int>? {
        if let prefixed = prefixedID(at: start, in: text) { return prefixed }
        var end = start
        while end < text.count, end - start <= 40 {
            let byte = text[end]
            let nextIsPart = text.byte(at: end + 1).map(ByteClass.isAlphanumeric) ?? false
            // `609 813 458`: digit groups with single spaces, as licences and cards are printed.
            let digitGroup = spacedGroups && byte == 32 && end > start && ByteClass.isDigit(text[end - 1]) && groupFollows(end + 1, in: text)
            guard ByteClass.isAlphanumeric(byte) || (byte == 45 && nextIsPart) || digitGroup else { break }
            end += 1
        }
        let length = end - start
        // A token glued to more word characters (`abc_123`) or a decimal (`12.5`) is not an identifier.
        if let next = text.byte(at: end), next == 95 || (next == 46 && (text.byte(at: end + 1).map(ByteClass.isDigit) ?? false)) { return nil }
        if (4...24).contains(length) { return start..<end }
        if allowUUID, length == 36, isUUID(text.bytes[start..<end]) { return start..<end }
        return nil
    }

    /// `pat_2c5ff4b1ed0c`, `cus_9Hx2LmQ81Z`: a short lowercase prefix, `_`, then a random tail of 8 to
    /// 32 letters and digits (digits among them), the shape of ids that APIs mint.
    private static func prefixedID(at start: Int, in text: ScanText) -> Range<Int>? {
        var index = start
        while index < text.count, index - start < 6, (97...122).contains(text[index]) { index += 1 }
        guard index - start >= 2, text.byte(at: index) == 95 else { return nil }
        let tailStart = index + 1
        var end = tailStart
        while end < text.count, end - tailStart <= 32, ByteClass.isAlphanumeric(text[end]) { end += 1 }
        let tail = text.bytes[tailStart..<end]
        guard (8...32).contains(tail.count), ByteClass.digits(tail).count >= 2, tail.contains(where: ByteClass.isLetter),
              text.byte(at: end).map({ !ByteClass.isAlphanumeric($0) && $0 != 95 }) ?? true
        else { return nil }
        return start..<end
    }

    static func isPrefixedID(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let underscore = bytes.firstIndex(of: 95), underscore > bytes.startIndex else { return false }
        return bytes[..<underscore].allSatisfy { (97...122).contains($0) } && bytes.count - (underscore - bytes.startIndex) > 8
    }

    /// Two to four digits followed by a space, a punctuation mark or the end: the next group of a spaced number.
    private static func groupFollows(_ index: Int, in text: ScanText) -> Bool {
        var end = index
        while end < text.count, ByteClass.isDigit(text[end]) { end += 1 }
        guard (2...4).contains(end - index) else { return false }
        return text.byte(at: end).map { !ByteClass.isAlphanumeric($0) } ?? true
    }

    static func isUUID(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.count == 36 && bytes.enumerated().allSatisfy { offset, byte in
            [8, 13, 18, 23].contains(offset) ? byte == 45 : (ByteClass.isDigit(byte) || (97...102).contains(byte | 0x20))
        }
    }

    /// Whether a value is an identifier of `kind`, and whether it is a placeholder.
    /// `labelled`: the value follows a field label (`patient_id: "20190412"`), where an eight-digit
    /// number is the id, not a date; after a bare word (`visit 20190412`) it reads as a date.
    static func judge(_ value: Range<Int>, kind: FindingKind, labelled: Bool, in input: RuleInput) -> Verdict? {
        let bytes = input.text.bytes[value]
        let digits = ByteClass.digits(bytes)
        let alphanumerics = bytes.filter(ByteClass.isAlphanumeric).count
        let isCode = input.file.role == .code || input.file.role == .notebook
        // Real identifiers are mostly digits: `W123456789`, `CLM-2024-0048213`, not `v2-beta`.
        let uuid = isUUID(bytes)
        // Device serials mix letters and digits freely (`N59DHL`, `2YCCUH`).
        let shaped = kind == .deviceID
            ? digits.count >= (isCode ? 4 : input.file.role.isProse && alphanumerics >= 6 ? 1 : 2) && alphanumerics >= 5
                && bytes.contains(where: ByteClass.isLetter) || digits.count >= 5
            : digits.count >= (isCode ? 6 : 4) && digits.count * 2 >= alphanumerics
        // A minted id (`pat_2c5ff4b1ed0c`) after a patient, account or claim label is that record's id.
        let minted = kind != .deviceID && kind != .licenseNumber && isPrefixedID(bytes)
        guard uuid || shaped || minted else { return nil }
        // `Encounter/surgery-2024-01-15`: a slug holding a date is a name, not a number.
        if bytes.contains(where: ByteClass.isLetter), bytes.count >= 14, (0...(bytes.count - 10)).contains(where: { isISODate(at: value.lowerBound + $0, in: input.text) }) {
            return nil
        }
        // `claim 80-83`: two short numbers joined by a dash are a range or a score.
        let parts = bytes.split(separator: 45)
        if parts.count == 2, parts.allSatisfy({ $0.count <= 3 && $0.allSatisfy(ByteClass.isDigit) }) { return nil }
        if !uuid, !(labelled && bytes.allSatisfy(ByteClass.isDigit)), DateValue.parse(input.text.string(value))?.isPlausibleRecordDate ?? false { return nil }
        // A year (`claim 2024 was denied`), a quantity or a version is not an identifier.
        if digits.count == 4, alphanumerics == 4, let year = Int(input.text.string(value)), (1900...2099).contains(year) { return nil }
        if isUnitFollowing(value.upperBound, in: input.text) { return nil }
        // In code, an id is a literal in a record; a bare expression (`patient_id = row[3]`) is not a value.
        if isCode, !isLiteral(value, in: input.text) { return nil }
        if uuid, bytes.elementsEqual("3fa85f64-5717-4562-b3fc-2c963f66afa6".utf8) { return .synthetic }  // OpenAPI's example
        let prefix = input.file.mrnPrefix
        if !prefix.isEmpty, bytes.starts(with: prefix.utf8) { return .synthetic }
        if PlaceholderValues.isPlaceholderNumber(digits) || PlaceholderValues.hasPlaceholderWord(bytes) { return .synthetic }
        return .finding
    }

    /// `2024-01-15` at `start`: four digits, two, two, dash-separated, a real day.
    private static func isISODate(at start: Int, in text: ScanText) -> Bool {
        let shape = (0..<10).allSatisfy { index in
            let byte = text.byte(at: start + index) ?? 0
            return index == 4 || index == 7 ? byte == 45 : ByteClass.isDigit(byte)
        }
        return shape && (DateValue.parse(text.string(start..<(start + 10)))?.isPlausibleRecordDate ?? false)
    }

    /// `48 mg`, `12 hours`: a number with a unit is a quantity.
    private static func isUnitFollowing(_ end: Int, in text: ScanText) -> Bool {
        var index = end
        while index < text.count, text[index] == 32 { index += 1 }
        guard index > end else { return false }
        var wordEnd = index
        while wordEnd < text.count, ByteClass.isLetter(text[wordEnd]) { wordEnd += 1 }
        let word = String(decoding: ByteClass.lowercased(text.bytes[index..<wordEnd]), as: UTF8.self)
        return units.contains(word)
    }

    private static let units: Set<String> = [
        "mg", "mcg", "ml", "kg", "lb", "lbs", "g", "mm", "cm", "ms", "sec", "seconds", "minutes", "min", "hours", "hrs",
        "days", "weeks", "months", "years", "patients", "records", "rows", "bytes", "kb", "mb", "gb", "items", "times",
        "claims", "members", "visits", "encounters", "accounts",
    ]

    /// Whether a value in code is a literal: quoted, or a number right after `=`, `:` or `(`.
    private static func isLiteral(_ value: Range<Int>, in text: ScanText) -> Bool {
        guard let before = text.byte(at: value.lowerBound - 1) else { return false }
        if [34, 39, 96].contains(before) { return true }
        // A path segment or query value inside a string literal: the line holds a quote before it.
        if before == 47 || before == 61 || before == 35 || before == 32 {
            let lineStart = text.lineStart(value.lowerBound)
            let head = text.bytes[lineStart..<value.lowerBound]
            if head.contains(where: { $0 == 34 || $0 == 39 || $0 == 96 }) { return true }
        }
        return text.bytes[value].allSatisfy(ByteClass.isDigit)
    }
}

/// Hosts whose records are test data everyone can read: FHIR test servers and sandboxes.
enum PublicTestData {
    static let testHosts = [
        "hl7.org/fhir", "hapi.fhir.org", "fhirtest.uhn.ca", "server.fire.ly", "vonk.fire.ly", "spark.furore.com",
        "smarthealthit.org", "sandbox.bluebutton.cms.gov", "syntheticmass.mitre.org", "fhir-open.cerner.com",
        "fhir-open-sandboxcerner.com", "fhir.epic.com", "open-ic.epic.com", "test.fhir.org", "tx.fhir.org",
        "fhir.healthintersections.com.au", "wildfhir", "example.org", "example.com", "example.net", "localhost",
    ]

    /// Ids the public sample data sets give their patients: SMART on FHIR's sample patients (`SMART-1098667`).
    static func isSampleID(_ value: ArraySlice<UInt8>) -> Bool {
        value.starts(with: "SMART-".utf8)
    }

    /// Whether the URL around a path id (up to 200 bytes back on its line) is on a public test host.
    static func isTestServerPath(before offset: Int, in text: ScanText) -> Bool {
        let lineStart = text.lineStart(offset)
        let head = text.bytes[max(lineStart, offset - 200)..<offset]
        guard let scheme = head.lastRange(of: Array("://".utf8)) else { return false }
        let url = head[scheme.upperBound...]
        return testHosts.contains { ByteClass.contains(url, $0) }
    }
}
