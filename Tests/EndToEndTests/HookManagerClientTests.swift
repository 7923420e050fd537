import Foundation
import TestSupport
import Testing

/// The real pre-commit (from the test venv) reading what `init` writes: the stages phiguard
/// configures are named with the command that installs them until they are installed, then they run.
@Suite struct HookManagerClientTests {
    /// `pre-commit` beside the test venv's Python, when `Scripts/run-tests.sh` installed it.
    static let preCommit: String? = testPython.map { URL(fileURLWithPath: $0).deletingLastPathComponent().appendingPathComponent("pre-commit").path }
        .flatMap { FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil }

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

    @Test func initNamesTheInstallCommandUntilPreCommitInstallsBothStagesThenTheHookRefusesAStagedSSN() throws {
        guard let preCommit = Self.preCommit else {
            #expect(!validatorsRequired, "pre-commit is not in the test venv (Scripts/run-tests.sh installs it)")
            return
        }
        let repo = try ScratchRepo(files: ["README.md": "# app\n", ".pre-commit-config.yaml": "repos:\n  - repo: local\n    hooks:\n      - id: team-check\n        name: team check\n        entry: \"true\"\n        language: system\n        pass_filenames: false\n"])
        let home = try TemporaryDirectory(prefix: "pre-commit-home")
        let initRun = try PhiguardBinary.run(["init", "--yes"], in: repo.path)
        #expect(initRun.status == 0, "\(initRun.stderr)")
        let command = "pre-commit install --hook-type pre-commit --hook-type commit-msg"
        #expect(initRun.stderr.contains("the pre-commit hook is configured in pre-commit's configuration but not installed in this clone; run: \(command)"))
        #expect(initRun.stderr.contains("the commit-msg hook is configured"))
        let check = try PhiguardBinary.run(["check"], in: repo.path)
        #expect(check.status == 0, "a stage not installed is a warning, not a failure: \(check.stdout)")
        #expect(check.stderr.contains("run: \(command)"))

        // A plain `pre-commit install` leaves the commit-msg stage out: audit names it as a gap with the command.
        let plain = try run(preCommit, ["install"], in: repo.path, home: home.url.path)
        #expect(plain.status == 0, "\(plain.output)")
        let audit = try PhiguardBinary.run(["audit"], in: repo.path)
        #expect(audit.stdout.contains("the commit-msg hook configured in pre-commit is not installed in this clone"), "\(audit.stdout)")
        #expect(audit.stdout.contains(command))
        #expect(!audit.stdout.contains("the pre-commit hook configured in pre-commit is not installed"))

        let install = try run(preCommit, ["install", "--hook-type", "pre-commit", "--hook-type", "commit-msg"], in: repo.path, home: home.url.path)
        #expect(install.status == 0, "\(install.output)")
        let after = try PhiguardBinary.run(["check"], in: repo.path)
        #expect(after.status == 0)
        #expect(!after.stderr.contains("not installed"), "\(after.stderr)")
        #expect(!(try PhiguardBinary.run(["audit"], in: repo.path)).stdout.contains("not installed in this clone"))

        _ = try repo.run(["git", "add", "-A"])
        let setup = try run("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "Set up phiguard\n\nAI-Assisted: no"], in: repo.path, home: home.url.path)
        #expect(setup.status == 0, "a clean commit passes both stages: \(setup.output)")
        try repo.write("notes.txt", "patient ssn 219-45-6788\n")
        _ = try repo.run(["git", "add", "notes.txt"])
        let refused = try run("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "Add notes\n\nAI-Assisted: no"], in: repo.path, home: home.url.path)
        #expect(refused.status != 0, "pre-commit let a staged SSN through")
        #expect(refused.output.contains("phiguard scan"))
        #expect(!refused.output.contains("219-45-6788"))
        // The commit-msg stage runs too: a malformed AI-Assisted trailer is refused.
        try repo.write("notes.txt", "follow-up on Tuesday\n")
        _ = try repo.run(["git", "add", "notes.txt"])
        let trailer = try run("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "Add notes\n\nAI-Assisted: maybe"], in: repo.path, home: home.url.path)
        #expect(trailer.status != 0 && trailer.output.contains("phiguard provenance trailer"), "\(trailer.output)")
    }
}
