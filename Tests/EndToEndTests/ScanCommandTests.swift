import Foundation
import JSONDocument
import RepoAccess
import TestSupport
import Testing

/// The test venv's Python (jsonschema, fhir.resources), made by `Scripts/run-tests.sh`.
let testPython: String? = {
    let path = ProcessInfo.processInfo.environment["PHIGUARD_TEST_PYTHON"]
        ?? FixtureRepo.packageRoot.appendingPathComponent(".build/test-venv/bin/python").path
    return FileManager.default.isExecutableFile(atPath: path) ? path : nil
}()

/// `./bootstrap.sh test` sets this, so CI fails rather than skips without the validators.
let validatorsRequired = ProcessInfo.processInfo.environment["PHIGUARD_REQUIRE_VALIDATORS"] == "1"

/// `phiguard scan` through the binary: exit codes, formats, modes, redaction and errors.
@Suite struct ScanCommandTests {
    @Test func stagedAndSinceScansListBinaryFilesAsSkipped() throws {
        let repo = try ScratchRepo(files: ["README.md": "# app\n"])
        try Data([0x62, 0x69, 0x6E, 0x00, 0x01, 0x02]).write(to: repo.root.appendingPathComponent("blob data.bin"))
        try repo.write("notes.txt", "hello\n")
        _ = try repo.run(["git", "add", "blob data.bin", "notes.txt"])
        let staged = try PhiguardBinary.run(["scan", "--staged"], in: repo.path)
        #expect(staged.status == 0, "\(staged.stderr)")
        #expect(staged.stderr.contains("blob data.bin: skipped (binary)"))
        #expect(!staged.stderr.contains("notes.txt: skipped"))
    }

    @Test func namedPathsAndBaselinesThatDoNotExistAreErrorsAndIgnoredPathsAreNamed() throws {
        let repo = try ScratchRepo(files: [".gitignore": "exports/\n", "app.py": "print(1)\n"])
        try repo.write("exports/a.txt", "nothing\n")
        let missing = try PhiguardBinary.run(["scan", "nope.txt"], in: repo.path)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.txt: no such file or folder"))
        let baseline = try PhiguardBinary.run(["scan", "--baseline", "missing.json"], in: repo.path)
        #expect(baseline.status == 2)
        #expect(baseline.stderr.contains("--baseline missing.json: no such file"))
        let created = try PhiguardBinary.run(["scan", "--baseline", "new.json", "--update-baseline"], in: repo.path)
        #expect(created.status == 0, "\(created.stderr)")
        let ignored = try PhiguardBinary.run(["scan", "exports/a.txt", "app.py"], in: repo.path)
        #expect(ignored.status == 0)
        #expect(ignored.stderr.contains("exports/a.txt: not scanned (ignored by git"))
        #expect(!ignored.stderr.contains("app.py: not scanned"))
    }

    static let ssn = "219-45-6788"
    static let token = "ghp_" + "Zq7Lm2Xw9Rt4Vb6Nc1Kd8Hs3Jf5Gp0Ya2Ue7"

    private func repo() throws -> ScratchRepo {
        try ScratchRepo(files: [
            "src/fixture.py": "PATIENT = {\"ssn\": \"\(Self.ssn)\"}\nGITHUB = \"\(Self.token)\"\n",
            "src/clean.py": "def add(a, b):\n    return a + b\n",
        ])
    }

    @Test func exitCodesAndTextOutput() throws {
        let repo = try repo()
        let dirty = try PhiguardBinary.run(["scan"], in: repo.path)
        #expect(dirty.status == 1)
        #expect(dirty.stdout.contains("src/fixture.py"))
        #expect(dirty.stdout.contains("1:20  high  ssn  ***-**-**88  [phi.ssn]"))
        #expect(dirty.stdout.contains("phiguard scan: 2 findings (1 phi, 1 secret) in 1 file"))
        #expect(!dirty.stdout.contains(Self.ssn) && !dirty.stdout.contains(Self.token))
        #expect(!dirty.stdout.contains("\u{1B}["))  // no colour off a terminal
        let clean = try PhiguardBinary.run(["scan", "src/clean.py"], in: repo.path)
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("no findings"))
    }

    @Test func jsonFollowsSpec() throws {
        let repo = try repo()
        let result = try PhiguardBinary.run(["scan", "--format", "json"], in: repo.path)
        let report = try JSONParser.parse(result.stdout)
        #expect(report["version"] == 1)
        let findings = report["findings"]?.arrayValue ?? []
        #expect(findings.count == 2)
        let first = findings.first
        #expect(first?.objectValue?.keys == ["path", "line", "column", "kind", "category", "rule", "severity", "fingerprint",
                                            "redacted", "message", "commit"])
        #expect(first?["kind"] == "ssn" && first?["category"] == "phi" && first?["rule"] == "phi.ssn")
        #expect(first?["commit"] == .null)
        #expect(findings.last?["redacted"]?.stringValue?.hasPrefix("ghp_****") == true)
        #expect(report["stats"]?["files"] == 2)
        #expect(!result.stdout.contains(Self.ssn) && !result.stdout.contains(Self.token))
    }

    @Test func sarifValidatesAgainstTheOASISSchema() throws {
        let repo = try repo()
        let result = try PhiguardBinary.run(["scan", "--format", "sarif"], in: repo.path)
        #expect(result.status == 1)
        let log = try JSONParser.parse(result.stdout)
        #expect(log["version"] == "2.1.0")
        let results = log["runs"]?.arrayValue?.first?["results"]?.arrayValue ?? []
        #expect(results.map { $0["ruleId"]?.stringValue ?? "" } == ["phi.ssn", "secret.github-token"])
        #expect(!result.stdout.contains(Self.ssn) && !result.stdout.contains(Self.token))
        guard let python = testPython else {
            #expect(!validatorsRequired, "the test venv is missing: run Scripts/run-tests.sh")
            return
        }
        let file = repo.root.appendingPathComponent("out.sarif")
        try Data(result.stdout.utf8).write(to: file)
        let schema = FixtureRepo.packageRoot.appendingPathComponent("Tests/ScanningTests/Fixtures/sarif-schema-2.1.0.json").path
        let script = """
            import json, sys
            from jsonschema import validators
            schema = json.load(open(sys.argv[1]))
            cls = validators.validator_for(schema)
            errors = list(cls(schema).iter_errors(json.load(open(sys.argv[2]))))
            print("\\n".join("/".join(map(str, e.absolute_path)) + ": " + e.message for e in errors[:10]))
            sys.exit(1 if errors else 0)
            """
        let check = try ProcessRunner.run(python, arguments: ["-c", script, schema, file.path])
        #expect(check.status == 0, "\(String(decoding: check.standardOutput + check.standardError, as: UTF8.self))")
    }

    @Test func stdinStagedAndUpdateBaseline() throws {
        let repo = try repo()
        let prompt = try PhiguardBinary.run(["scan", "--stdin", "--format", "json"], in: repo.path,
                                            input: "patient email maria.okafor71@gmail.com called about her results")
        #expect(prompt.status == 1)
        #expect(try JSONParser.parse(prompt.stdout)["findings"]?.arrayValue?.first?["path"] == "-")
        #expect(try PhiguardBinary.run(["scan", "--staged"], in: repo.path).status == 0)  // nothing staged
        try repo.write("src/new.py", "patient_phone = \"(617) 432-1234\"\n")
        try repo.run(["git", "add", "src/new.py"])
        let staged = try PhiguardBinary.run(["scan", "--staged", "--format", "json"], in: repo.path)
        #expect(staged.status == 1)
        #expect(try JSONParser.parse(staged.stdout)["findings"]?.arrayValue?.map { $0["path"]?.stringValue ?? "" } == ["src/new.py"])
        let update = try PhiguardBinary.run(["scan", "--update-baseline"], in: repo.path)
        #expect(update.status == 0)
        #expect(update.stderr.contains("wrote 3 finding(s) to .phiguard/baseline.json"))
        #expect(repo.read(".phiguard/baseline.json")?.contains(Self.ssn) == false)
        #expect(try PhiguardBinary.run(["scan"], in: repo.path).status == 0)
    }

    @Test func errorsExitTwoAndNameTheProblem() throws {
        let repo = try repo()
        try repo.write(".phiguard/baseline.json", "{\"findings\": [\n  oops\n]}\n")
        let badBaseline = try PhiguardBinary.run(["scan"], in: repo.path)
        #expect(badBaseline.status == 2)
        #expect(badBaseline.stderr.contains(".phiguard/baseline.json:2:"))
        try repo.write(".phiguard/baseline.json", "{\"findings\": []}\n")
        let badRevision = try PhiguardBinary.run(["scan", "--since", "nope"], in: repo.path)
        #expect(badRevision.status == 2)
        #expect(badRevision.stderr.contains("--since nope"))
        try repo.write(".phiguard/policy.yml", "version: 1\nidentifiers:\n  - {name: bad, pattern: 'E(\\d+'}\n")
        let badPattern = try PhiguardBinary.run(["scan"], in: repo.path)
        #expect(badPattern.status == 2)
        #expect(badPattern.stderr.contains(".phiguard/policy.yml:3:"))
        #expect(try PhiguardBinary.run(["scan", "--max-file-size", "8796093022208"], in: repo.path).status == 64)
        let twoModes = try PhiguardBinary.run(["scan", "--staged", "--history"], in: repo.path)
        #expect(twoModes.status == 64)
    }

    @Test func theGeneratedPreCommitHookBlocksACommitWithPHI() throws {
        let repo = try ScratchRepo(files: ["README.md": "# clinic\n"])
        #expect(try PhiguardBinary.run(["init", "--yes", "--tools", "claude"], in: repo.path).status == 0)
        try repo.write("fixture.py", "PATIENT = {\"ssn\": \"\(Self.ssn)\"}\n")
        try repo.run(["git", "add", "-A"])
        let binaryFolder = try PhiguardBinary.url().deletingLastPathComponent().path
        let environment = ["PATH": binaryFolder + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")]
        let commit = try ProcessRunner.run("env", arguments: environment.map { "\($0)=\($1)" } + ["git", "commit", "-q", "-m", "fixture"],
                                           in: repo.path)
        #expect(commit.status != 0)
        #expect(String(decoding: commit.standardOutput + commit.standardError, as: UTF8.self).contains("phi.ssn"))
        try repo.write("fixture.py", "PATIENT = {\"ssn\": \"900-12-3456\"}  # synthetic\n")
        try repo.run(["git", "add", "-A"])
        let clean = try ProcessRunner.run("env", arguments: environment.map { "\($0)=\($1)" } + ["git", "commit", "-q", "-m", "fixture"],
                                          in: repo.path)
        #expect(clean.status == 0, "\(String(decoding: clean.standardError, as: UTF8.self))")
    }
}
