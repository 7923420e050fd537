import Foundation

/// Scans one buffer: one engine pass over every rule, validators on the matches, column rules for
/// tables, then the record, allow-comment and line filters. Returns findings in buffer order.
struct ContentScanner {
    let ruleSet: RuleSet

    /// A finding before it is placed and redacted: its rule, value range and 1-based line.
    struct Located {
        var candidate: Candidate
        var line: Int
        var column: Int
    }

    /// With `engineWindows` (whole lines, in order, apart), the engine reads only those parts of the text;
    /// everything else (validators, tables, prose, file facts) still reads the whole text.
    func scan(_ text: ScanText, path: String, scratch: PatternDatabase.Scratch, role: FileRole? = nil,
              engineWindows: [Range<Int>]? = nil) throws(ScanError) -> [Located] {
        let file = FileContext(path: path, text: text, mrnPrefix: ruleSet.mrnPrefix, role: role)
        var candidates: [Candidate] = []
        var matches: [EngineMatch] = []
        let database = ruleSet.database(for: file.role)
        for window in engineWindows ?? [0..<text.count] {
            let found: [EngineMatch]
            do {
                found = try text.bytes.withUnsafeBytes { buffer throws(EngineError) in
                    try database.scan(UnsafeRawBufferPointer(rebasing: buffer[window]), scratch: scratch)
                }
            } catch {
                throw .engine("\(error)")
            }
            matches += window.lowerBound == 0 ? found
                : found.map { EngineMatch(pattern: $0.pattern, start: $0.start + window.lowerBound, end: $0.end + window.lowerBound) }
        }
        var seen = Set<SeenKey>()
        for match in matches {
            for index in ruleSet.rules(forMatch: match.pattern) {
                let rule = ruleSet.rules[index]
                if let roles = rule.roles, !roles.contains(file.role) { continue }
                guard let judged = rule.judge(RuleInput(text: text, start: match.start, end: match.end, file: file)),
                      seen.insert(SeenKey(kind: rule.kind.name, start: judged.value.lowerBound)).inserted
                else { continue }
                candidates.append(Candidate(rule: index, value: judged.value, verdict: judged.verdict, personField: judged.personField))
            }
        }
        var tables = file.table.map { [$0] } ?? []
        if file.role.isProse { tables += DelimitedTable.tables(inText: text) }
        if !tables.isEmpty {
            let columnRules = ColumnRuleIDs(rules: ruleSet.rules)
            for table in tables {
                for candidate in table.candidates(text, rules: columnRules, mrnPrefix: ruleSet.mrnPrefix)
                where seen.insert(SeenKey(kind: ruleSet.rules[candidate.rule].kind.name, start: candidate.value.lowerBound)).inserted {
                    candidates.append(candidate)
                }
            }
        }
        candidates = ListContinuation.extend(candidates, in: text, kind: kind(of:), mrnPrefix: ruleSet.mrnPrefix)
        if file.role.isProse, let nameRule = ruleSet.index(of: ProseRules.name.id), let addressRule = ruleSet.index(of: ProseRules.address.id) {
            let reader = ProseReader(text: text, file: file, nameRule: nameRule, addressRule: addressRule, dateRule: ruleSet.index(of: "phi.date"),
                                    birthDateRule: ruleSet.index(of: "phi.dob"))
            candidates += reader.candidates(anchors: candidates, kind: kind(of:))
        }
        candidates += BannedPackages.candidates(text, path: path, banned: ruleSet.bannedPackages, ruleIndex: bannedRuleIndex)
        let located = place(OverlapResolver(kind: kind(of:)).resolve(removeContained(candidates)), in: text)
        return RecordFilter(text: text, file: file, rules: ruleSet.rules).apply(located)
    }

    private var bannedRuleIndex: Int { ruleSet.rules.count }

    private struct SeenKey: Hashable {
        var kind: String
        var start: Int
    }

    /// Drops a candidate whose value lies inside another of the same kind (the engine reports every
    /// end of a variable-length match).
    private func removeContained(_ candidates: [Candidate]) -> [Candidate] {
        let sorted = candidates.sorted { ($0.value.lowerBound, -$0.value.count) < ($1.value.lowerBound, -$1.value.count) }
        var kept: [Candidate] = []
        var widest: [String: Int] = [:]
        for candidate in sorted {
            let kind = kind(of: candidate).name
            if let end = widest[kind], candidate.value.upperBound <= end { continue }
            widest[kind] = max(widest[kind] ?? 0, candidate.value.upperBound)
            kept.append(candidate)
        }
        // A provider's token format says more than "a secret-named variable": keep the specific rule.
        let specific = kept.filter { kind(of: $0).category == .secret && kind(of: $0) != .genericSecret }.map(\.value)
        return kept.filter { candidate in
            kind(of: candidate) != .genericSecret || !specific.contains { $0.overlaps(candidate.value) }
        }
    }

    func kind(of candidate: Candidate) -> FindingKind {
        candidate.rule < ruleSet.rules.count ? ruleSet.rules[candidate.rule].kind : .bannedPackage
    }

    /// Adds 1-based lines and byte columns, walking the buffer once from line break to line break
    /// (memchr: a byte loop cost 6 ms of every scan of 10 MB).
    private func place(_ candidates: [Candidate], in text: ScanText) -> [Located] {
        var line = 1, lineStart = 0
        return text.bytes.withUnsafeBytes { buffer in
            candidates.map { candidate in
                let offset = candidate.value.lowerBound
                while lineStart < offset, let base = buffer.baseAddress, let found = memchr(base + lineStart, 10, offset - lineStart) {
                    lineStart = base.distance(to: UnsafeRawPointer(found)) + 1
                    line += 1
                }
                return Located(candidate: candidate, line: line, column: offset - lineStart + 1)
            }
        }
    }
}
