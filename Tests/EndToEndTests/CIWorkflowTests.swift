import Foundation
import JSONDocument
import RepoAccess
import TestSupport
import Testing

/// The CI job `init` writes for the CI a repository uses (policy `ci:`), checked by the CI systems'
/// published schemas (check-jsonschema's vendored copies: actionlint cannot be installed offline) and
/// by running its scan step's shell in bash, as the runner would.
@Suite struct CIWorkflowTests {
    static let checkJSONSchema: String? = testPython.map {
        URL(fileURLWithPath: $0).deletingLastPathComponent().appendingPathComponent("check-jsonschema").path
    }.flatMap { FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil }

    private func validate(_ file: String, schema: String) throws {
        guard let checker = Self.checkJSONSchema else {
            #expect(!validatorsRequired, "check-jsonschema is not in the test venv (Scripts/run-tests.sh installs it)")
            return
        }
        let result = try ProcessRunner.run(checker, arguments: ["--builtin-schema", schema, file])
        #expect(result.status == 0, "\(String(decoding: result.standardOutput + result.standardError, as: UTF8.self))")
    }

    /// The shell of the step or script item that runs `phiguard scan`, read with PyYAML as the runner reads it.
    private func scanScript(_ file: String) throws -> String? {
        guard let python = testPython else { return nil }
        let script = """
            import sys, yaml
            doc = yaml.safe_load(open(sys.argv[1]))
            if "jobs" in doc:
                runs = [s.get("run", "") for s in doc["jobs"]["phiguard"]["steps"]]
            else:
                runs = doc["phiguard"]["script"]
            print(next(r for r in runs if "phiguard scan" in r), end="")
            """
        let result = try ProcessRunner.run(python, arguments: ["-c", script, file])
        #expect(result.status == 0, "\(String(decoding: result.standardError, as: UTF8.self))")
        return String(decoding: result.standardOutput, as: UTF8.self)
    }

    /// Runs `shell` with bash -e in the repository, phiguard on PATH, `BASE` and the CI's variables set.
    private func runStep(_ shell: String, in repo: ScratchRepo, base: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-e", "-c", shell]
        process.currentDirectoryURL = repo.root
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = try PhiguardBinary.url().deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["BASE"] = base
        environment["CI_COMMIT_BEFORE_SHA"] = base
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The scan step refuses a change that adds an SSN and leaves a SARIF file behind for the upload.
    private func proveScanStep(_ file: String, in repo: ScratchRepo) throws {
        guard let shell = try scanScript(file) else {
            #expect(!validatorsRequired, "the test venv is missing: run Scripts/run-tests.sh")
            return
        }
        _ = try repo.run(["git", "add", "-A"])
        _ = try repo.run(["git", "commit", "-q", "--no-verify", "-m", "phiguard"])
        let base = try repo.run(["git", "rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
        try repo.write("notes.txt", "follow-up on Tuesday\n")
        _ = try repo.run(["git", "add", "-A"])
        _ = try repo.run(["git", "commit", "-q", "--no-verify", "-m", "clean"])
        #expect(try runStep(shell, in: repo, base: base) == 0)
        try repo.write("notes.txt", "patient ssn 219-45-6788\n")
        _ = try repo.run(["git", "commit", "-q", "--no-verify", "-am", "leak"])
        #expect(try runStep(shell, in: repo, base: base) == 1)
        let sarif = try JSONParser.parse(repo.read("phiguard.sarif") ?? "")
        #expect(sarif["version"]?.stringValue == "2.1.0")
        #expect(sarif["runs"]?.arrayValue?.first?["results"]?.arrayValue?.count == 1)
        // A base that is not in the clone (a first push) scans the whole tree instead.
        #expect(try runStep(shell, in: repo, base: "0000000000000000000000000000000000000000") == 1)
    }

    @Test func aGitHubRepositoryGetsAWorkflowThatTheSchemaAcceptsAndWhoseScanStepWorks() throws {
        let repo = try ScratchRepo(files: [".github/CODEOWNERS": "* @team\n", "README.md": "# app\n"])
        _ = try repo.run(["git", "remote", "add", "origin", "git@github.com:example/clinic-app.git"])
        let initRun = try PhiguardBinary.run(["init", "--yes"], in: repo.path)
        #expect(initRun.status == 0, "\(initRun.stderr)")
        let workflow = try #require(repo.read(".github/workflows/phiguard.yml"))
        if let diff = GoldenFile.mismatch(workflow, named: "ci/github-workflow.yml") { Issue.record("\(diff)") }
        try validate(repo.path + "/.github/workflows/phiguard.yml", schema: "vendor.github-workflows")
        #expect(workflow.contains("phiguard check") && workflow.contains("github/codeql-action/upload-sarif"))
        try proveScanStep(repo.path + "/.github/workflows/phiguard.yml", in: repo)
        #expect(try PhiguardBinary.run(["check"], in: repo.path).status == 0)
        #expect(try PhiguardBinary.run(["remove"], in: repo.path).status == 0)
        #expect(!repo.exists(".github/workflows"))
        #expect(repo.exists(".github/CODEOWNERS"))

        // A repository already running GitHub Actions gets the workflow beside its own.
        let actions = try ScratchRepo(files: [".github/workflows/ci.yml": "on: push\njobs: {}\n"])
        #expect(try PhiguardBinary.run(["init", "--yes"], in: actions.path).status == 0)
        #expect(actions.exists(".github/workflows/phiguard.yml"))
    }

    @Test func aGitLabPipelineGainsAJobAndRemoveGivesItBackByteForByte() throws {
        let original = "stages: [build, test]\n\nbuild:\n  stage: build\n  script:\n    - make\n"
        let repo = try ScratchRepo(files: [".gitlab-ci.yml": original, "README.md": "# app\n"])
        let initRun = try PhiguardBinary.run(["init", "--yes"], in: repo.path)
        #expect(initRun.status == 0, "\(initRun.stderr)")
        let pipeline = try #require(repo.read(".gitlab-ci.yml"))
        #expect(pipeline.hasPrefix(original))
        if let diff = GoldenFile.mismatch(pipeline, named: "ci/gitlab-ci.yml") { Issue.record("\(diff)") }
        try validate(repo.path + "/.gitlab-ci.yml", schema: "vendor.gitlab-ci")
        try proveScanStep(repo.path + "/.gitlab-ci.yml", in: repo)
        #expect(try PhiguardBinary.run(["remove"], in: repo.path).status == 0)
        #expect(repo.read(".gitlab-ci.yml") == original)
    }

    @Test func noCIFoundMeansNoFileAndThePolicyKeyChoosesOne() throws {
        let plain = try ScratchRepo(files: ["README.md": "# app\n"])
        #expect(try PhiguardBinary.run(["init", "--yes"], in: plain.path).status == 0)
        #expect(!plain.exists(".github/workflows") && !plain.exists(".gitlab-ci.yml"))
        let again = try PhiguardBinary.run(["apply"], in: plain.path)
        #expect(again.stdout.contains(" 0 files changed") && !plain.exists(".github/workflows"), "\(again.stdout)")
        #expect(plain.read(".phiguard/policy.yml")?.contains("\nci: auto") == true)

        let chosen = try ScratchRepo(files: [".phiguard/policy.yml": "version: 1\nci: gitlab\n"])
        #expect(try PhiguardBinary.run(["apply"], in: chosen.path).status == 0)
        try validate(chosen.path + "/.gitlab-ci.yml", schema: "vendor.gitlab-ci")
        #expect(try PhiguardBinary.run(["remove"], in: chosen.path).status == 0)
        #expect(!chosen.exists(".gitlab-ci.yml"))

        // An existing policy without `ci:` gets no CI file, even with a `.github/` folder.
        let existing = try ScratchRepo(files: [".phiguard/policy.yml": "version: 1\n", ".github/workflows/ci.yml": "on: push\n"])
        #expect(try PhiguardBinary.run(["apply"], in: existing.path).status == 0)
        #expect(!existing.exists(".github/workflows/phiguard.yml"))
        let wrong = try ScratchRepo(files: [".phiguard/policy.yml": "version: 1\nci: jenkins\n"])
        let error = try PhiguardBinary.run(["apply"], in: wrong.path)
        #expect(error.status == 2)
        #expect(error.stderr.contains(".phiguard/policy.yml:2:5") && error.stderr.contains("github"), "\(error.stderr)")
    }
}
