/// A table read as records: the header names each column's meaning, so an `ssn` column's bare
/// digits, a `BIRTHDATE` column's dates and a `FIRST`/`LAST` column's names are judged as such.
/// A CSV/TSV/PSV file is one table; free text (a prompt, a log, notes) may hold tables pasted from a
/// spreadsheet, `psql` or `print(df.head())`, found by their header line.
struct DelimitedTable {
    /// What a column holds, from its header.
    enum ColumnRole: Equatable {
        case ssn, mrn, dob, npi, mbi, phone, email, personName, plainName, address, personMarker
        case date, patientID, healthPlanID, claimNumber, accountNumber, zip
    }

    /// How cells are separated: one byte (`,`, tab, `|`), or runs of two or more spaces (aligned output).
    enum Delimiter: Equatable {
        case byte(UInt8)
        case spaces
    }

    let delimiter: Delimiter
    let roles: [ColumnRole?]
    /// The header line's byte range; data rows follow it.
    let header: Range<Int>
    /// Where the rows end (the buffer's end for a file; the first line that breaks the table in text).
    let rowsEnd: Int

    var headerEnd: Int { header.upperBound }

    /// The table of a delimited data file, or nil when the file is not one or its header names no person field.
    init?(text: ScanText, path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { delimiter = .byte(44) } else if lower.hasSuffix(".tsv") { delimiter = .byte(9) }
        else if lower.hasSuffix(".psv") { delimiter = .byte(124) } else { return nil }
        header = 0..<text.lineEnd(0)
        roles = Self.cells(text, header, delimiter: delimiter).map { Self.role(of: text.bytes[$0]) }
        rowsEnd = text.count
        guard roles.contains(where: { $0 != nil }) else { return nil }
    }

    private init(delimiter: Delimiter, roles: [ColumnRole?], header: Range<Int>, rowsEnd: Int) {
        self.delimiter = delimiter
        self.roles = roles
        self.header = header
        self.rowsEnd = rowsEnd
    }

    /// Tables pasted into free text: a header line of two or more cells, at least one naming a person
    /// field, and the rows under it that have the same delimiter.
    static func tables(inText text: ScanText) -> [DelimitedTable] {
        var tables: [DelimitedTable] = []
        var lineStart = 0
        while lineStart < text.count {
            let lineEnd = text.lineEnd(lineStart)
            let line = lineStart..<lineEnd
            if let delimiter = delimiter(of: line, in: text) {
                let roles = cells(text, line, delimiter: delimiter).map { role(of: text.bytes[$0]) }
                if roles.count >= 2, roles.contains(where: { $0 != nil }) {
                    let end = rowsEnd(after: lineEnd, delimiter: delimiter, in: text)
                    if end > lineEnd + 1 {
                        tables.append(DelimitedTable(delimiter: delimiter, roles: roles, header: line, rowsEnd: end))
                        lineStart = end + 1
                        continue
                    }
                }
            }
            lineStart = lineEnd + 1
        }
        return tables
    }

    /// The delimiter a line uses: a tab, two or more `|` or `,`, or two or more runs of spaces.
    private static func delimiter(of line: Range<Int>, in text: ScanText) -> Delimiter? {
        let bytes = text.bytes[line]
        if bytes.contains(9) { return .byte(9) }
        if bytes.filter({ $0 == 124 }).count >= 2 { return .byte(124) }
        if bytes.filter({ $0 == 44 }).count >= 2, !bytes.contains(where: { $0 == 40 || $0 == 61 }) { return .byte(44) }
        var gaps = 0, run = 0
        for byte in bytes.drop(while: { $0 == 32 }) {
            if byte == 32 { run += 1 } else { if run >= 2 { gaps += 1 }; run = 0 }
        }
        return gaps >= 2 ? .spaces : nil
    }

    /// The end of the rows under a header: lines with the same delimiter, separator lines allowed.
    private static func rowsEnd(after headerEnd: Int, delimiter: Delimiter, in text: ScanText) -> Int {
        var end = headerEnd
        var lineStart = headerEnd + 1
        while lineStart < text.count {
            let lineEnd = text.lineEnd(lineStart)
            let line = text.bytes[lineStart..<lineEnd]
            let separatorLine = !line.isEmpty && line.allSatisfy { [45, 43, 124, 61, 32, 58].contains($0) }
            guard separatorLine || Self.delimiter(of: lineStart..<lineEnd, in: text) == delimiter else { break }
            end = lineEnd
            lineStart = lineEnd + 1
        }
        return end
    }

    /// The byte ranges of a line's cells, quotes removed (a quoted delimiter stays inside its cell),
    /// spaces around cells trimmed.
    static func cells(_ text: ScanText, _ line: Range<Int>, delimiter: Delimiter) -> [Range<Int>] {
        switch delimiter {
        case let .byte(byte): return cells(text, line, delimiter: byte)
        case .spaces:
            var result: [Range<Int>] = []
            var index = line.lowerBound
            while index < line.upperBound {
                while index < line.upperBound, text[index] == 32 { index += 1 }
                guard index < line.upperBound else { break }
                var end = index
                while end < line.upperBound, !(text[end] == 32 && text.byte(at: end + 1) == 32), text[end] != 13 { end += 1 }
                result.append(index..<end)
                index = end
                if index < line.upperBound, text[index] == 13 { break }
            }
            return result
        }
    }

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
                var start = index, trimmed = end
                if trimmed > start, text[trimmed - 1] == 13 { trimmed -= 1 }
                // Aligned `psql` and Markdown tables pad their cells.
                if delimiter != 44 {
                    while start < trimmed, text[start] == 32 { start += 1 }
                    while trimmed > start, text[trimmed - 1] == 32 { trimmed -= 1 }
                }
                result.append(start..<trimmed)
                index = end + 1
            }
        }
        return result
    }

    /// The column holding `offset`, when `offset` is in a data row.
    func column(at offset: Int, in text: ScanText) -> Int? {
        let start = text.lineStart(offset)
        guard start > headerEnd, start <= rowsEnd else { return nil }
        return alignedCells(text, start..<text.lineEnd(offset)).firstIndex { $0.contains(offset) || $0.upperBound == offset }
    }

    /// A row's cells lined up with the header: output with an index column (`print(df.head())`)
    /// has one cell more than its header, at the front.
    private func alignedCells(_ text: ScanText, _ line: Range<Int>) -> [Range<Int>] {
        var cells = Self.cells(text, line, delimiter: delimiter)
        if delimiter == .byte(124) {
            // `| a | b |`: the empty cells outside the outer bars are not columns.
            if let first = cells.first, first.isEmpty, text.bytes[line].first(where: { $0 != 32 }) == 124 { cells.removeFirst() }
        }
        if delimiter == .spaces, cells.count == roles.count + 1 { cells.removeFirst() }
        return cells
    }

    static func role(of header: ArraySlice<UInt8>) -> ColumnRole? {
        var name = String(decoding: ByteClass.lowercased(header.filter(ByteClass.isAlphanumeric)), as: UTF8.self)
        // Mainframe and warehouse abbreviations: `MEMBER_NBR`, `LAST_NM`, `DOB_DT`, `PAT_NO`.
        for (suffix, full) in [("nbr", "number"), ("num", "number"), ("nm", "name"), ("dt", "date")] where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
            name = String(name.dropLast(suffix.count)) + full
        }
        if name.hasSuffix("no"), name.count > 4 { name = String(name.dropLast(2)) + "number" }
        switch name {
        case "ssn", "socialsecuritynumber", "socialsecurity", "ssnumber", "itin", "patientssn", "ssnnumber", "ssnid": return .ssn
        case "mrn", "medicalrecordnumber", "medicalrecord", "patientmrn", "medrecno", "mrnumber": return .mrn
        case "dob", "birthdate", "dateofbirth", "birthday", "birthdt", "patientdob", "dobdate", "bdate", "birthdatetime": return .dob
        case "npi", "providernpi", "npinumber", "renderingnpi", "billingnpi", "referringnpi", "attendingnpi": return .npi
        case "mbi", "medicarebeneficiaryidentifier", "medicareid", "medicarenumber": return .mbi
        case "phone", "phonenumber", "telephone", "tel", "mobile", "cell", "homephone", "cellphone", "workphone": return .phone
        case "email", "emailaddress", "mail": return .email
        case "first", "last", "firstname", "lastname", "givenname", "familyname", "surname", "middle", "middlename",
             "maiden", "maidenname", "patientname", "fullname", "fname", "lname", "patientfirstname", "patientlastname",
             "ptname", "patname", "membername", "memberfirstname", "memberlastname", "subscribername", "insuredname":
            return .personName
        case "name": return .plainName
        case "address", "streetaddress", "street", "address1", "addressline1", "addr", "homeaddress", "patientaddress",
             "mailingaddress", "line1", "addr1":
            return .address
        case "zip", "zipcode", "postalcode", "postcode", "zip5": return .zip
        case "admit", "admitdate", "admitdt", "admissiondate", "admitts", "discharge", "dischargedate", "dischargedt",
             "dischdate", "dod", "deathdate", "dateofdeath", "dos", "servicedate", "dateofservice", "visitdate",
             "encounterdate", "procedure_date", "proceduredate", "surgerydate", "appointmentdate", "apptdate": return .date
        case "patientid", "patid", "ptid", "personid", "encounterid", "visitid", "visitnumber", "encounternumber",
             "patientnumber", "patnumber", "ptnumber", "chartnumber", "accessionnumber",
             "accountid", "episodeid", "admissionid", "fin", "csn", "har": return .patientID
        case "memberid", "subscriberid", "policynumber", "policyno", "groupnumber", "insuranceid", "medicaidid", "mbrid",
             "mbrnumber", "subscribernumber2", "insurancenumber", "medicaidnumber",
             "membernumber", "subscribernumber", "planmemberid": return .healthPlanID
        case "claimid", "claimnumber", "claimno", "clmid", "icn", "payerclaimid", "claimcontrolnumber": return .claimNumber
        case "accountnumber", "acctnumber", "acctno", "accountno", "acct", "billingaccount", "guarantoraccount": return .accountNumber
        case "patient", "gender", "sex", "race", "ethnicity", "deathdate2", "marital": return .personMarker
        default: return nil
        }
    }

    /// Whether some column says the records are about people.
    var isAboutPeople: Bool {
        roles.contains { role in
            role != nil && role != .plainName && role != .address && role != .email && role != .phone && role != .zip
        }
    }

    /// The column-judged candidates of every data row.
    func candidates(_ text: ScanText, rules: ColumnRuleIDs, mrnPrefix: String) -> [Candidate] {
        var result: [Candidate] = []
        var lineStart = headerEnd + 1
        while lineStart < min(text.count, rowsEnd + 1) {
            let lineEnd = text.lineEnd(lineStart)
            for (column, cell) in alignedCells(text, lineStart..<lineEnd).enumerated() where column < roles.count && !cell.isEmpty {
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
        case .date:
            guard let date = Self.leadingDate(cell, in: text), date.isPlausibleRecordDate else { return nil }
            return Candidate(rule: rules.date, value: date.range, verdict: .finding)
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
            // `| OID | URI | Name | Use |`: a `Name` column with nothing else about a person names things.
            if role == .plainName, roles.allSatisfy({ $0 == nil || $0 == .plainName }) { return nil }
            return Candidate(rule: rules.name, value: cell, verdict: PersonName.isPlaceholder(bytes) ? .synthetic : .finding,
                             personField: role == .personName || isAboutPeople)
        case .address:
            guard StreetAddress.looksLikeStreet(bytes) else { return nil }
            return Candidate(rule: rules.address, value: cell, verdict: StreetAddress.isPlaceholder(bytes) ? .synthetic : .finding,
                             personField: isAboutPeople)
        case .zip where isAboutPeople && (bytes.count == 5 || bytes.count == 10) && digits.count >= 5 && onlyDigitsAndDashes:
            return Candidate(rule: rules.address, value: cell, verdict: .finding, personField: true)
        case .patientID, .healthPlanID, .claimNumber, .accountNumber:
            guard digits.count >= 4, bytes.count <= 24 || IdentifierValue.isUUID(bytes),
                  bytes.allSatisfy({ ByteClass.isAlphanumeric($0) || $0 == 45 }),
                  DateValue.parse(text.string(cell)) == nil
            else { return nil }
            let rule = switch role {
            case .patientID: rules.patientID
            case .healthPlanID: rules.healthPlanID
            case .claimNumber: rules.claimNumber
            default: rules.accountNumber
            }
            let placeholder = (!mrnPrefix.isEmpty && bytes.starts(with: mrnPrefix.utf8)) || PlaceholderValues.isPlaceholderNumber(digits)
            return Candidate(rule: rule, value: cell, verdict: placeholder ? .synthetic : .finding)
        default:
            return nil
        }
    }

    /// The date at the start of a cell: `2022-09-24`, or `2020-07-25T14:05:00`'s date part.
    private static func leadingDate(_ cell: Range<Int>, in text: ScanText) -> DateValue? {
        var end = cell.lowerBound
        while end < cell.upperBound, ByteClass.isDigit(text[end]) || [45, 47, 46].contains(text[end]) { end += 1 }
        while end > cell.lowerBound, !ByteClass.isDigit(text[end - 1]) { end -= 1 }
        return DateValue.parse(text.string(cell.lowerBound..<end), offset: cell.lowerBound)
    }
}

/// Which rule (by index in the rule set) a column-judged candidate is reported under.
struct ColumnRuleIDs {
    var ssn: Int, mrn: Int, dob: Int, npi: Int, mbi: Int, phone: Int, name: Int, address: Int
    var date: Int, patientID: Int, healthPlanID: Int, claimNumber: Int, accountNumber: Int

    init(rules: [Rule]) {
        func index(_ kind: FindingKind) -> Int { rules.firstIndex { $0.kind == kind } ?? 0 }
        ssn = index(.ssn); mrn = index(.mrn); dob = index(.dob); npi = index(.npi); mbi = index(.mbi)
        phone = index(.phone); name = index(.name); address = index(.address)
        date = index(.date); patientID = index(.patientID); healthPlanID = index(.healthPlanID)
        claimNumber = index(.claimNumber); accountNumber = index(.accountNumber)
    }
}
