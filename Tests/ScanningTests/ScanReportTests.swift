@testable import Scanning
import Testing

/// The text report for a first run: an overview with each group's command, repeated values once.
@Suite struct ScanReportTests {
    private func finding(_ path: String, _ line: Int, _ kind: FindingKind, key: String) -> Finding {
        Finding(path: path, line: line, column: 1, kind: kind, rule: "phi.\(kind.name)", severity: .medium, fingerprint: "\(path)#\(key)",
                redacted: "****", message: "m", valueKey: key)
    }

    @Test func manyFindingsLeadWithAnOverviewByFolderWithTheCommandForEach() {
        var findings = (1...8).map { finding("tests/fixtures/p\($0).json", $0, .name, key: "n\($0)") }
        findings += (1...3).map { finding("docs/guide.md", $0, .dob, key: "d\($0)") }
        findings.append(finding("src/app.py", 4, .ssn, key: "s"))
        let result = ScanResult(findings: findings, baselined: [], skipped: [], syntheticFiles: 0, files: 10, bytes: 1000, seconds: 0)
        let text = ScanReport.text(result, color: false)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "phiguard scan: 12 findings in 10 files. By folder, and what to do:")
        #expect(lines.contains { $0.hasPrefix("  tests/") && $0.contains("8 findings in 8 files (name 8)") })
        #expect(text.contains("`phiguard synth generate`"))
        #expect(text.contains("`phiguard scan --update-baseline`"))
        #expect(text.contains("`phiguard:allow <reason>`"))
        #expect(lines.contains("By kind: name 8, dob 3, ssn 1."))
        // Fewer findings: no overview.
        let few = ScanResult(findings: Array(findings.prefix(3)), baselined: [], skipped: [], syntheticFiles: 0, files: 3, bytes: 10, seconds: 0)
        #expect(!ScanReport.text(few, color: false).contains("By folder"))
    }

    @Test func aValueInThreeOrMorePlacesIsPrintedOnceWithWhereElse() {
        let findings = ["a.py", "b.py", "c.py", "d.py"].enumerated().map { finding("tests/\($1)", $0 + 1, .genericSecret, key: "same") }
            + [finding("tests/e.py", 1, .genericSecret, key: "other")]
        let result = ScanResult(findings: findings, baselined: [], skipped: [], syntheticFiles: 0, files: 5, bytes: 10, seconds: 0)
        let text = ScanReport.text(result, color: false)
        #expect(text.components(separatedBy: "[phi.generic-secret]").count - 1 == 2)
        #expect(text.contains("the same value in 3 more places: tests/b.py:2, tests/c.py:3, tests/d.py:4"))
        // JSON keeps every place.
        #expect(ScanReport.json(result).components(separatedBy: "\"fingerprint\"").count - 1 == 5)
    }
}
