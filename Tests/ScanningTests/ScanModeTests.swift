import Foundation
import PolicyModel
import RepoAccess
@testable import Scanning
import TestSupport
import Testing

/// Each scan mode reads what it promises: the staged blob not the disk, added lines only, every
/// historical blob once with its commit; and the baseline, allow comments and manifests hold.
@Suite struct ScanModeTests {
    /// An issuable SSN (test data; never a real person's by construction of the test).
    static let ssn = "219-45-6788"
    static let clean = "def total(a, b):\n    return a + b\n"

    private func scan(_ repo: ScratchRepo, _ mode: ScanOptions.Mode = .workingTree, maxFileSize: Int = ScanOptions.defaultMaxFileSize,
                      policy: Policy = .builtInDefault) throws -> ScanResult {
        try Scanner(repository: try repo.repository(), policy: policy).scan(ScanOptions(mode: mode, maxFileSize: maxFileSize))
    }

    @Test func stagedScansTheIndexBlobNotTheDisk() throws {
        let repo = try ScratchRepo(files: ["app.py": Self.clean])
        try repo.write("app.py", Self.clean + "ssn = \"\(Self.ssn)\"\n")
        try repo.run(["git", "add", "app.py"])
        try repo.write("app.py", Self.clean)  // the disk is clean again; the index is not
        let staged = try scan(repo, .staged)
        #expect(staged.findings.map(\.kind) == [.ssn])
        #expect(staged.findings.first?.line == 3)
        #expect(try scan(repo).findings.isEmpty)

        try repo.run(["git", "add", "app.py"])  // now the index is clean and the disk too
        try repo.write("app.py", Self.clean + "ssn = \"\(Self.ssn)\"\n")
        #expect(try scan(repo, .staged).findings.isEmpty)
    }

    @Test func stagedReportsOnlyAddedLines() throws {
        let repo = try ScratchRepo(files: ["legacy.py": "ssn = \"\(Self.ssn)\"\n"])
        try repo.write("legacy.py", "ssn = \"\(Self.ssn)\"\nx = 1\n")
        try repo.run(["git", "add", "legacy.py"])
        #expect(try scan(repo, .staged).findings.isEmpty)
        try repo.write("legacy.py", "ssn = \"\(Self.ssn)\"\nx = 1\nother = \"ssn 321-54-9876\"\n")
        try repo.run(["git", "add", "legacy.py"])
        let findings = try scan(repo, .staged).findings
        #expect(findings.map(\.line) == [3])
    }

    @Test func stagedInANewRepositoryWithoutCommits() throws {
        let repo = try ScratchRepo()
        try repo.write("a.py", "ssn = \"\(Self.ssn)\"\n")
        try repo.run(["git", "add", "a.py"])
        #expect(try scan(repo, .staged).findings.map(\.path) == ["a.py"])
    }

    @Test func historyFindsRemovedValuesWithTheirCommit() throws {
        let repo = try ScratchRepo(files: ["README.md": "# clinic\n"])
        try repo.write("fixture.json", "{\"ssn\": \"\(Self.ssn)\"}\n")
        try repo.run(["git", "add", "-A"])
        try repo.run(["git", "commit", "-q", "-m", "add fixture"])
        let introducing = try repo.run(["git", "rev-parse", "HEAD"]).trimmed
        try repo.write("fixture.json", "{\"ssn\": \"000-00-0000\"}\n")
        try repo.run(["git", "commit", "-q", "-am", "scrub fixture"])
        #expect(try scan(repo).findings.isEmpty)
        let history = try scan(repo, .history)
        #expect(history.findings.count == 1)
        #expect(history.findings.first?.commit == introducing)
        #expect(history.files == 3)  // README, and both versions of the fixture: every blob once
    }

    @Test func sinceReportsLinesAddedAfterTheRevision() throws {
        let repo = try ScratchRepo(files: ["old.py": "ssn = \"\(Self.ssn)\"\n"])
        let base = try repo.run(["git", "rev-parse", "HEAD"]).trimmed
        try repo.write("new.py", "patient_phone = \"(617) 432-1234\"\n")
        try repo.run(["git", "add", "-A"])
        try repo.run(["git", "commit", "-q", "-m", "new"])
        let findings = try scan(repo, .since(base)).findings
        #expect(findings.map(\.path) == ["new.py"])
        #expect(findings.map(\.kind) == [.phone])
        #expect(throws: ScanError.self) { try scan(repo, .since("no-such-branch")) }
    }

    @Test func baselineSurvivesLineMoves() throws {
        let repo = try ScratchRepo(files: ["a.py": "ssn = \"\(Self.ssn)\"\n"])
        let first = try scan(repo)
        #expect(first.findings.count == 1)
        try repo.write(".phiguard/baseline.json", Baseline.render(first.findings))
        try repo.write("a.py", "import os\n\n\n# moved down\nssn = \"\(Self.ssn)\"\n")
        let moved = try scan(repo)
        #expect(moved.findings.isEmpty)
        #expect(moved.baselined.count == 1)
        #expect(moved.baselined.first?.line == 5)
        try repo.write("a.py", "ssn = \"321-54-9876\"\n")  // a different value is not accepted
        #expect(try scan(repo).findings.count == 1)
        try repo.write(".phiguard/baseline.json", "{\"findings\": [\n  {\"fingerprint\": 3}\n]}\n")
        #expect(throws: ScanError.self) { try scan(repo) }
    }

    @Test func inlineAllowNeedsAReason() throws {
        let repo = try ScratchRepo(files: [
            "a.py": "ssn = \"\(Self.ssn)\"  # phiguard:allow documented test vector from the payer's spec\n",
            "b.py": "ssn = \"\(Self.ssn)\"  # phiguard:allow\n",
        ])
        #expect(try scan(repo).findings.map(\.path) == ["b.py"])
    }

    @Test func syntheticManifestFilesAreRecognisedUntilChanged() throws {
        let csv = "Id,FIRST,LAST,SSN\n1,Maria,Okafor,\(Self.ssn)\n"
        let manifest = "{\"version\": 1, \"files\": {\"csv/patients.csv\": \"\(Hashing.sha256Hex(csv))\"}}\n"
        let repo = try ScratchRepo(files: ["out/csv/patients.csv": csv, "out/synthetic-manifest.json": manifest])
        let result = try scan(repo)
        #expect(result.findings.isEmpty)
        #expect(result.syntheticFiles == 1)
        try repo.write("out/csv/patients.csv", csv + "2,Ann,Lee,321-54-9876\n")
        #expect(try scan(repo).findings.contains { $0.path == "out/csv/patients.csv" })
    }

    @Test func binaryOversizedAndInvalidUTF8() throws {
        let repo = try ScratchRepo(files: ["big.txt": String(repeating: "x", count: 4096) + "\nssn \(Self.ssn)\n"])
        var binary = Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00])
        binary.append(Data("ssn \(Self.ssn)".utf8))
        try binary.write(to: repo.root.appendingPathComponent("image.png"))
        var invalid = Data([0xFF, 0xFE, 0xC3])
        invalid.append(Data(" ssn \(Self.ssn) ".utf8))
        invalid.append(Data([0xE2, 0x28, 0xA1, 0x0A]))
        try invalid.write(to: repo.root.appendingPathComponent("latin1.txt"))
        let result = try scan(repo, maxFileSize: 1024)
        #expect(result.skipped.contains(SkippedFile(path: "image.png", reason: .binary)))
        #expect(result.skipped.contains { $0.path == "big.txt" && $0.description.contains("limit") })
        #expect(result.findings.map(\.path) == ["latin1.txt"])
        #expect(result.findings.first?.column == 9)  // bytes, not characters
    }

    @Test func pathologicalSingleLinesScanInLinearTime() throws {
        // 20 MB on one line: digit-dash runs and near-miss emails that make backtracking engines explode.
        var text = String(repeating: "123-45-123-4-", count: 800_000)
        text += String(repeating: "a.a@", count: 500_000) + " ssn \(Self.ssn)"
        let scanner = try Scanner(repository: Repository(root: URL(fileURLWithPath: "/nonexistent"), gitDirectory: nil),
                                  policy: .builtInDefault)
        let findings = try scanner.findings(in: Array(text.utf8), path: "dump.txt")
        #expect(findings.filter { $0.kind == .ssn }.count == 1)
        #expect(findings.first { $0.kind == .ssn }?.line == 1)
        let nulls = [UInt8](repeating: 0, count: 10_000) + Array(" ssn \(Self.ssn)".utf8)
        #expect(try scanner.findings(in: nulls, path: "-").map(\.kind) == [.ssn])
    }

    @Test func customIdentifiersFromThePolicy() throws {
        var policy = Policy.builtInDefault
        policy.identifiers = [.init(name: "epic-mrn", pattern: #"E\d{7}"#, context: ["epic"])]
        let repo = try ScratchRepo(files: ["a.py": "epic_id = \"E1234567\"\n\n\nother = \"E7654321\"\n"])
        let findings = try scan(repo, policy: policy).findings
        #expect(findings.map(\.kind.name) == ["custom:epic-mrn"])
        #expect(findings.first?.line == 1)
        policy.identifiers = [.init(name: "broken", pattern: "E(\\d{7}", context: [])]
        #expect(throws: ScanError.self) { try Scanner(repository: try repo.repository(), policy: policy) }
    }

    @Test func bannedPackagesInManifests() throws {
        let repo = try ScratchRepo(files: [
            "requirements-dev.txt": "pytest==8.0\ndeepseek-sdk>=0.3  # LLM helper\n",
            "package.json": "{\"name\": \"deepseek-free-app\", \"dependencies\": {\"@deepseek/client\": \"^1.0\", \"lodash\": \"4\"}}\n",
            "go.mod": "module example.com/app\n\nrequire github.com/deepseek-ai/deepseek-go v0.1.0\n",
            "notes.md": "We evaluated deepseek and rejected it.\n",
        ])
        let findings = try scan(repo).findings.filter { $0.kind == .bannedPackage }
        #expect(findings.map(\.path).sorted() == ["go.mod", "package.json", "requirements-dev.txt"])
    }
}
