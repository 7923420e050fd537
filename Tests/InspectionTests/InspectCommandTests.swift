import Foundation
@testable import Inspection
import JSONDocument
import RepoAccess
import TestSupport
import Testing

/// `phiguard inspect` through the built binary.
@Suite struct InspectCommandTests {
    @Test func jsonReportMatchesTheSpecShape() throws {
        let fixture = try FixtureRepo("django-clinic", untracked: [".env"])
        let result = try PhiguardBinary.run(["inspect", "--repo", fixture.root.path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let json = try JSONParser.parse(result.stdout)
        // Every member the inspector reports, exactly; the command may append more (what init would write).
        let expected = try Inspector.inspect(Repository.locate(fixture.root.path)).jsonValue(repo: fixture.root.path)
        for member in expected.objectValue?.members ?? [] {
            #expect(json[member.key] == member.value, "member \(member.key)")
        }
        #expect(json.objectValue?.keys.prefix(8) == [
            "version", "repo", "languages", "frameworks", "aiTools", "hookManagers", "sensitiveFiles",
            "restrictedCandidates",
        ])
        #expect(json["version"] == 1)
        #expect(json["repo"] == .string(fixture.root.path))
        #expect(json["frameworks"] == ["Django"])
        #expect(json["sensitiveFiles"] == [
            ["path": ".env", "kind": "env", "tracked": false],
            ["path": "exports/patients_export.csv", "kind": "patient-data", "tracked": true],
        ])
        #expect(json["restrictedCandidates"]?.arrayValue?.count == 5)
        #expect(json["restrictedCandidates"]?.arrayValue?.first?.objectValue?.keys == ["path", "reason"])
        #expect(json["restrictedRoutes"] == ["/patients/*"])
    }

    @Test func hookManagersAndToolsUseSpecNames() throws {
        let fixture = try FixtureRepo("existing-configs")
        let result = try PhiguardBinary.run(["inspect", "--format", "json"], in: fixture.root)
        #expect(result.status == 0)
        let json = try JSONParser.parse(result.stdout)
        #expect(json["repo"] == .string(fixture.root.path))
        #expect(json["hookManagers"] == [["manager": "pre-commit", "path": ".pre-commit-config.yaml"]])
        #expect(json["aiTools"]?.arrayValue?.first == ["tool": "agents", "path": "AGENTS.md"])
    }

    @Test func textReportNamesEverySectionAndNoValues() throws {
        let fixture = try FixtureRepo("django-clinic")
        let result = try PhiguardBinary.run(["inspect", "--repo", fixture.root.path])
        #expect(result.status == 0)
        for heading in ["Languages: Python", "Frameworks: Django", "Sensitive files:", "Restricted candidates:",
                        "patients/models.py", "Restricted routes: /patients/*"] {
            #expect(result.stdout.contains(heading), "missing \(heading)")
        }
        // Paths, kinds and reasons only: never a value from the files.
        for value in ["SYN000001", "000-00-0001", "555-0101", "placeholder", "testa.fixture"] {
            #expect(!result.stdout.contains(value), "printed \(value)")
        }
    }

    @Test func inspectWritesNothing() throws {
        let fixture = try FixtureRepo("existing-configs", untracked: ["src/main.py"])
        let before = try fixture.git("status", "--porcelain", "--ignored", "--untracked-files=all")
        let result = try PhiguardBinary.run(["inspect", "--repo", fixture.root.path])
        #expect(result.status == 0)
        #expect(try fixture.git("status", "--porcelain", "--ignored", "--untracked-files=all") == before)
    }

    @Test func aMissingRepositoryExitsTwoWithAClearMessage() throws {
        let result = try PhiguardBinary.run(["inspect", "--repo", "/nonexistent/phiguard-repo"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("/nonexistent/phiguard-repo: not a directory"))
        #expect(result.stderr.contains("--repo"))
    }

    @Test func helpAndUsageErrors() throws {
        let help = try PhiguardBinary.run(["inspect", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--format"))
        #expect(help.stdout.contains("--repo"))
        let viaHelp = try PhiguardBinary.run(["help", "inspect"])
        #expect(viaHelp.status == 0)
        let badFormat = try PhiguardBinary.run(["inspect", "--format", "yaml"])
        #expect(badFormat.status == 64)
    }
}
