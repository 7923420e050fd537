import Foundation
import JSONDocument
import TestSupport
import Testing

/// What `inspect` flags, `init` protects: after `init`, `guard claude` refuses a `Read` of every
/// sensitive file the inspection lists, by the policy's path patterns (not by chance content).
@Suite struct SensitiveFileProtectionTests {
    static let fixtures = FixtureScaffoldTests.healthy + ["infra-secrets"]

    @Test(arguments: fixtures)
    func everySensitiveFileInspectListsIsDeniedByGuardAfterInit(fixture: String) throws {
        let repo = try FixtureRepo(fixture)
        let inspect = try PhiguardBinary.run(["inspect", "--format", "json"], in: repo.root.path)
        #expect(inspect.status == 0, "\(inspect.stderr)")
        let sensitive = (try JSONParser.parse(inspect.stdout)["sensitiveFiles"]?.arrayValue ?? [])
            .compactMap { $0["path"]?.stringValue }
        let initRun = try PhiguardBinary.run(["init", "--yes"], in: repo.root.path)
        #expect(initRun.status == 0, "\(initRun.stderr)")
        for path in sensitive {
            let event = JSONPrinter.compact(.object(JSONObject([
                (key: "hook_event_name", value: "PreToolUse"), (key: "cwd", value: .string(repo.root.path)),
                (key: "tool_name", value: "Read"),
                (key: "tool_input", value: .object(JSONObject([(key: "file_path", value: .string(repo.root.path + "/" + path))]))),
            ])))
            let verdict = try PhiguardBinary.run(["guard", "claude"], in: repo.root.path, input: event)
            let output = verdict.stdout.isEmpty ? nil : try JSONParser.parse(verdict.stdout)
            let reason = output?["hookSpecificOutput"]?["permissionDecisionReason"]?.stringValue ?? ""
            #expect(output?["hookSpecificOutput"]?["permissionDecision"]?.stringValue == "deny", "\(fixture): \(path) was not denied")
            #expect(reason.contains("is protected by the policy"), "\(fixture): \(path) denied for another reason: \(reason)")
        }
        if fixture == "infra-secrets" {
            // Every kind the fixture plants is listed, and a `.npmrc` that only names a variable is not.
            let expected = [".npmrc", ".pypirc", ".ssh/id_ed25519", "backups/app.sqlite3", "backups/clinic.sql.gz",
                            "ci/service-account-prod.json", "config/prod.env", "deploy/terraform.tfstate",
                            "docker-compose/db-env-vars.env", "keys/server.p12", "ops/kubeconfig"]
            #expect(sensitive.sorted() == expected)
        }
    }
}
