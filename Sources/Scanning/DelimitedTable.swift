/// A CSV/TSV file read as records: the header names each column's meaning, so an `ssn` column's
/// bare digits, a `BIRTHDATE` column's dates and a `FIRST`/`LAST` column's names are judged as such.
struct DelimitedTable {
    /// What a column holds, from its header.
    enum ColumnRole: Equatable {
        case ssn, mrn, dob, npi, mbi, phone, email, personName, plainName, address, personMarker
    }

    let delimiter: UInt8
    let roles: [ColumnRole?]
    let headerEnd: Int

    /// The table of a delimited data file, or nil when the file is not one or its header names no person field.
    init?(text: ScanText, path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { delimiter = 44 } else if lower.hasSuffix(".tsv") { delimiter = 9 }
        else if lower.hasSuffix(".psv") { delimiter = 124 } else { return nil }
        headerEnd = text.lineEnd(0)
        let header = Self.cells(text, 0..<headerEnd, delimiter: delimiter)
        roles = header.map { Self.role(of: text.bytes[$0]) }
        guard roles.contains(where: { $0 != nil }) else { return nil }
    }

    /// The byte ranges of a line's cells, quotes removed (a quoted delimiter stays inside its cell).
    static func cells(_ text: ScanText, _ line: Range<Int>, delimiter: UInt8) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = line.lowerBound
        while index <= line.upperBound {
            if index < line.upperBound, text[index] == 34 {
                let start = index + 1
                var end = start
                while end < line.upperBound, !(text[end] == 34 && text.byte(at: end + 1) != 34) {
                    end += text[end] == 34 ? 2 : 1
                }
                result.append(start..<min(end, line.upperBound))
                index = end + 1
                while index < line.upperBound, text[index] != delimiter { index += 1 }
                index += 1
            } else {
                var end = index
                while end < line.upperBound, text[end] != delimiter { end += 1 }
                var trimmed = end
                if trimmed > index, text[trimmed - 1] == 13 { trimmed -= 1 }
                result.append(index..<trimmed)
                index = end + 1
            }
        }
        return result
    }

    /// The header's name for the column holding `offset`, when `offset` is in a data row.
    func column(at offset: Int, in text: ScanText) -> Int? {
        let start = text.lineStart(offset)
        guard start > headerEnd else { return nil }
        return Self.cells(text, start..<text.lineEnd(offset), delimiter: delimiter).firstIndex { $0.contains(offset) || $0.upperBound == offset }
    }

    private static func role(of header: ArraySlice<UInt8>) -> ColumnRole? {
        let name = String(decoding: ByteClass.lowercased(header.filter(ByteClass.isAlphanumeric)), as: UTF8.self)
        switch name {
        case "ssn", "socialsecuritynumber", "socialsecurity", "ssnumber", "itin", "patientssn": return .ssn
        case "mrn", "medicalrecordnumber", "medicalrecord", "patientmrn", "medrecno", "mrnumber": return .mrn
        case "dob", "birthdate", "dateofbirth", "birthday", "birthdt", "patientdob": return .dob
        case "npi", "providernpi", "npinumber": return .npi
        case "mbi", "medicarebeneficiaryidentifier", "medicareid", "medicarenumber": return .mbi
        case "phone", "phonenumber", "telephone", "tel", "mobile", "cell", "homephone", "cellphone", "workphone": return .phone
        case "email", "emailaddress", "mail": return .email
        case "first", "last", "firstname", "lastname", "givenname", "familyname", "surname", "middle", "middlename",
             "maiden", "maidenname", "patientname", "fullname", "fname", "lname", "patientfirstname", "patientlastname":
            return .personName
        case "name": return .plainName
        case "address", "streetaddress", "street", "address1", "addressline1", "addr", "homeaddress", "patientaddress",
             "mailingaddress":
            return .address
        case "patient", "patientid", "gender", "sex", "memberid", "race", "ethnicity", "deathdate", "marital": return .personMarker
        default: return nil
        }
    }

    /// Whether some column says the records are about people.
    var isAboutPeople: Bool {
        roles.contains { role in role != nil && role != .plainName && role != .address && role != .email && role != .phone }
    }

    /// The column-judged candidates of every data row.
    func candidates(_ text: ScanText, rules: ColumnRuleIDs, mrnPrefix: String) -> [Candidate] {
        var result: [Candidate] = []
        var lineStart = headerEnd + 1
        while lineStart < text.count {
            let lineEnd = text.lineEnd(lineStart)
            for (column, cell) in Self.cells(text, lineStart..<lineEnd, delimiter: delimiter).enumerated()
            where column < roles.count && !cell.isEmpty {
                guard let role = roles[column], let candidate = judge(role, cell, text, rules, mrnPrefix) else { continue }
                result.append(candidate)
            }
            lineStart = lineEnd + 1
        }
        return result
    }

    private func judge(_ role: ColumnRole, _ cell: Range<Int>, _ text: ScanText, _ rules: ColumnRuleIDs, _ mrnPrefix: String) -> Candidate? {
        let bytes = text.bytes[cell]
        let digits = ByteClass.digits(bytes)
        let onlyDigitsAndDashes = bytes.allSatisfy { ByteClass.isDigit($0) || $0 == 45 || $0 == 32 }
        switch role {
        case .ssn where onlyDigitsAndDashes && digits.count == 9:
            return Candidate(rule: rules.ssn, value: cell, verdict: IdentifierRules.ssn(digits))
        case .mrn:
            return PHIRules.judgeMRN(bytes, prefix: mrnPrefix).map { Candidate(rule: rules.mrn, value: cell, verdict: $0) }
        case .dob:
            guard let date = DateValue.parse(text.string(cell), offset: cell.lowerBound), date.isPlausibleBirthDate else { return nil }
            return Candidate(rule: rules.dob, value: cell, verdict: .finding)
        case .npi where digits.count == 10 && bytes.count == 10:
            return Candidate(rule: rules.npi, value: cell, verdict: IdentifierRules.npi(digits))
        case .mbi:
            let characters = bytes.filter { $0 != 45 }
            return characters.count == 11 ? Candidate(rule: rules.mbi, value: cell, verdict: IdentifierRules.mbi(characters)) : nil
        case .phone where bytes.allSatisfy({ ByteClass.isDigit($0) || "()-. +".utf8.contains($0) }):
            var number = digits
            if number.count == 11, number.first == 1 { number.removeFirst() }
            let verdict = IdentifierRules.nanpPhone(number)
            return verdict == .rejected ? nil : Candidate(rule: rules.phone, value: cell, verdict: verdict)
        case .personName, .plainName:
            guard PersonName.looksLikeName(bytes) else { return nil }
            return Candidate(rule: rules.name, value: cell, verdict: PersonName.isPlaceholder(bytes) ? .synthetic : .finding,
                             personField: role == .personName || isAboutPeople)
        case .address:
            guard StreetAddress.looksLikeStreet(bytes) else { return nil }
            return Candidate(rule: rules.address, value: cell, verdict: .finding, personField: isAboutPeople)
        default:
            return nil
        }
    }
}

/// Which rule (by index in the rule set) a column-judged candidate is reported under.
struct ColumnRuleIDs {
    var ssn: Int, mrn: Int, dob: Int, npi: Int, mbi: Int, phone: Int, name: Int, address: Int

    init(rules: [Rule]) {
        func index(_ kind: FindingKind) -> Int { rules.firstIndex { $0.kind == kind } ?? 0 }
        ssn = index(.ssn); mrn = index(.mrn); dob = index(.dob); npi = index(.npi); mbi = index(.mbi)
        phone = index(.phone); name = rules.firstIndex { $0.kind == .name } ?? 0; address = index(.address)
    }
}
