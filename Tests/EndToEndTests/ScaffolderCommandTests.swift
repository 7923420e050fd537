import Foundation
import JSONDocument
import TestSupport
import Testing

/// The scaffolder's commands through the built binary: exit codes, messages, files.
@Suite struct ScaffolderCommandTests {
    @Test func initOnAFreshRepositoryThenApplyWritesNothingAndCheckPasses() throws {
        let repo = try ScratchRepo(files: ["README.md": "# app\n", "CLAUDE.md": "mine\n"])
        let initRun = try PhiguardBinary.run(["init", "--yes"], in: repo.path)
        #expect(initRun.status == 0, "\(initRun.stderr)")
        #expect(initRun.stdout.contains("created   .phiguard/policy.yml"))
        #expect(repo.read("CLAUDE.md")?.hasPrefix("mine\n\n<!-- phiguard:begin -->\n") == true)
        let snapshot = try repo.snapshot()
        let again = try PhiguardBinary.run(["init", "--yes"], in: repo.path)
        #expect(again.status == 0)
        #expect(again.stdout.contains(" 0 files changed"))
        #expect(try repo.snapshot() == snapshot)
        let apply = try PhiguardBinary.run(["apply"], in: repo.path)
        #expect(apply.stdout.contains(" 0 files changed"))
        let check = try PhiguardBinary.run(["check"], in: repo.path)
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test func initNamesTrackedSensitiveFilesWithAQuotedFixAndSummarisesMany() throws {
        let few = try ScratchRepo(files: ["README.md": "# app\n", "exports/visit list.csv": "mrn,dob,diagnosis\n",
                                          ".env": "API_TOKEN=placeholder\n"])
        let fewRun = try PhiguardBinary.run(["init", "--yes"], in: few.path)
        #expect(fewRun.status == 0, "\(fewRun.stderr)")
        #expect(fewRun.stderr.contains("run git rm --cached -- 'exports/visit list.csv'\n"))
        #expect(fewRun.stderr.contains("run git rm --cached -- .env\n"))
        #expect(!fewRun.stderr.contains("more sensitive files"))

        var files = ["README.md": "# app\n"]
        for index in 0..<9 { files["exports/batch_\(index).csv"] = "mrn,dob,diagnosis\n" }
        let many = try ScratchRepo(files: files)
        let manyRun = try PhiguardBinary.run(["init", "--yes"], in: many.path)
        #expect(manyRun.status == 0, "\(manyRun.stderr)")
        #expect(manyRun.stderr.components(separatedBy: "is tracked by git; .gitignore will not untrack it").count - 1 == 5)
        #expect(manyRun.stderr.contains("phiguard: 4 more sensitive files are tracked by git; `phiguard inspect` lists them all"))
    }

    @Test func diffsNeverPrintADetectedValueFromTheUsersOwnLines() throws {
        let token = "ghp_" + "R8x2Lq7Zt4Wm9Pv3Ks6Nd1Hb5Jc0Fy2Ea7Gu"
        let ssn = "219-45-6788"
        let repo = try ScratchRepo(files: [
            ".claude/settings.json": "{\"model\": \"x\", \"env\": {\"GITHUB_TOKEN\": \"\(token)\"}}\n",
            "CLAUDE.md": "Test account: patient ssn \(ssn)\n",
        ])
        let dryRun = try PhiguardBinary.run(["init", "--dry-run"], in: repo.path)
        #expect(dryRun.status == 0, "\(dryRun.stderr)")
        #expect(dryRun.stdout.contains("+++ b/CLAUDE.md"))
        #expect(!dryRun.stdout.contains(token) && !dryRun.stdout.contains(ssn), "a detected value was printed")
        #expect(dryRun.stdout.contains("***-**-**88"))
        _ = try PhiguardBinary.run(["init", "--yes"], in: repo.path)
        let claude = (repo.read("CLAUDE.md") ?? "").replacingOccurrences(of: "## Writing code", with: "## Writing code, ssn \(ssn)")
        try repo.write("CLAUDE.md", claude)
        for command in [["check"], ["apply"], ["remove", "--dry-run"]] {
            let run = try PhiguardBinary.run(command, in: repo.path)
            #expect(run.stdout.contains("CLAUDE.md"), "\(command)")
            #expect(!run.stdout.contains(ssn) && !run.stdout.contains(token), "\(command) printed a detected value")
        }
    }

    @Test func theLockNeverCopiesASecretFromTheUsersJSON() throws {
        let token = "ghp_" + "R8x2Lq7Zt4Wm9Pv3Ks6Nd1Hb5Jc0Fy2Ea7Gu"
        let original = "{\"model\":\"x\",\"env\":{\"GITHUB_TOKEN\":\"\(token)\"}}\n"
        let repo = try ScratchRepo(files: [".claude/settings.json": original])
        #expect(try PhiguardBinary.run(["init", "--yes"], in: repo.path).status == 0)
        #expect(repo.read(".phiguard/lock.json")?.contains(token) == false, "the lock holds a copy of the token")
        _ = try PhiguardBinary.run(["remove", "--purge"], in: repo.path)
        // Without the copy, remove re-prints the file: the same JSON, in the standard layout.
        #expect(try JSONParser.parse(repo.read(".claude/settings.json") ?? "") == JSONParser.parse(original))
    }

    @Test func aByteOrderMarkIsKeptAndGivenBackByRemove() throws {
        let files = ["CLAUDE.md": "\u{FEFF}# Mine\r\nline two", ".claude/settings.json": "\u{FEFF}{\"model\":\"x\"}\r\n"]
        let repo = try ScratchRepo(files: files)
        let original = try repo.snapshot()
        let initRun = try PhiguardBinary.run(["init", "--yes"], in: repo.path)
        #expect(initRun.status == 0, "\(initRun.stderr)")
        for path in files.keys {
            #expect(FileManager.default.contents(atPath: repo.path + "/" + path)?.prefix(3) == Data([0xEF, 0xBB, 0xBF]), "\(path)")
        }
        #expect(try PhiguardBinary.run(["check"], in: repo.path).status == 0)
        _ = try PhiguardBinary.run(["remove", "--purge"], in: repo.path)
        let restored = try repo.snapshot()
        for path in files.keys { #expect(restored[path] == original[path], "\(path) differs after remove") }
    }

    @Test func aHandEditedGuardHookIsReplacedByForceAndTakenOutByRemove() throws {
        let repo = try ScratchRepo(files: [".claude/settings.json": "{\"model\": \"x\"}\n"])
        _ = try PhiguardBinary.run(["init", "--yes", "--tools", "claude"], in: repo.path)
        let failOpen = { (text: String) in text.replacingOccurrences(of: "phiguard guard claude || exit 2", with: "phiguard guard claude || true") }
        try repo.write(".claude/settings.json", failOpen(repo.read(".claude/settings.json") ?? ""))
        #expect(try PhiguardBinary.run(["check"], in: repo.path).status == 1)
        let forced = try PhiguardBinary.run(["apply", "--force"], in: repo.path)
        #expect(forced.status == 0, "\(forced.stdout)")
        let settings = repo.read(".claude/settings.json") ?? ""
        #expect(!settings.contains("|| true"))
        #expect(settings.components(separatedBy: "phiguard guard claude || exit 2").count - 1 == 2)  // UserPromptSubmit and PreToolUse
        #expect(try PhiguardBinary.run(["check"], in: repo.path).status == 0)
        try repo.write(".claude/settings.json", failOpen(settings))
        _ = try PhiguardBinary.run(["remove"], in: repo.path)
        let removed = repo.read(".claude/settings.json") ?? ""
        #expect(!removed.contains("phiguard guard"), "an edited guard hook survived remove")
        #expect(removed.contains("\"model\""))
    }

    @Test func initDryRunPrintsDiffsAndWritesNothing() throws {
        let repo = try ScratchRepo(files: ["README.md": "# app\n"])
        let before = try repo.snapshot()
        let run = try PhiguardBinary.run(["init", "--dry-run", "--repo", repo.path], in: "/")
        #expect(run.status == 0)
        #expect(run.stdout.contains("--- /dev/null\n+++ b/.phiguard/policy.yml\n"))
        #expect(run.stdout.contains("# would run: git config core.hooksPath .githooks"))
        #expect(try repo.snapshot() == before)
    }

    @Test func initToolsNarrowsTheNewPolicyAndRejectsUnknownTools() throws {
        let repo = try ScratchRepo(files: ["README.md": "# app\n"])
        let bad = try PhiguardBinary.run(["init", "--yes", "--tools", "claude,cursr"], in: repo.path)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("unknown tool 'cursr' in --tools. Valid tools: agents, claude, cursor"))
        #expect(!repo.exists(".phiguard"))
        let good = try PhiguardBinary.run(["init", "--yes", "--tools", "claude,cursor"], in: repo.path)
        #expect(good.status == 0)
        #expect(repo.read(".phiguard/policy.yml")?.contains("tools: [claude, cursor]") == true)
        #expect(repo.exists(".cursor/rules/phiguard.mdc"))
        #expect(!repo.exists("GEMINI.md"))
    }

    @Test func checkFailsOnDriftAndTamperingWithDiffsAndJSON() throws {
        let repo = try ScratchRepo(files: ["README.md": "# app\n"])
        _ = try PhiguardBinary.run(["init", "--yes"], in: repo.path)
        try FileManager.default.removeItem(atPath: repo.path + "/.cursorignore")
        let rules = (repo.read(".windsurf/rules/phiguard.md") ?? "") + "extra line\n"
        try repo.write(".windsurf/rules/phiguard.md", rules)
        let check = try PhiguardBinary.run(["check"], in: repo.path)
        #expect(check.status == 1)
        #expect(check.stdout.contains("missing   .cursorignore"))
        #expect(check.stdout.contains("tampered  .windsurf/rules/phiguard.md"))
        #expect(check.stdout.contains("-extra line"))
        let json = try PhiguardBinary.run(["check", "--format", "json"], in: repo.path)
        #expect(json.status == 1)
        let report = try JSONParser.parse(json.stdout)
        #expect(report["clean"] == false)
        let statuses = (report["artifacts"]?.arrayValue ?? []).compactMap { item -> String? in
            guard let path = item["path"]?.stringValue, let status = item["status"]?.stringValue else { return nil }
            return "\(path)=\(status)"
        }
        #expect(statuses.contains(".cursorignore=missing"))
        #expect(statuses.contains(".windsurf/rules/phiguard.md=tampered"))
        #expect(statuses.contains("CLAUDE.md=ok"))
    }

    @Test func applyRefusesHandEditsWithExitOneAndTheDiffUnlessForced() throws {
        let repo = try ScratchRepo(files: ["README.md": "# app\n"])
        _ = try PhiguardBinary.run(["init", "--yes"], in: repo.path)
        let edited = (repo.read("AGENTS.md") ?? "").replacingOccurrences(of: "## Writing code", with: "## Code")
        try repo.write("AGENTS.md", edited)
        let refused = try PhiguardBinary.run(["apply"], in: repo.path)
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("refused   AGENTS.md"))
        #expect(refused.stdout.contains("-## Code\n+## Writing code"))
        #expect(repo.read("AGENTS.md") == edited)
        let forced = try PhiguardBinary.run(["apply", "--force"], in: repo.path)
        #expect(forced.status == 0)
        #expect(repo.read("AGENTS.md")?.contains("## Writing code") == true)
    }

    @Test func removeRestoresTheRepositoryAndPurgeTakesThePolicy() throws {
        let files = ["README.md": "# app\n", ".gitignore": "dist/", "CLAUDE.md": "mine"]
        let repo = try ScratchRepo(files: files)
        let original = try repo.snapshot()
        _ = try PhiguardBinary.run(["init", "--yes"], in: repo.path)
        let keep = try PhiguardBinary.run(["remove"], in: repo.path)
        #expect(keep.status == 0)
        #expect(repo.exists(".phiguard/policy.yml"))
        let purge = try PhiguardBinary.run(["remove", "--purge"], in: repo.path)
        #expect(purge.status == 0)
        #expect(try repo.snapshot() == original)
        let hooksPath = try PhiguardBinary.run(["--version"], in: repo.path)
        #expect(hooksPath.status == 0)
    }

    @Test func malformedInputsExitTwoNamingFileLineColumnAndWriteNothing() throws {
        let repo = try ScratchRepo(files: [
            "README.md": "# app\n",
            ".claude/settings.json": "{\n  \"permissions\": {\n    \"deny\": [\"Read(x)\",]\n  }\n}\n",
        ])
        let before = try repo.snapshot()
        let json = try PhiguardBinary.run(["init", "--yes"], in: repo.path)
        #expect(json.status == 2)
        #expect(json.stderr.contains(".claude/settings.json:3:"))
        #expect(json.stderr.contains("nothing was changed"))
        #expect(try repo.snapshot() == before)
        try FileManager.default.removeItem(atPath: repo.path + "/.claude")
        try repo.write(".phiguard/policy.yml", "version: 1\ntools: [claude, copilt]\n")
        let policy = try PhiguardBinary.run(["apply"], in: repo.path)
        #expect(policy.status == 2)
        #expect(policy.stderr.contains(".phiguard/policy.yml:2:17: unknown tool 'copilt'. Valid tools:"))
        #expect(!repo.exists("CLAUDE.md"))
    }

    @Test func aSymlinkLeavingTheRepositoryIsNeverWrittenThrough() throws {
        let outside = try TemporaryDirectory(prefix: "outside")
        try Data("outside\n".utf8).write(to: outside.url.appendingPathComponent("CLAUDE.md"))
        let repo = try ScratchRepo(files: ["README.md": "# app\n"])
        try FileManager.default.createSymbolicLink(atPath: repo.path + "/CLAUDE.md", withDestinationPath: outside.path + "/CLAUDE.md")
        let run = try PhiguardBinary.run(["init", "--yes"], in: repo.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("CLAUDE.md: is a symbolic link to \(outside.path)/CLAUDE.md, outside the repository"))
        #expect(try String(contentsOfFile: outside.path + "/CLAUDE.md", encoding: .utf8) == "outside\n")
        #expect(!repo.exists("AGENTS.md"))
    }

    @Test func aSecondProcessWaitsForTheRepositoryLock() throws {
        let repo = try ScratchRepo(files: ["README.md": "# app\n"])
        let lockPath = repo.path + "/.git/phiguard.lock"
        let descriptor = open(lockPath, O_CREAT | O_RDWR, 0o644)
        #expect(flock(descriptor, LOCK_EX) == 0)
        let holder = Thread {
            Thread.sleep(forTimeInterval: 1.0)
            flock(descriptor, LOCK_UN)
            close(descriptor)
        }
        holder.start()
        let started = Date()
        let run = try PhiguardBinary.run(["init", "--yes"], in: repo.path)
        #expect(run.status == 0)
        #expect(Date().timeIntervalSince(started) >= 0.9, "init must wait for the other process")
        #expect(repo.exists(".phiguard/lock.json"))
    }

    @Test func everyCommandHasHelp() throws {
        for command in ["init", "apply", "check", "remove"] {
            let run = try PhiguardBinary.run([command, "--help"], in: "/")
            #expect(run.status == 0)
            #expect(run.stdout.contains("USAGE: phiguard \(command)"))
            let viaHelp = try PhiguardBinary.run(["help", command], in: "/")
            #expect(viaHelp.stdout.contains("USAGE: phiguard \(command)"))
        }
    }
}

/// Hooks and edge cases through the binary.
@Suite struct ScaffolderHookTests {
    @Test func theGitHookFailsClosedWhenPhiguardIsMissing() throws {
        let repo = try ScratchRepo(files: ["README.md": "# app\n"])
        _ = try PhiguardBinary.run(["init", "--yes"], in: repo.path)
        try repo.write("notes.txt", "hello\n")
        try repo.run(["git", "add", "notes.txt"])
        let result = try runPreCommitHook(repo: repo, path: "/usr/bin:/bin")
        #expect(result.status == 1)
        #expect(result.stderr.contains("phiguard: not found on PATH"))
    }

    @Test func aSecondProcessGivesUpClearlyAfterTheLockTimeout() throws {
        let repo = try ScratchRepo(files: ["README.md": "# app\n"])
        let descriptor = open(repo.path + "/.git/phiguard.lock", O_CREAT | O_RDWR, 0o644)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX) == 0)
        setenv("PHIGUARD_LOCK_TIMEOUT", "1", 1)
        defer { unsetenv("PHIGUARD_LOCK_TIMEOUT") }
        let run = try PhiguardBinary.run(["apply"], in: repo.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("another phiguard is working on this repository"))
        #expect(!repo.exists("CLAUDE.md"))
    }

    @Test func outsideGitThereIsNoGitHookButEverythingElseIsWritten() throws {
        let repo = try ScratchRepo(files: ["notes.md": "x\n"], git: false)
        let run = try PhiguardBinary.run(["init", "--yes", "--repo", repo.path], in: "/")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(repo.exists("CLAUDE.md"))
        #expect(!repo.exists(".githooks"))
        _ = try PhiguardBinary.run(["remove", "--purge", "--repo", repo.path], in: "/")
        #expect(try repo.snapshot() == ["notes.md": Data("x\n".utf8)])
    }

    @Test func anOrganisationTemplateFolderOverridesABuiltInTemplate() throws {
        let repo = try ScratchRepo(files: [
            ".phiguard/policy.yml": "version: 1\ntools: [claude]\ntemplates: templates\n",
            ".phiguard/templates/rules.mustache": "{{% CONTENT_TYPE: TEXT}}\nACME rules. Banned: {{bannedList}}\n",
        ])
        let run = try PhiguardBinary.run(["apply"], in: repo.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(repo.read("CLAUDE.md") == "<!-- phiguard:begin -->\nACME rules. Banned: `deepseek`\n<!-- phiguard:end -->\n")
    }
}

/// Runs the repository's pre-commit hook with a restricted PATH, as git would.
private func runPreCommitHook(repo: ScratchRepo, path: String) throws -> (status: Int32, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: repo.path + "/.githooks/pre-commit")
    process.currentDirectoryURL = repo.root
    process.environment = ["PATH": path]
    let stderr = Pipe()
    process.standardError = stderr
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let data = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// The provenance commit-msg hook phiguard installs.
@Suite struct ProvenanceHookTests {
    private func runHook(_ repo: ScratchRepo, message: String, environment: [String: String] = [:]) throws
        -> (status: Int32, message: String, stderr: String)
    {
        try repo.write(".git/TEST_MSG", message)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: repo.path + "/.githooks/commit-msg")
        process.arguments = [".git/TEST_MSG"]
        process.currentDirectoryURL = repo.root
        process.environment = ["PATH": "/usr/bin:/bin"].merging(environment) { $1 }
        let stderr = Pipe()
        process.standardError = stderr
        try process.run()
        let data = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, repo.read(".git/TEST_MSG") ?? "", String(decoding: data, as: UTF8.self))
    }

    @Test func marksCommitsCoAuthoredByAnAssistantAndKeepsValidTrailers() throws {
        let repo = try ScratchRepo(files: ["README.md": "# app\n"])
        _ = try PhiguardBinary.run(["init", "--yes"], in: repo.path)
        let coAuthored = try runHook(repo, message: "Fix parser\n\nCo-authored-by: Claude <noreply@anthropic.com>\n")
        #expect(coAuthored.status == 0)
        #expect(coAuthored.message.contains("AI-Assisted: yes"))
        let plain = try runHook(repo, message: "Fix parser\n")
        #expect(plain.status == 0)
        #expect(plain.message == "Fix parser\n")
        let fromClaudeCode = try runHook(repo, message: "Fix parser\n", environment: ["CLAUDECODE": "1"])
        #expect(fromClaudeCode.message.contains("AI-Assisted: yes"))
        let invalid = try runHook(repo, message: "Fix parser\n\nAI-Assisted: maybe\n")
        #expect(invalid.status == 1)
        #expect(invalid.stderr.contains("must be 'AI-Assisted: yes' or 'AI-Assisted: no'"))
    }

    @Test func requiredTrailerRefusesACommitWithoutIt() throws {
        let repo = try ScratchRepo(files: [
            "README.md": "# app\n", ".phiguard/policy.yml": "version: 1\nprovenance: {trailer: AI-Assisted, require: true}\n",
        ])
        _ = try PhiguardBinary.run(["apply"], in: repo.path)
        let missing = try runHook(repo, message: "Fix parser\n")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("Add a trailer line"))
        let declared = try runHook(repo, message: "Fix parser\n\nai-assisted: No\n")
        #expect(declared.status == 0)
    }
}
