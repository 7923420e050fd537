import JSONDocument

/// The scan's outputs: text for people, JSON for scripts, SARIF 2.1.0 for code scanning. Values
/// never appear, only their redacted form and fingerprint.
public enum ScanReport {
    /// Findings grouped by file, coloured when `color`, with a summary line. Many findings are led by
    /// an overview by folder and kind with the command for each group; a value repeated in three or
    /// more places is printed once, with where else it is (JSON and SARIF keep every place).
    public static func text(_ result: ScanResult, color: Bool) -> String {
        func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        var output = result.findings.count >= overviewThreshold ? overview(result.findings) + "\n" : ""
        let repeats = RepeatedValues(result.findings)
        var currentPath: String?
        for finding in result.findings where !repeats.isRepeat(finding) {
            let location = finding.commit.map { "\(finding.path) @ \($0.prefix(12))" } ?? finding.path
            if location != currentPath {
                if currentPath != nil { output += "\n" }
                output += paint(location, "1") + "\n"
                currentPath = location
            }
            let severity = paint(finding.severity.rawValue, finding.severity == .high ? "31" : finding.severity == .medium ? "33" : "36")
            output += "  \(finding.line):\(finding.column)  \(severity)  \(finding.kind.name)  \(finding.redacted)  "
                + "[\(finding.rule)] \(finding.message)\n"
            if let others = repeats.others(of: finding) {
                let shown = others.prefix(3).map { "\($0.path):\($0.line)" }.joined(separator: ", ")
                let more = others.count > 3 ? ", and \(others.count - 3) more" : ""
                output += "      the same value in \(others.count) more place\(others.count == 1 ? "" : "s"): \(shown)\(more)\n"
            }
        }
        if !result.findings.isEmpty { output += "\n" }
        output += summary(result) + "\n"
        return output
    }

    /// From this many findings on, the text report starts with an overview.
    static let overviewThreshold = 10

    /// Findings by top-level folder, each with what the folder is and the command that deals with it,
    /// then counts by kind.
    static func overview(_ findings: [Finding]) -> String {
        var groups: [(folder: String, findings: [Finding])] = []
        for finding in findings {
            let folder = finding.path.split(separator: "/").count > 1 ? String(finding.path.prefix { $0 != "/" }) + "/" : "./"
            if let index = groups.firstIndex(where: { $0.folder == folder }) { groups[index].findings.append(finding) } else { groups.append((folder, [finding])) }
        }
        groups.sort { ($0.findings.count, $1.folder) > ($1.findings.count, $0.folder) }
        let files = Set(findings.map(\.path)).count
        var lines = ["phiguard scan: \(findings.count) findings in \(files) files. By folder, and what to do:"]
        let width = min(24, groups.map(\.folder.count).max() ?? 0)
        for group in groups.prefix(12) {
            let count = group.findings.count, groupFiles = Set(group.findings.map(\.path)).count
            let name = group.folder.padding(toLength: max(width, group.folder.count), withPad: " ", startingAt: 0)
            lines.append("  \(name)  \(count) finding\(count == 1 ? "" : "s") in \(groupFiles) file\(groupFiles == 1 ? "" : "s") "
                + "(\(kindCounts(group.findings, limit: 4)))")
            lines.append("      → \(advice(for: group.folder, group.findings))")
        }
        if groups.count > 12 { lines.append("  … and \(groups.count - 12) more folders") }
        lines.append("By kind: \(kindCounts(findings, limit: 12)).")
        let secrets = findings.filter { $0.kind.category == .secret }.count
        if secrets > 0 {
            lines.append("Secrets (\(secrets)): revoke and rotate each one, then remove it; a secret does not belong in a baseline.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `name 60, dob 40, phone 12, and 3 more kinds`.
    private static func kindCounts(_ findings: [Finding], limit: Int) -> String {
        var counts: [String: Int] = [:]
        for finding in findings { counts[finding.kind.name, default: 0] += 1 }
        let sorted = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        let shown = sorted.prefix(limit).map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let more = sorted.count - limit
        return more > 0 ? shown + ", and \(more) more kind\(more == 1 ? "" : "s")" : shown
    }

    /// What a folder of findings usually is, and the one command for it.
    private static func advice(for folder: String, _ findings: [Finding]) -> String {
        let name = folder.lowercased()
        let paths = findings.map { $0.path.lowercased() }
        func any(_ words: [String]) -> Bool {
            words.contains { word in name.hasPrefix(word) || paths.allSatisfy { $0.contains("/\(word)") || $0.hasPrefix(word) } }
        }
        if any(["test", "spec", "__tests__", "fixture", "testdata", "sample", "seed", "mock", "data"]) {
            return "test data: replace it with generated data, `phiguard synth generate` (its manifest marks the files) or `phiguard synth value KIND`"
        }
        if any(["doc", "example", "tutorial", "guide", "notebook"]) || paths.allSatisfy({ $0.hasSuffix(".md") || $0.hasSuffix(".rst") || $0.hasSuffix(".txt") }) {
            return "examples: use placeholders (555-0100, example.com, John Doe), or accept after review: `phiguard scan --update-baseline`"
        }
        return "review each: mark a checked line `phiguard:allow <reason>`, or accept them all: `phiguard scan --update-baseline`"
    }

    /// `3 findings (2 phi, 1 secret) in 2 files; 120 files, 4.6 MB scanned in 0.03 s`.
    public static func summary(_ result: ScanResult) -> String {
        let files = Set(result.findings.map(\.path)).count
        let byCategory = FindingCategory.allCases.compactMap { category -> String? in
            let count = result.findings.filter { $0.kind.category == category }.count
            return count > 0 ? "\(count) \(category.rawValue)" : nil
        }
        var parts = [result.findings.isEmpty ? "no findings"
            : "\(result.findings.count) finding\(result.findings.count == 1 ? "" : "s") (\(byCategory.joined(separator: ", "))) in \(files) file\(files == 1 ? "" : "s")"]
        parts.append("\(result.files) file\(result.files == 1 ? "" : "s"), \(megabytes(result.bytes)) scanned in \(String(format: "%.2f", result.seconds)) s")
        if !result.baselined.isEmpty { parts.append("\(result.baselined.count) accepted by the baseline") }
        if result.syntheticFiles > 0 { parts.append("\(result.syntheticFiles) synthetic file(s) recognised by their manifest") }
        if !result.skipped.isEmpty { parts.append("\(result.skipped.count) skipped") }
        return "phiguard scan: " + parts.joined(separator: "; ")
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? String(format: "%.1f MB", Double(bytes) / 1_000_000) : String(format: "%.1f kB", Double(bytes) / 1000)
    }

    /// SPEC's JSON: `{"version":1,"findings":[…],"stats":{…}}`.
    public static func json(_ result: ScanResult) -> String {
        let findings: [JSONValue] = result.findings.map(json)
        let stats: JSONValue = [
            "files": .integer(result.files), "bytes": .integer(result.bytes),
            "seconds": .number(String(format: "%.3f", result.seconds)),
            "skipped": .integer(result.skipped.count), "synthetic": .integer(result.syntheticFiles),
            "baselined": .integer(result.baselined.count),
        ]
        return JSONPrinter.pretty(["version": 1, "findings": .array(findings), "stats": stats])
    }

    static func json(_ finding: Finding) -> JSONValue {
        [
            "path": .string(finding.path), "line": .integer(finding.line), "column": .integer(finding.column),
            "kind": .string(finding.kind.name), "category": .string(finding.kind.category.rawValue),
            "rule": .string(finding.rule), "severity": .string(finding.severity.rawValue),
            "fingerprint": .string(finding.fingerprint), "redacted": .string(finding.redacted),
            "message": .string(finding.message), "commit": finding.commit.map(JSONValue.string) ?? .null,
        ]
    }

    /// A SARIF 2.1.0 log: one run, the rules that fired, one result per finding (`ruleId` = rule).
    public static func sarif(_ result: ScanResult, version: String) -> String {
        var ruleOrder: [String] = []
        var ruleInfo: [String: Finding] = [:]
        for finding in result.findings where ruleInfo[finding.rule] == nil {
            ruleOrder.append(finding.rule)
            ruleInfo[finding.rule] = finding
        }
        let rules: [JSONValue] = ruleOrder.compactMap { id in
            guard let finding = ruleInfo[id] else { return nil }
            return [
                "id": .string(id), "name": .string(ruleName(id)),
                "shortDescription": ["text": .string("\(finding.kind.category.rawValue): \(finding.kind.name)")],
                "fullDescription": ["text": .string(finding.message)],
                "defaultConfiguration": ["level": .string(level(finding.severity))],
                "properties": ["tags": .array([.string(finding.kind.category.rawValue), .string(finding.kind.name)])],
            ]
        }
        let results: [JSONValue] = result.findings.map { finding in
            var properties: JSONObject = JSONObject([("kind", .string(finding.kind.name)), ("redacted", .string(finding.redacted))])
            if let commit = finding.commit { properties["commit"] = .string(commit) }
            return [
                "ruleId": .string(finding.rule), "ruleIndex": .integer(ruleOrder.firstIndex(of: finding.rule) ?? 0),
                "level": .string(level(finding.severity)),
                "message": ["text": .string("\(finding.kind.name) (\(finding.redacted)): \(finding.message)")],
                "locations": [[
                    "physicalLocation": [
                        "artifactLocation": ["uri": .string(uri(finding.path)), "uriBaseId": "%SRCROOT%"],
                        "region": ["startLine": .integer(finding.line), "startColumn": .integer(finding.utf16Column)],
                    ],
                ]],
                "partialFingerprints": ["phiguardFingerprint/v1": .string(finding.fingerprint)],
                "properties": .object(properties),
            ]
        }
        let run: JSONValue = [
            "tool": ["driver": [
                "name": "phiguard", "version": .string(version), "informationUri": "https://github.com/phiguard/phiguard",
                "rules": .array(rules),
            ]],
            "columnKind": "utf16CodeUnits",
            "results": .array(results),
        ]
        return JSONPrinter.pretty([
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [run],
        ])
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .high: "error"
        case .medium: "warning"
        case .low: "note"
        }
    }

    private static func ruleName(_ id: String) -> String {
        id.split(whereSeparator: { $0 == "." || $0 == "-" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A relative URI: path segments percent-encoded where they are not URI characters.
    private static func uri(_ path: String) -> String {
        var allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/!$&'()*+,;=:@".utf8)
        allowed.remove(UInt8(ascii: "%"))
        return path.utf8.map { allowed.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
    }
}

import Foundation

/// Values found in three or more places: printed once in the text report, with where else they are.
struct RepeatedValues {
    private var places: [String: [Finding]] = [:]

    init(_ findings: [Finding]) {
        for finding in findings { places[finding.kind.name + "\u{0}" + finding.valueKey, default: []].append(finding) }
        places = places.filter { $0.value.count >= 3 }
    }

    private func key(_ finding: Finding) -> String { finding.kind.name + "\u{0}" + finding.valueKey }

    /// Whether `finding` repeats a value printed earlier.
    func isRepeat(_ finding: Finding) -> Bool {
        guard let all = places[key(finding)], let first = all.first else { return false }
        return first != finding
    }

    /// The other places of a repeated value, for its first finding.
    func others(of finding: Finding) -> [Finding]? {
        guard let all = places[key(finding)], all.first == finding else { return nil }
        return Array(all.dropFirst())
    }
}
