/// Record-level judgement: names, addresses and dates count only in records about a person whose
/// identifiers are not all synthetic; emails and device ids in code, config and docs count only in
/// a record about a person; `phiguard:allow <reason>` lines are accepted; only values that are
/// findings remain.
struct RecordFilter {
    let text: ScanText
    let file: FileContext
    let rules: [Rule]

    /// Lines either side of a key-value field that make up its record (a JSON object, a YAML mapping).
    private static let recordRadius = 6

    func apply(_ located: [ContentScanner.Located]) -> [ContentScanner.Located] {
        // Lines are records in tables, NDJSON, logs, prompts and line-based data (HL7 segments, SQL inserts).
        let oneRecordPerLine = file.table != nil || file.path.hasSuffix(".jsonl") || file.path.hasSuffix(".ndjson")
            || file.role == .log || file.role == .prompt || (file.role == .data && !file.path.hasSuffix(".xml"))
        let radius = oneRecordPerLine ? 0 : Self.recordRadius
        var allowCache: [Int: Bool] = [:]
        var byLine: [Int: [Int]] = [:]
        for (index, item) in located.enumerated() { byLine[item.line, default: []].append(index) }
        let kept = located.filter { item in
            guard item.candidate.verdict == .finding else { return false }
            if isAllowed(item, cache: &allowCache) { return false }
            let itemKind = kind(item)
            guard itemKind.category == .phi else { return true }
            // Synthea's output, HL7's example documents, and credits in a ChangeLog or AUTHORS file, are not patients.
            if file.isSyntheaOutput || file.isHL7ExampleDocument || file.isPackageFileList { return false }
            if file.isNamedExample, itemKind.isQuasiIdentifier || [.name, .address, .dob, .date, .phone, .email].contains(itemKind) { return false }
            if file.isCreditFile, [.name, .email, .phone, .address].contains(itemKind) { return false }
            if [.name, .email, .phone, .address].contains(itemKind), file.isOrganizationContext(item.candidate.value.lowerBound) { return false }
            let quasi = itemKind.isQuasiIdentifier
            let contextual = needsPersonContext(itemKind)
            guard quasi || contextual || isExampleRole else { return true }
            let record = self.record(of: item, radius: radius, located: located, byLine: byLine)
            // In code, config and docs, a record with a placeholder name (`John Doe`, FHIR's `Peter
            // Chalmers`, HL7's `EVERYMAN^ADAM`) is an example, identifiers and all.
            let placeholderName = record.contains { kind($0) == .name && $0.candidate.verdict == .synthetic }
            if isExampleRole, placeholderName { return false }
            // In a prompt, log or data row, a placeholder name (`Patient: Mickey Mouse, DOB …`) makes the
            // record's dates and address examples too; its identifiers still count.
            if placeholderName, itemKind == .dob || itemKind == .date || itemKind == .address { return false }
            // `- Patient: Steve Williamson, Male, DOB: …` in a test's comment: a published sample patient
            // named on the line, where no name rule reads (code comments and strings).
            if isExampleRole, itemKind == .dob || itemKind == .date, namesPublishedSample(onLineOf: item) { return false }
            guard quasi || contextual else { return true }
            let identifiers = record.filter { kind($0).isIdentifier && !needsPersonContext(kind($0)) }
            if contextual {
                return identifiers.contains { $0.candidate.verdict == .finding } || hasPersonMarker(around: item, radius: max(radius, 2))
            }
            if !identifiers.isEmpty { return identifiers.contains { $0.candidate.verdict == .finding } }
            let realName = record.contains {
                kind($0) == .name && $0.candidate.verdict == .finding && $0.candidate.personField && $0.candidate.value != item.candidate.value
            }
            if itemKind == .dob || itemKind == .date {
                // A birth or admission date in an example needs the person beside it.
                // A library's README and documentation show API examples (`"reference": "Patient/…"`
                // beside a birth date): there the date needs a person's name in the record.
                if isExampleRole, file.isLibraryDocumentation { return realName }
                if isExampleRole { return realName || hasPersonMarker(around: item, radius: max(radius, 1), markers: Self.strongMarkers) }
                // In a data file a date of care (a FHIR Condition's onset) counts beside the person it
                // is tied to: an identifier (above), a name or a birth date in the same record.
                if itemKind == .date, file.role == .data {
                    return realName || record.contains { kind($0) == .dob && $0.candidate.verdict == .finding }
                }
                return true
            }
            // In code and config, a name or address field alone is a test case; it counts beside a person marker.
            if item.candidate.personField, !needsStructuralContext { return true }
            return realName && itemKind != .name || hasPersonMarker(around: item, radius: max(radius, needsStructuralContext ? 2 : 0))
        }
        // Marks that take reading around the value: only for what would be reported.
        guard kept.contains(where: { kind($0).category == .phi }) else { return kept }
        let testDocument = isTestDocument(located)
        let examples = ExampleContext(text: text)
        return kept.filter { item in
            let itemKind = kind(item)
            guard itemKind.category == .phi else { return true }
            if testDocument { return false }
            if isExampleRole, examples.marksExample(item.candidate.value) { return false }
            // A published sample's name can be a real person's (`Isabella Jones`): it quiets the
            // sample's details, not identifiers, which need a mark of their own.
            if !itemKind.isIdentifier || itemKind == .phone || itemKind == .email, file.namesPublishedSample { return false }
            return true
        }
    }

    /// A C-CDA document (one patient's record) whose patient has a placeholder name (Epic's
    /// `…TEST` patients), or that holds placeholders of two kinds — a cartoon clinician and a 555
    /// phone, an Anytown street and a `Doe` contact — comes from a test system: its patient is a test
    /// patient. One kind elsewhere is not enough: real exports write `555-555-5555` for an unknown phone.
    private func isTestDocument(_ located: [ContentScanner.Located]) -> Bool {
        guard file.isClinicalDocument else { return false }
        // `<!-- retrieved from a public repository of certified EHR samples -->` before the root element.
        if let root = text.bytes.firstRange(of: Array("<ClinicalDocument".utf8))?.lowerBound,
           let comment = text.bytes[..<root].firstRange(of: Array("<!--".utf8))?.lowerBound,
           ["sample", "example", "test data", "synthetic", "fictional", "fictitious"].contains(where: { ByteClass.contains(text.bytes[comment..<root], $0) })
        {
            return true
        }
        let synthetic = located.filter { $0.candidate.verdict == .synthetic }
        if let recordTargetEnd = text.bytes.firstRange(of: Array("</recordTarget>".utf8))?.lowerBound,
           synthetic.contains(where: { kind($0) == .name && $0.candidate.value.lowerBound < recordTargetEnd })
        {
            return true
        }
        return Set(synthetic.map(kind)).intersection([.name, .phone, .address, .patientID]).count >= 2
    }

    private func namesPublishedSample(onLineOf item: ContentScanner.Located) -> Bool {
        PublishedSamples.namesPlaceholder(in: ByteClass.lowercased(text.line(at: item.candidate.value.lowerBound)))
    }

    /// Code, config, docs and notebooks hold examples and tests; prompts, logs and data hold records.
    private var isExampleRole: Bool { file.role != .prompt && file.role != .log && file.role != .data }

    /// Emails, phones and device ids in code, config, docs and notebooks are mostly authors, test
    /// vectors and hardware: they count where the record is about a person.
    private func needsPersonContext(_ kind: FindingKind) -> Bool {
        guard file.role != .data, file.role != .prompt, file.role != .log else { return false }
        return kind == .email || kind == .deviceID || kind == .phone
    }

    /// Code, config and notebooks: a name or address needs a person marker or an identifier beside it.
    private var needsStructuralContext: Bool {
        file.role == .code || file.role == .notebook || file.role == .config || file.role == .other
    }

    /// The findings in the same record: the enclosing `{ … }` object, the paragraph in docs, or the
    /// lines within `radius`.
    private func record(of item: ContentScanner.Located, radius: Int, located: [ContentScanner.Located], byLine: [Int: [Int]]) -> [ContentScanner.Located] {
        if file.role == .docs {
            let paragraph = text.paragraph(around: item.candidate.value.lowerBound)
            return located.filter { paragraph.contains($0.candidate.value.lowerBound) }
        }
        // A C-CDA document is one patient's record, header to narrative.
        if file.isClinicalDocument { return located }
        if radius > 0, let object = enclosingObject(item.candidate.value.lowerBound) {
            return located.filter { object.contains($0.candidate.value.lowerBound) }
        }
        return ((item.line - radius)...(item.line + radius)).flatMap { byLine[$0] ?? [] }.map { located[$0] }
    }

    /// The `{ … }` object around `offset` (a JSON object, a Python dict), when one opens within 4 kB before it.
    private func enclosingObject(_ offset: Int) -> Range<Int>? {
        var depth = 0, start = offset - 1
        while start >= 0, offset - start < 4096 {
            if text[start] == 125 { depth += 1 }
            if text[start] == 123 { if depth == 0 { break }; depth -= 1 }
            start -= 1
        }
        guard start >= 0, text[start] == 123 else { return nil }
        var end = offset
        depth = 0
        while end < text.count, end - offset < 16384 {
            if text[end] == 123 { depth += 1 }
            if text[end] == 125 { if depth == 0 { return start..<(end + 1) }; depth -= 1 }
            end += 1
        }
        return nil
    }

    private func kind(_ item: ContentScanner.Located) -> FindingKind {
        item.candidate.rule < rules.count ? rules[item.candidate.rule].kind : .bannedPackage
    }

    /// Words beside a field that make its record a person's — not name keys themselves, which a
    /// name-parsing test suite is full of.
    private static let personMarkers = [
        "patient", "dob", "birth", "ssn", "mrn", "gender", "member_id", "memberid", "subscriber", "guarantor", "diagnos",
        "insurance", "encounter", "admission", "emergency_contact", "implant", "pacemaker", "beneficiary", "medicaid",
        "medicare", "deceased",
    ]

    /// Markers that name the person's record itself, for dates in examples.
    private static let strongMarkers = ["patient", "mrn", "ssn", "member_id", "memberid", "subscriber", "beneficiary", "guarantor"]

    private func hasPersonMarker(around item: ContentScanner.Located, radius: Int, markers: [String] = RecordFilter.personMarkers) -> Bool {
        let window = text.lines(around: item.candidate.value.lowerBound, count: radius)
        return markers.contains { ByteClass.containsWordStart(window, $0) }
    }

    /// `phiguard:allow` followed by a reason on the finding's line.
    private func isAllowed(_ item: ContentScanner.Located, cache: inout [Int: Bool]) -> Bool {
        if let known = cache[item.line] { return known }
        let line = text.line(at: item.candidate.value.lowerBound)
        var allowed = false
        let marker = Array("phiguard:allow".utf8)
        if let start = line.firstRange(of: marker) {
            let rest = line[start.upperBound...]
            allowed = rest.drop { $0 == 32 || $0 == 9 || $0 == 58 }.contains(where: ByteClass.isLetter)
        }
        cache[item.line] = allowed
        return allowed
    }
}
