import Foundation
import Inspection
import JSONDocument
import PolicyModel
import RepoAccess
@testable import Scaffolding
import TestSupport
import Testing

/// Apply, check, remove and init through the library on scratch repositories.
@Suite struct ScaffolderTests {
    static let userFiles: [String: String] = [
        "README.md": "# Clinic app\n",
        "CLAUDE.md": "# House rules\n\nRun `make test` before pushing.\n",
        ".gitignore": "node_modules/\n*.log",
        "AGENTS.md": "Agents: keep PRs small.\n",
        ".cursorrules": "Prefer functional components.\n",
        ".claude/settings.json": """
            {
              "model": "opus",
              "permissions": {
                "allow": ["Bash(npm test)"],
                "deny": ["Read(./build/**)"]
              },
              "hooks": {
                "PreToolUse": [
                  {"matcher": "Bash", "hooks": [{"type": "command", "command": "./scripts/lint.sh"}]}
                ]
              }
            }

            """,
        ".pre-commit-config.yaml": """
            repos:
              - repo: https://github.com/psf/black
                rev: 24.1.0
                hooks:
                  - id: black

            """,
        ".aider.conf.yml": "model: sonnet\nread:\n  - docs/STYLE.md\n",
    ]

    static let policy = """
        version: 1
        tools: [agents, claude, cursor, copilot, aider]
        restricted:
          paths: ["src/phi/**"]
          tables: [patients, claims]
          routes: ["/api/patients/*"]
        rules: ["Use the audit logger for every read of a restricted table."]
        approvedTools:
          - {tool: claude, plan: "Claude Enterprise", tiers: [public, internal], baa: true}

        """

    private func scaffolder(_ repo: ScratchRepo) throws -> Scaffolder {
        Scaffolder(repository: try repo.repository(), generatorVersion: "test")
    }

    @Test func generatedFilesMatchTheGoldenFiles() throws {
        let repo = try ScratchRepo(files: Self.userFiles.merging([".phiguard/policy.yml": Self.policy]) { $1 })
        _ = try scaffolder(repo).apply(dryRun: false, force: false)
        let snapshot = try repo.snapshot()
        for (path, data) in snapshot.sorted(by: { $0.key < $1.key }) where !path.hasSuffix("/") {
            let mismatch = GoldenFile.mismatch(String(decoding: data, as: UTF8.self), named: "existing-configs/\(path)")
            #expect(mismatch == nil, "\(mismatch ?? "")")
        }
        #expect(GoldenFile.recordedPaths(in: "existing-configs") == Set(snapshot.keys.filter { !$0.hasSuffix("/") }))
    }

    @Test func defaultPolicyOnAnEmptyRepositoryMatchesTheGoldenFiles() throws {
        let repo = try ScratchRepo(files: ["README.md": "# Empty\n"])
        let text = try InitialPolicy.text(tools: AITool.allCases, inspection: InspectionReport())
        _ = try scaffolder(repo).initialize(policyText: text, dryRun: false, force: false)
        let snapshot = try repo.snapshot()
        for (path, data) in snapshot.sorted(by: { $0.key < $1.key }) where !path.hasSuffix("/") {
            let mismatch = GoldenFile.mismatch(String(decoding: data, as: UTF8.self), named: "defaults/\(path)")
            #expect(mismatch == nil, "\(mismatch ?? "")")
        }
        #expect(GoldenFile.recordedPaths(in: "defaults") == Set(snapshot.keys.filter { !$0.hasSuffix("/") }))
        #expect(try repo.run(["git", "config", "--get", "core.hooksPath"]).trimmed == ".githooks")
    }

    @Test func applyIsIdempotentAndCheckIsCleanAfterIt() throws {
        let repo = try ScratchRepo(files: Self.userFiles.merging([".phiguard/policy.yml": Self.policy]) { $1 })
        let first = try scaffolder(repo).apply(dryRun: false, force: false)
        #expect(!first.effectiveChanges.isEmpty)
        let before = try repo.snapshot()
        let second = try scaffolder(repo).apply(dryRun: false, force: false)
        #expect(second.effectiveChanges.isEmpty)
        #expect(try repo.snapshot() == before)
        #expect(try scaffolder(repo).check().isClean)
    }

    @Test func userContentOutsideManagedPartsIsPreserved() throws {
        let repo = try ScratchRepo(files: Self.userFiles.merging([".phiguard/policy.yml": Self.policy]) { $1 })
        _ = try scaffolder(repo).apply(dryRun: false, force: false)
        #expect(repo.read("CLAUDE.md")?.hasPrefix(Self.userFiles["CLAUDE.md"] ?? "-") == true)
        #expect(repo.read(".gitignore")?.hasPrefix("node_modules/\n*.log\n\n# phiguard:begin\n") == true)
        let settings = try JSONParser.parse(repo.read(".claude/settings.json") ?? "")
        #expect(settings.objectValue?.keys == ["model", "permissions", "hooks"])
        #expect(settings["permissions"]?["allow"] == ["Bash(npm test)"])
        #expect(settings["permissions"]?["deny"]?.arrayValue?.first == "Read(./build/**)")
        #expect(settings["permissions"]?["deny"]?.arrayValue?.contains("Read(/src/phi/**)") == true)
        #expect(settings["hooks"]?["PreToolUse"]?.arrayValue?.first?["matcher"] == "Bash")
        #expect(settings["hooks"]?["PreToolUse"]?.arrayValue?.count == 2)
        #expect(repo.read(".cursorrules")?.hasPrefix("Prefer functional components.\n") == true)
        let preCommit = repo.read(".pre-commit-config.yaml") ?? ""
        #expect(preCommit.hasPrefix(Self.userFiles[".pre-commit-config.yaml"]?.dropLast() ?? "-"))
        #expect(preCommit.contains("  # phiguard:begin\n  - repo: local\n"))
        #expect(repo.read(".aider.conf.yml")?.contains("read:\n  - docs/STYLE.md\n  # phiguard:begin\n  - CONVENTIONS.md\n") == true)
        #expect(!repo.exists(".githooks"), "a pre-commit repo gets its hook through pre-commit")
    }

    @Test func removeRestoresEveryUserFileByteForByte() throws {
        let repo = try ScratchRepo(files: Self.userFiles)
        let original = try repo.snapshot()
        try repo.write(".phiguard/policy.yml", Self.policy)
        _ = try scaffolder(repo).apply(dryRun: false, force: false)
        _ = try scaffolder(repo).remove(dryRun: false, purge: true)
        #expect(try repo.snapshot() == original)
        #expect((try? repo.run(["git", "config", "--get", "core.hooksPath"])) == nil)
    }

    @Test func aHandEditedRegionIsRefusedUntilForced() throws {
        let repo = try ScratchRepo(files: Self.userFiles.merging([".phiguard/policy.yml": Self.policy]) { $1 })
        _ = try scaffolder(repo).apply(dryRun: false, force: false)
        let edited = (repo.read("CLAUDE.md") ?? "").replacingOccurrences(of: "Never put into a prompt", with: "Put into a prompt")
        try repo.write("CLAUDE.md", edited)
        try repo.write(".phiguard/policy.yml", Self.policy + "secrets: [\".env\"]\n")
        let before = try repo.snapshot()
        let refused = try scaffolder(repo).apply(dryRun: false, force: false)
        #expect(refused.refused)
        #expect(refused.changes.filter(\.tampered).map(\.path) == ["CLAUDE.md"])
        #expect(try repo.snapshot() == before, "a refusal writes nothing, not even the other files")
        #expect(!(try scaffolder(repo).check().isClean))
        let forced = try scaffolder(repo).apply(dryRun: false, force: true)
        #expect(!forced.refused)
        #expect(repo.read("CLAUDE.md")?.contains("Never put into a prompt") == true)
        #expect(try scaffolder(repo).check().isClean)
    }

    @Test func tamperingIsDetectedForEveryArtifactKind() throws {
        let repo = try ScratchRepo(files: Self.userFiles.merging([".phiguard/policy.yml": Self.policy]) { $1 })
        _ = try scaffolder(repo).apply(dryRun: false, force: false)
        try repo.write(".cursor/rules/phiguard.mdc", "---\nalwaysApply: false\n---\n")
        let settings = (repo.read(".claude/settings.json") ?? "").replacingOccurrences(of: "\"Read(**/.env)\",", with: "")
        try repo.write(".claude/settings.json", settings)
        let yaml = (repo.read(".pre-commit-config.yaml") ?? "").replacingOccurrences(of: "phiguard scan --staged", with: "true")
        try repo.write(".pre-commit-config.yaml", yaml)
        let tampered = try scaffolder(repo).check().changes.filter(\.tampered).map(\.path).sorted()
        #expect(tampered == [".claude/settings.json", ".cursor/rules/phiguard.mdc", ".pre-commit-config.yaml"])
    }

    @Test func policyChangesRegenerateAndDroppedToolsAreCleanedUp() throws {
        let repo = try ScratchRepo(files: Self.userFiles.merging([".phiguard/policy.yml": Self.policy]) { $1 })
        _ = try scaffolder(repo).apply(dryRun: false, force: false)
        #expect(repo.exists(".cursor/rules/phiguard.mdc"))
        try repo.write(".phiguard/policy.yml", Self.policy.replacingOccurrences(
            of: "tools: [agents, claude, cursor, copilot, aider]", with: "tools: [agents, claude]")
            .replacingOccurrences(of: "tables: [patients, claims]", with: "tables: [patients, claims, labs]"))
        #expect(!(try scaffolder(repo).check().isClean), "check reports drift after a policy change")
        _ = try scaffolder(repo).apply(dryRun: false, force: false)
        #expect(!repo.exists(".cursor"))
        #expect(repo.read(".cursorrules") == Self.userFiles[".cursorrules"])
        #expect(repo.read("CLAUDE.md")?.contains("`labs`") == true)
        #expect(try scaffolder(repo).check().isClean)
    }

    @Test func dryRunWritesNothingAndReportsDiffs() throws {
        let repo = try ScratchRepo(files: Self.userFiles)
        let before = try repo.snapshot()
        let outcome = try scaffolder(repo).apply(dryRun: true, force: false)
        #expect(try repo.snapshot() == before)
        let text = ScaffoldReport.text(outcome, verb: .apply, dryRun: true)
        #expect(text.contains("--- a/CLAUDE.md\n+++ b/CLAUDE.md\n"))
        #expect(text.contains("--- /dev/null\n+++ b/.cursor/rules/phiguard.mdc\n"))
    }

    @Test func malformedJSONStopsEverythingWithItsPosition() throws {
        var files = Self.userFiles
        files[".claude/settings.json"] = "{\n  \"model\": \"opus\",\n  \"permissions\": {\"deny\": [}\n}\n"
        let repo = try ScratchRepo(files: files)
        let before = try repo.snapshot()
        do {
            _ = try scaffolder(repo).apply(dryRun: false, force: false)
            Issue.record("expected an error")
        } catch let error as ScaffoldError {
            #expect(error.errorDescription?.hasPrefix(".claude/settings.json:3:") == true, "\(error)")
        }
        #expect(try repo.snapshot() == before)
    }

    @Test func joinsAnExistingPlainGitHookInsteadOfRedirectingGit() throws {
        let repo = try ScratchRepo(files: ["README.md": "x\n"])
        let hook = "#!/bin/sh\necho user hook\nexit 0\n"
        try repo.write(".git/hooks/pre-commit", hook)
        chmod(repo.path + "/.git/hooks/pre-commit", 0o755)
        _ = try scaffolder(repo).apply(dryRun: false, force: false)
        #expect(repo.read(".git/hooks/pre-commit")?.hasPrefix("#!/bin/sh\n# phiguard:begin\n") == true)
        #expect((try? repo.run(["git", "config", "--get", "core.hooksPath"])) == nil)
        _ = try scaffolder(repo).remove(dryRun: false, purge: true)
        #expect(repo.read(".git/hooks/pre-commit") == hook)
    }

    @Test func huskyAndLefthookRepositoriesGetTheirOwnHookFormat() throws {
        let husky = try ScratchRepo(files: [".husky/pre-commit": "npm test\n", "package.json": "{}\n"])
        _ = try scaffolder(husky).apply(dryRun: false, force: false)
        #expect(husky.read(".husky/pre-commit")?.hasPrefix("# phiguard:begin\n") == true)
        #expect(husky.read(".husky/pre-commit")?.hasSuffix("# phiguard:end\nnpm test\n") == true)
        let lefthook = try ScratchRepo(files: ["lefthook.yml": "pre-commit:\n  commands:\n    lint:\n      run: eslint\n"])
        _ = try scaffolder(lefthook).apply(dryRun: false, force: false)
        #expect(lefthook.read("lefthook.yml")?.contains("    phiguard-scan:\n      run: phiguard scan --staged\n") == true)
    }
}

/// Every tool in the table, with every agent's hooks, on a repository that already has some of their files.
extension ScaffolderTests {
    static let allToolsUserFiles: [String: String] = [
        "README.md": "# Clinic app\n",
        "opencode.json": "{\n  \"$schema\": \"https://opencode.ai/config.json\",\n  \"permission\": {\"read\": {\"*\": \"allow\"}}\n}\n",
        // Zed's settings allow comments: phiguard leaves the file as it is and says what to add.
        ".zed/settings.json": "// Project settings\n{\n  \"tab_size\": 2\n}\n",
        "WARP.md": "Use pnpm.\n",
    ]

    static var allToolsPolicy: String {
        let tools = AITool.allCases.map(\.rawValue).joined(separator: ", ")
        let agents = AITool.hookAgents.map(\.rawValue).joined(separator: ", ")
        return "version: 1\ntools: [\(tools)]\nhooks:\n  agents: [\(agents)]\nrestricted:\n  paths: [\"src/phi/**\", \"exports/\"]\n"
    }

    /// A value the user set where phiguard would set a default (Tabnine's hooks switched off) is kept,
    /// and the outcome says what does not take effect.
    @Test func aUserValueAgainstADefaultIsKeptAndNamed() throws {
        let settings = "{\n  \"hooksConfig\": {\"enabled\": false}\n}\n"
        let repo = try ScratchRepo(files: [
            ".tabnine/agent/settings.json": settings,
            ".phiguard/policy.yml": "version: 1\ntools: [claude, tabnine]\nhooks:\n  agents: [claude, tabnine]\n",
        ])
        let outcome = try scaffolder(repo).apply(dryRun: false, force: false)
        let note = outcome.enforcementNotes.first { $0.hasPrefix("tabnine: .tabnine/agent/settings.json sets") }
        #expect(note?.contains("hooksConfig") == true && note?.contains("false") == true && note?.contains("agent hooks") == true,
                "\(outcome.enforcementNotes)")
        let written = try JSONParser.parse(repo.read(".tabnine/agent/settings.json") ?? "")
        #expect(written["hooksConfig"]?["enabled"] == false && written["hooks"]?["BeforeAgent"] != nil)
        // Nothing to say when the value is phiguard's own.
        let clean = try ScratchRepo(files: [".phiguard/policy.yml": "version: 1\ntools: [tabnine]\nhooks:\n  agents: [tabnine]\n"])
        let first = try scaffolder(clean).apply(dryRun: false, force: false)
        let second = try scaffolder(clean).apply(dryRun: false, force: false)
        #expect(!(first.enforcementNotes + second.enforcementNotes).contains { $0.contains(" sets ") }, "\(second.enforcementNotes)")
    }

    @Test func everyToolAndEveryAgentHookMatchTheGoldenFilesAndRemoveRestoresTheRepository() throws {
        let repo = try ScratchRepo(files: Self.allToolsUserFiles.merging([".phiguard/policy.yml": Self.allToolsPolicy]) { $1 })
        let before = try repo.snapshot()
        let outcome = try scaffolder(repo).apply(dryRun: false, force: false)
        #expect(outcome.enforcementNotes.contains { $0.hasPrefix("zed: .zed/settings.json is not strict JSON") })
        #expect(repo.read(".zed/settings.json") == Self.allToolsUserFiles[".zed/settings.json"])
        let snapshot = try repo.snapshot()
        for (path, data) in snapshot.sorted(by: { $0.key < $1.key }) where !path.hasSuffix("/") {
            let mismatch = GoldenFile.mismatch(String(decoding: data, as: UTF8.self), named: "all-tools/\(path)")
            #expect(mismatch == nil, "\(mismatch ?? "")")
        }
        #expect(GoldenFile.recordedPaths(in: "all-tools") == Set(snapshot.keys.filter { !$0.hasSuffix("/") }))
        // The user's own rule stays first, so phiguard's later deny rules win under OpenCode's last-match rule.
        let openCode = try JSONParser.parse(repo.read("opencode.json") ?? "")
        #expect(openCode["permission"]?["read"]?.objectValue?.keys.first == "*")
        #expect(try scaffolder(repo).check().isClean)
        #expect(try scaffolder(repo).apply(dryRun: false, force: false).effectiveChanges.isEmpty)
        _ = try scaffolder(repo).remove(dryRun: false, purge: false)
        #expect(try repo.snapshot() == before)
    }

    @Test func aPathDroppedFromThePolicyLeavesOpenCodesPermissions() throws {
        let repo = try ScratchRepo(files: Self.allToolsUserFiles.merging([
            ".phiguard/policy.yml": "version: 1\ntools: [opencode]\nrestricted:\n  paths: [\"src/phi/**\"]\n",
        ]) { $1 })
        _ = try scaffolder(repo).apply(dryRun: false, force: false)
        #expect(repo.read("opencode.json")?.contains("\"src/phi/*\": \"deny\"") == true)
        try repo.write(".phiguard/policy.yml", "version: 1\ntools: [opencode]\n")
        _ = try scaffolder(repo).apply(dryRun: false, force: false)
        #expect(repo.read("opencode.json")?.contains("src/phi") == false)
        _ = try scaffolder(repo).remove(dryRun: false, purge: false)
        #expect(repo.read("opencode.json") == Self.allToolsUserFiles["opencode.json"])
    }

    @Test func aDenyTurnedIntoAllowIsAnEditOfPhiguardsPart() throws {
        let repo = try ScratchRepo(files: [
            "README.md": "# app\n", ".phiguard/policy.yml": "version: 1\ntools: [opencode]\nrestricted:\n  paths: [\"src/phi/**\"]\n",
        ])
        _ = try scaffolder(repo).apply(dryRun: false, force: false)
        let edited = (repo.read("opencode.json") ?? "").replacingOccurrences(of: "\"src/phi/*\": \"deny\"", with: "\"src/phi/*\": \"allow\"")
        try repo.write("opencode.json", edited)
        #expect(try !scaffolder(repo).check().isClean)
        _ = try scaffolder(repo).apply(dryRun: false, force: true)
        #expect(repo.read("opencode.json")?.contains("\"src/phi/*\": \"deny\"") == true)
    }
}
