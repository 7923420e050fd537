/// Record-level judgement: names, addresses and birth dates count only in records about a person
/// whose identifiers are not all synthetic; `phiguard:allow <reason>` lines are accepted; only
/// values that are findings remain.
struct RecordFilter {
    let text: ScanText
    let file: FileContext
    let rules: [Rule]

    /// Lines either side of a key-value field that make up its record (a JSON object, a YAML mapping).
    private static let recordRadius = 6

    func apply(_ located: [ContentScanner.Located]) -> [ContentScanner.Located] {
        let oneRecordPerLine = file.table != nil || file.path.hasSuffix(".jsonl") || file.path.hasSuffix(".ndjson")
            || file.path.hasSuffix(".log") || file.role == .prompt
        let radius = oneRecordPerLine ? 0 : Self.recordRadius
        var allowCache: [Int: Bool] = [:]
        var byLine: [Int: [Int]] = [:]
        for (index, item) in located.enumerated() { byLine[item.line, default: []].append(index) }
        return located.filter { item in
            guard item.candidate.verdict == .finding else { return false }
            if isAllowed(item, cache: &allowCache) { return false }
            guard kind(item).isQuasiIdentifier else { return true }
            let record = ((item.line - radius)...(item.line + radius)).flatMap { byLine[$0] ?? [] }.map { located[$0] }
            let identifiers = record.filter { kind($0).isIdentifier }
            if !identifiers.isEmpty { return identifiers.contains { $0.candidate.verdict == .finding } }
            if kind(item) == .dob || item.candidate.personField { return true }
            return hasPersonMarker(around: item, radius: radius)
        }
    }

    private func kind(_ item: ContentScanner.Located) -> FindingKind {
        item.candidate.rule < rules.count ? rules[item.candidate.rule].kind : .bannedPackage
    }

    private static let personMarkers = [
        "patient", "dob", "birth", "ssn", "mrn", "first_name", "firstname", "last_name", "lastname",
        "gender", "member_id", "memberid", "subscriber", "guarantor",
    ]

    private func hasPersonMarker(around item: ContentScanner.Located, radius: Int) -> Bool {
        let window = text.lines(around: item.candidate.value.lowerBound, count: radius)
        return Self.personMarkers.contains { ByteClass.contains(window, $0) }
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
