import Audit
import Foundation
import JSONDocument
import RepoAccess
import Scaffolding
import TestSupport
import Testing

/// The audit over a repository with a real history of policy changes and AI-assisted commits.
@Suite struct AuditReportTests {
    static let policy = """
        version: 1
        tools: [claude, cursor, copilot]
        restricted: {paths: ["src/phi/**"]}
        approvedTools:
          - {tool: claude, plan: "Claude Enterprise", tiers: [public, internal], baa: true, notes: "signed 2026-01"}
          - {tool: cursor, plan: "Cursor Business", tiers: [public], baa: false}

        """
    /// A value shaped like an SSN that only the fake scanner "finds"; it must never reach the report.
    static let plantedValue = "123-45-6789"

    /// Builds the history: policy commit, apply commit, AI-assisted commit with a finding, plain commit, policy edit.
    static func makeRepository() throws -> (ScratchRepo, aiCommit: String) {
        let repo = try ScratchRepo(files: ["README.md": "# clinic\n"])
        try repo.write(".phiguard/policy.yml", policy)
        try repo.run(["git", "add", "-A"])
        try repo.run(["git", "commit", "-q", "--no-verify", "-m", "Add phiguard policy"])
        _ = try Scaffolder(repository: try repo.repository(), generatorVersion: "test").apply(dryRun: false, force: false)
        try repo.run(["git", "add", "-A"])
        try repo.run(["git", "commit", "-q", "--no-verify", "-m", "Apply phiguard"])
        try repo.write("src/report.py", "patient_ssn = '\(plantedValue)'\n")
        try repo.run(["git", "add", "-A"])
        try repo.run(["git", "commit", "-q", "--no-verify", "-m", "Add report\n\nCo-authored-by: Claude <noreply@anthropic.com>"])
        let aiCommit = try repo.run(["git", "rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
        try repo.write("src/util.py", "def add(a, b):\n    return a + b\n")
        try repo.run(["git", "add", "-A"])
        try repo.run(["git", "commit", "-q", "--no-verify", "-m", "Add util\n\nAI-Assisted: no"])
        try repo.write("src/more.py", "x = 1\n")
        try repo.run(["git", "add", "-A"])
        try repo.run(["git", "commit", "-q", "--no-verify", "-m", "More\n\nAI-Assisted: yes"])
        return (repo, aiCommit)
    }

    static func scanners(aiCommit: String) -> AuditScanners {
        AuditScanners(
            workingTree: { _ in [AuditFinding(path: "src/report.py", kind: "ssn", category: "phi")] },
            history: { _, _ in [AuditFinding(path: "src/report.py", kind: "ssn", category: "phi", commit: aiCommit)] })
    }

    @Test func everySectionIsFilledFromTheRepository() throws {
        let (repo, aiCommit) = try Self.makeRepository()
        let report = try Auditor(repository: try repo.repository(), generatorVersion: "test",
                                 scanners: Self.scanners(aiCommit: aiCommit)).report(since: nil)
        #expect(report.approvals.map(\.tool) == ["claude", "cursor"])
        #expect(report.controls.map(\.tool.rawValue) == ["claude", "cursor", "copilot"])
        #expect(report.controls.first?.rules == .current)
        #expect(report.controls.first?.exclusions == .current)
        #expect(report.controls.first?.agentHooks == .current)
        #expect(report.controls.last?.enforcement == .needsOrgSetting)
        #expect(report.gitHook.manager == "githooks")
        #expect(report.gitHook.installed && report.gitHook.active && report.gitHook.executable && report.gitHook.callsPhiguard)
        #expect(report.history.map(\.subject) == ["Apply phiguard", "Add phiguard policy"])
        #expect(report.history.first?.files.contains("CLAUDE.md") == true)
        #expect(report.scan?.total == 1)
        #expect(report.scan?.byKind == ["ssn": 1])
        #expect(report.commits.count == 6)
        #expect(report.aiAssistedCount == 2)
        #expect(report.findingsByOrigin.ai == 1 && report.findingsByOrigin.other == 0)
        #expect(report.gaps.map(\.area).sorted() == ["AI-assisted commits", "approval", "scan"])
        #expect(report.manualChecks.count == 1)
    }

    @Test func allThreeFormatsCarryTheSectionsAndNeverTheValue() throws {
        let (repo, aiCommit) = try Self.makeRepository()
        let report = try Auditor(repository: try repo.repository(), generatorVersion: "test",
                                 scanners: Self.scanners(aiCommit: aiCommit)).report(since: "2000-01-01")
        let markdown = AuditRenderer.render(report, as: .md)
        let html = AuditRenderer.render(report, as: .html)
        let json = AuditRenderer.render(report, as: .json)
        for text in [markdown, html, json] {
            #expect(!text.contains(Self.plantedValue))
            #expect(text.contains("Claude Enterprise"))
            #expect(text.contains("Apply phiguard"))
            #expect(text.contains("needs-org-setting"))
        }
        #expect(markdown.contains("| claude | current | current | current | enforced | yes |"))
        #expect(markdown.contains("2 of 6 commit(s) AI-assisted. Findings introduced: 1 by AI-assisted commits, 0 by other commits."))
        #expect(markdown.contains("## Gaps"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"), "self-contained: no external resources")
        #expect(html.contains("<td class=\"s enforced\">enforced</td>"))
        let value = try JSONParser.parse(json)
        #expect(value["aiCommits"]?["aiAssisted"] == 2)
        #expect(value["aiCommits"]?["findingsInAIAssisted"] == 1)
        #expect(value["gitHook"]?["callsPhiguard"] == true)
        #expect(value["controls"]?.arrayValue?.count == 3)
        #expect(value["history"]?.arrayValue?.count == 2)
        #expect(value["gaps"]?.arrayValue?.isEmpty == false)
    }

    @Test func aCleanRepositoryHasNoGaps() throws {
        let repo = try ScratchRepo(files: ["README.md": "# clinic\n", ".phiguard/policy.yml": """
            version: 1
            tools: [claude]
            approvedTools:
              - {tool: claude, plan: "Claude Enterprise", tiers: [public], baa: true}

            """])
        _ = try Scaffolder(repository: try repo.repository(), generatorVersion: "test").apply(dryRun: false, force: false)
        let clean = AuditScanners(workingTree: { _ in [] }, history: { _, _ in [] })
        let report = try Auditor(repository: try repo.repository(), generatorVersion: "test", scanners: clean).report(since: nil)
        #expect(report.gaps.isEmpty, "\(report.gaps)")
    }

    @Test func gapsNameTheCommandThatClosesThem() throws {
        let repo = try ScratchRepo(files: ["README.md": "# clinic\n"])
        let report = try Auditor(repository: try repo.repository(), generatorVersion: "test", scanners: nil).report(since: nil)
        #expect(report.gaps.contains { $0.area == "policy" && $0.command == "phiguard init" })
        #expect(report.gaps.contains { $0.area == "artifacts" && $0.command == "phiguard apply" })
        #expect(report.gitHook.installed == false)
    }

    @Test func syntheticManifestsAreVerifiedByHash() throws {
        let repo = try ScratchRepo(files: [
            "fixtures/synth/csv/patients.csv": "Id\nSYN1\n",
            "fixtures/synth/synthetic-manifest.json": """
                {"version": 1, "files": {"csv/patients.csv": "\(RepoAccess.Hashing.sha256Hex("Id\nSYN1\n"))", "csv/missing.csv": "00"}}
                """,
        ])
        let report = try Auditor(repository: try repo.repository(), generatorVersion: "test", scanners: nil).report(since: nil)
        #expect(report.synthetic.count == 1)
        #expect(report.synthetic.first?.verified == false)
        #expect(report.synthetic.first?.problems == ["csv/missing.csv: missing"])
    }
}
