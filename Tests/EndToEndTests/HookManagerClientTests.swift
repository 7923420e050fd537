import Foundation
import TestSupport
import Testing

/// The real pre-commit and lefthook (from the test venv) reading what `init` writes: the stages phiguard
/// configures are named with the command that installs them until they are installed, then they run.
@Suite struct HookManagerClientTests {
    /// `pre-commit` beside the test venv's Python, when `Scripts/run-tests.sh` installed it.
    static let preCommit = venvProgram("pre-commit")
    /// `lefthook` (PyPI's wheel ships the Go binary) beside the test venv's Python.
    static let lefthook = venvProgram("lefthook")

    private static func venvProgram(_ name: String) -> String? {
        testPython.map { URL(fileURLWithPath: $0).deletingLastPathComponent().appendingPathComponent(name).path }
            .flatMap { FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil }
    }

    /// Runs a program in `directory` with phiguard and the venv on PATH and a private pre-commit home.
    private func run(_ program: String, _ arguments: [String], in directory: String, home: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        let folders = [try PhiguardBinary.url().deletingLastPathComponent().path] + (Self.preCommit.map { [URL(fileURLWithPath: $0).deletingLastPathComponent().path] } ?? [])
        environment["PATH"] = (folders + [environment["PATH"] ?? "/usr/bin:/bin"]).joined(separator: ":")
        environment["PRE_COMMIT_HOME"] = home
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func aPlainPreCommitInstallMakesBothStagesLiveWithoutRunningTheUsersHooksAtCommitMessage() throws {
        guard let preCommit = Self.preCommit else {
            #expect(!validatorsRequired, "pre-commit is not in the test venv (Scripts/run-tests.sh installs it)")
            return
        }
        // The user's own hook has no `stages:`: it must keep running once per commit, at pre-commit only.
        let original = "repos:\n  - repo: local\n    hooks:\n      - id: team-check\n        name: team check\n        entry: \"sh -c 'echo ran >> .git/team-check.log'\"\n        language: system\n        pass_filenames: false\n        always_run: true\n"
        let repo = try ScratchRepo(files: ["README.md": "# app\n", ".pre-commit-config.yaml": original])
        let home = try TemporaryDirectory(prefix: "pre-commit-home")
        let initRun = try PhiguardBinary.run(["init", "--yes"], in: repo.path)
        #expect(initRun.status == 0, "\(initRun.stderr)")
        let command = "pre-commit install --hook-type pre-commit --hook-type commit-msg"
        #expect(initRun.stderr.contains("the pre-commit hook is configured in pre-commit's configuration but not installed in this clone; run: \(command)"))
        #expect(initRun.stderr.contains("the commit-msg hook is configured"))
        let check = try PhiguardBinary.run(["check"], in: repo.path)
        #expect(check.status == 0, "a stage not installed is a warning, not a failure: \(check.stdout)")
        #expect(check.stderr.contains("run: \(command)"))

        // `default_install_hook_types` makes the plain command install both stages.
        let plain = try run(preCommit, ["install"], in: repo.path, home: home.url.path)
        #expect(plain.status == 0, "\(plain.output)")
        #expect(plain.output.contains("pre-commit installed at .git/hooks/pre-commit"), "\(plain.output)")
        #expect(plain.output.contains("pre-commit installed at .git/hooks/commit-msg"), "\(plain.output)")
        #expect(!plain.output.lowercased().contains("warning"), "pre-commit warned about the config: \(plain.output)")
        let after = try PhiguardBinary.run(["check"], in: repo.path)
        #expect(after.status == 0)
        #expect(!after.stderr.contains("not installed"), "\(after.stderr)")
        #expect(!(try PhiguardBinary.run(["audit"], in: repo.path)).stdout.contains("not installed in this clone"))

        try proveBothStages(in: repo, home: home, manager: "pre-commit", scanHook: "phiguard scan", trailerHook: "phiguard provenance trailer")

        // A clone where the commit-msg stage was removed: check warns (exit 0), audit lists the gap with the command.
        try FileManager.default.removeItem(atPath: repo.path + "/.git/hooks/commit-msg")
        let missing = try PhiguardBinary.run(["check"], in: repo.path)
        #expect(missing.status == 0)
        #expect(missing.stderr.contains("the commit-msg hook is configured in pre-commit's configuration but not installed in this clone; run: \(command)"), "\(missing.stderr)")
        let audit = try PhiguardBinary.run(["audit"], in: repo.path)
        #expect(audit.stdout.contains("the commit-msg hook configured in pre-commit is not installed in this clone"), "\(audit.stdout)")
        #expect(audit.stdout.contains(command))
        #expect(!audit.stdout.contains("the pre-commit hook configured in pre-commit is not installed"))

        // remove gives the user's file back byte for byte.
        let remove = try PhiguardBinary.run(["remove"], in: repo.path)
        #expect(remove.status == 0, "\(remove.stderr)")
        #expect(try String(contentsOfFile: repo.path + "/.pre-commit-config.yaml", encoding: .utf8) == original)
    }

    /// A user's own `default_install_hook_types` list gains commit-msg inside it; a flow list is left alone.
    @Test func theUsersInstallTypesListGainsCommitMessageAndPreCommitInstallsIt() throws {
        guard let preCommit = Self.preCommit else {
            #expect(!validatorsRequired, "pre-commit is not in the test venv (Scripts/run-tests.sh installs it)")
            return
        }
        let original = "default_install_hook_types:\n  - pre-commit\n  - pre-push\nrepos:\n  - repo: local\n    hooks: []\n"
        let repo = try ScratchRepo(files: ["README.md": "# app\n", ".pre-commit-config.yaml": original])
        let home = try TemporaryDirectory(prefix: "pre-commit-home")
        #expect(try PhiguardBinary.run(["init", "--yes"], in: repo.path).status == 0)
        let plain = try run(preCommit, ["install"], in: repo.path, home: home.url.path)
        #expect(plain.status == 0, "\(plain.output)")
        for stage in ["pre-commit", "pre-push", "commit-msg"] {
            #expect(plain.output.contains("pre-commit installed at .git/hooks/\(stage)"), "\(stage): \(plain.output)")
        }
        #expect(try PhiguardBinary.run(["remove"], in: repo.path).status == 0)
        #expect(try String(contentsOfFile: repo.path + "/.pre-commit-config.yaml", encoding: .utf8) == original)

        let flow = try ScratchRepo(files: [".pre-commit-config.yaml": "default_install_hook_types: [pre-commit]\nrepos:\n  - repo: local\n    hooks: []\n"])
        let flowInit = try PhiguardBinary.run(["init", "--yes"], in: flow.path)
        #expect(flowInit.status == 0, "\(flowInit.stderr)")
        #expect(flowInit.stderr.contains("run: pre-commit install --hook-type pre-commit --hook-type commit-msg"))
        let config = try String(contentsOfFile: flow.path + "/.pre-commit-config.yaml", encoding: .utf8)
        #expect(config.hasPrefix("default_install_hook_types: [pre-commit]\n"))
        #expect(!config.contains("default_stages"))
    }

    /// Commits through the installed hooks: a clean commit passes both stages and runs the user's own
    /// stage-less hook once; a staged SSN is refused by the scan hook without its value being printed;
    /// a malformed `AI-Assisted` trailer is refused by the commit-msg stage.
    private func proveBothStages(in repo: ScratchRepo, home: TemporaryDirectory, manager: String, scanHook: String,
                                 trailerHook: String) throws {
        _ = try repo.run(["git", "add", "-A"])
        let setup = try commit("Set up phiguard\n\nAI-Assisted: no", in: repo, home: home)
        #expect(setup.status == 0, "a clean commit passes both stages: \(setup.output)")
        let log = try String(contentsOfFile: repo.path + "/.git/team-check.log", encoding: .utf8)
        #expect(log == "ran\n", "the user's stage-less hook ran \(log.split(separator: "\n").count) times for one commit")
        try repo.write("notes.txt", "patient ssn 219-45-6788\n")
        _ = try repo.run(["git", "add", "notes.txt"])
        let refused = try commit("Add notes\n\nAI-Assisted: no", in: repo, home: home)
        #expect(refused.status != 0, "\(manager) let a staged SSN through: \(refused.output)")
        #expect(refused.output.contains(scanHook))
        #expect(!refused.output.contains("219-45-6788"))
        try repo.write("notes.txt", "follow-up on Tuesday\n")
        _ = try repo.run(["git", "add", "notes.txt"])
        let trailer = try commit("Add notes\n\nAI-Assisted: maybe", in: repo, home: home)
        #expect(trailer.status != 0 && trailer.output.contains(trailerHook), "\(trailer.output)")
    }

    private func commit(_ message: String, in repo: ScratchRepo, home: TemporaryDirectory) throws -> (status: Int32, output: String) {
        try run("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", message], in: repo.path, home: home.url.path)
    }

    @Test func lefthookInstallMakesBothStagesLiveAndTheUsersCommandsKeepRunning() throws {
        guard let lefthook = Self.lefthook else {
            #expect(!validatorsRequired, "lefthook is not in the test venv (Scripts/run-tests.sh installs it)")
            return
        }
        let original = "pre-commit:\n  commands:\n    team-check:\n      run: echo ran >> .git/team-check.log\n"
        let repo = try ScratchRepo(files: ["README.md": "# app\n", "lefthook.yml": original])
        let home = try TemporaryDirectory(prefix: "lefthook-home")
        let initRun = try PhiguardBinary.run(["init", "--yes"], in: repo.path)
        #expect(initRun.status == 0, "\(initRun.stderr)")
        #expect(initRun.stderr.contains("the pre-commit hook is configured in lefthook's configuration but not installed in this clone; run: lefthook install"), "\(initRun.stderr)")
        #expect(initRun.stderr.contains("the commit-msg hook is configured in lefthook's configuration"))

        let install = try run(lefthook, ["install"], in: repo.path, home: home.url.path)
        #expect(install.status == 0, "\(install.output)")
        let check = try PhiguardBinary.run(["check"], in: repo.path)
        #expect(check.status == 0 && !check.stderr.contains("not installed"), "\(check.stderr)")

        try proveBothStages(in: repo, home: home, manager: "lefthook", scanHook: "phiguard-scan", trailerHook: "phiguard-provenance")
        let accepted = try commit("Add notes\n\nAI-Assisted: no", in: repo, home: home)
        #expect(accepted.status == 0, "\(accepted.output)")

        try FileManager.default.removeItem(atPath: repo.path + "/.git/hooks/commit-msg")
        let audit = try PhiguardBinary.run(["audit"], in: repo.path)
        #expect(audit.stdout.contains("the commit-msg hook configured in lefthook is not installed in this clone"), "\(audit.stdout)")
        #expect(audit.stdout.contains("lefthook install"))
        #expect(try PhiguardBinary.run(["remove"], in: repo.path).status == 0)
        #expect(try String(contentsOfFile: repo.path + "/lefthook.yml", encoding: .utf8) == original)
    }

    /// husky's hooks are live once `core.hooksPath` points at its folder (npm is not reachable here,
    /// so husky itself is not run: its install is exactly that git setting).
    @Test func huskyStagesAreNamedWithHuskysCommandUntilGitPointsAtHuskysFolder() throws {
        for (version, command) in [("^9.1.7", "npx husky"), ("^8.0.3", "npx husky install")] {
            let repo = try ScratchRepo(files: [
                "package.json": "{\"devDependencies\": {\"husky\": \"\(version)\"}}\n", ".husky/pre-commit": "npm test\n",
            ])
            let initRun = try PhiguardBinary.run(["init", "--yes"], in: repo.path)
            #expect(initRun.status == 0, "\(initRun.stderr)")
            for stage in ["pre-commit", "commit-msg"] {
                #expect(initRun.stderr.contains("the \(stage) hook is configured in husky's configuration but not installed in this clone; run: \(command)\n"), "\(version): \(initRun.stderr)")
            }
            _ = try repo.run(["git", "config", "core.hooksPath", version.hasPrefix("^9") ? ".husky/_" : ".husky"])
            let check = try PhiguardBinary.run(["check"], in: repo.path)
            #expect(check.status == 0 && !check.stderr.contains("not installed"), "\(check.stderr)")
        }
    }

    /// This repository as a pre-commit hook repository: `pre-commit try-repo` runs its `phiguard-scan`
    /// hook the way a team's `repos:` entry would.
    @Test func preCommitTryRepoRunsThisRepositorysHook() throws {
        guard let preCommit = Self.preCommit else {
            #expect(!validatorsRequired, "pre-commit is not in the test venv (Scripts/run-tests.sh installs it)")
            return
        }
        let repo = try ScratchRepo(files: ["README.md": "# app\n"])
        let home = try TemporaryDirectory(prefix: "pre-commit-home")
        let source = FixtureRepo.packageRoot.path
        try repo.write("notes.txt", "follow-up on Tuesday\n")
        _ = try repo.run(["git", "add", "notes.txt"])
        let clean = try run(preCommit, ["try-repo", source, "phiguard-scan"], in: repo.path, home: home.url.path)
        #expect(clean.status == 0, "\(clean.output)")
        #expect(clean.output.contains("phiguard scan (PHI, secrets, AI egress)") && clean.output.contains("Passed"), "\(clean.output)")
        try repo.write("notes.txt", "patient ssn 219-45-6788\n")
        _ = try repo.run(["git", "add", "notes.txt"])
        let refused = try run(preCommit, ["try-repo", source, "phiguard-scan"], in: repo.path, home: home.url.path)
        #expect(refused.status != 0 && refused.output.contains("Failed"), "\(refused.output)")
        #expect(!refused.output.contains("219-45-6788"))
    }
}
