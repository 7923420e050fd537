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
            let record: [ContentScanner.Located]
            if radius > 0, let object = enclosingObject(item.candidate.value.lowerBound) {
                record = located.filter { object.contains($0.candidate.value.lowerBound) }
            } else {
                record = ((item.line - radius)...(item.line + radius)).flatMap { byLine[$0] ?? [] }.map { located[$0] }
            }
            let identifiers = record.filter { kind($0).isIdentifier }
            if !identifiers.isEmpty { return identifiers.contains { $0.candidate.verdict == .finding } }
            if kind(item) == .dob || item.candidate.personField { return true }
            return hasPersonMarker(around: item, radius: radius)
        }
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
