import Foundation
import JSONDocument
import TestSupport
import Testing

private func snapshot(_ root: URL) -> [String: Data] {
    directorySnapshot(root)
}

/// init → apply → check → remove on each fixture repository, through the binary.
@Suite struct FixtureScaffoldTests {
    static let healthy = ["django-clinic", "express-api", "r-research", "existing-configs", "lefthook-repo"]

    @Test(arguments: healthy)
    func initIsIdempotentCheckedAndRemovedByteForByte(fixture: String) throws {
        let repo = try FixtureRepo(fixture)
        let original = snapshot(repo.root)
        let first = try PhiguardBinary.run(["init", "--yes"], in: repo.root.path)
        #expect(first.status == 0, "\(first.stderr)")
        let initialised = snapshot(repo.root)
        for (path, data) in original where !initialised.keys.contains(path) || initialised[path] != data {
            // Files the user had may only have grown a phiguard part; none may disappear.
            #expect(initialised[path] != nil, "\(path) disappeared")
        }
        let second = try PhiguardBinary.run(["apply"], in: repo.root.path)
        #expect(second.stdout.contains(" 0 files changed"))
        #expect(snapshot(repo.root) == initialised)
        let check = try PhiguardBinary.run(["check"], in: repo.root.path)
        #expect(check.status == 0, "\(check.stdout)")
        let remove = try PhiguardBinary.run(["remove", "--purge"], in: repo.root.path)
        #expect(remove.status == 0)
        let restored = snapshot(repo.root)
        for path in Set(original.keys).union(restored.keys).sorted() where original[path] != restored[path] {
            Issue.record("\(fixture): \(path) differs after remove --purge")
        }
    }

    @Test(arguments: healthy)
    func inspectListsExactlyTheFilesInitThenWrites(fixture: String) throws {
        let repo = try FixtureRepo(fixture)
        let inspect = try PhiguardBinary.run(["inspect", "--format", "json"], in: repo.root.path)
        let planned = Set((try JSONParser.parse(inspect.stdout)["initWouldWrite"]?.arrayValue ?? []).compactMap(\.stringValue))
        let before = snapshot(repo.root)
        _ = try PhiguardBinary.run(["init", "--yes"], in: repo.root.path)
        let after = snapshot(repo.root)
        let written = Set(after.keys.filter { before[$0] != after[$0] && !$0.hasPrefix(".git/") && !$0.hasSuffix("/") })
        #expect(planned.subtracting(written).sorted() == [], "\(fixture): planned but not written")
        #expect(written.subtracting(planned).sorted() == [], "\(fixture): written but not planned")
    }

    @Test(arguments: healthy)
    func thePolicyAndEveryUserFilePhiguardTouchedMatchTheGoldenFiles(fixture: String) throws {
        let repo = try FixtureRepo(fixture)
        let original = snapshot(repo.root)
        _ = try PhiguardBinary.run(["init", "--yes"], in: repo.root.path)
        let after = snapshot(repo.root)
        let compared = after.keys.filter { path in
            path == ".phiguard/policy.yml" || (original[path] != nil && original[path] != after[path])
                || [".gitignore", ".husky/pre-commit", "lefthook.yml", ".pre-commit-config.yaml"].contains(path)
        }
        for path in compared.sorted() {
            let text = String(decoding: after[path] ?? Data(), as: UTF8.self)
            let mismatch = GoldenFile.mismatch(text, named: "\(fixture)/\(path)")
            #expect(mismatch == nil, "\(mismatch ?? "")")
        }
        #expect(GoldenFile.recordedPaths(in: fixture) == Set(compared))
    }

    @Test func theDjangoPolicyListsTheInspectorsCandidates() throws {
        let repo = try FixtureRepo("django-clinic")
        _ = try PhiguardBinary.run(["init", "--yes"], in: repo.root.path)
        let policy = (try? String(contentsOfFile: repo.path(".phiguard/policy.yml"), encoding: .utf8)) ?? ""
        #expect(policy.contains("- \"patients/models.py\""))
        #expect(policy.contains("- patients"))
        #expect(!policy.contains("analytics/patients.py"), "named for patients but not PHI code")
        let claude = (try? String(contentsOfFile: repo.path("CLAUDE.md"), encoding: .utf8)) ?? ""
        #expect(claude.contains("- `patients/models.py`"))
        let settings = try JSONParser.parse((try? String(contentsOfFile: repo.path(".claude/settings.json"), encoding: .utf8)) ?? "")
        #expect(settings["permissions"]?["deny"]?.arrayValue?.contains("Read(/patients/models.py)") == true)
    }

    @Test func theMalformedJSONFixtureStopsInitWithItsPosition() throws {
        let repo = try FixtureRepo("malformed-json")
        let before = snapshot(repo.root)
        let run = try PhiguardBinary.run(["init", "--yes"], in: repo.root.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains(".claude/settings.json:3:3: invalid JSON"))
        #expect(snapshot(repo.root) == before)
    }

    @Test func theSymlinkFixtureIsRefusedAndTheOutsideFileUntouched() throws {
        let repo = try FixtureRepo("symlink-escape")
        let outsideBefore = snapshot(repo.outside)
        let run = try PhiguardBinary.run(["init", "--yes"], in: repo.root.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("CLAUDE.md: is a symbolic link to"))
        #expect(run.stderr.contains("outside the repository"))
        #expect(snapshot(repo.outside) == outsideBefore)
        #expect(!FileManager.default.fileExists(atPath: repo.path(".phiguard/lock.json")))
    }
}
