import Foundation
import JSONDocument
import TestSupport
import Testing

/// The real Claude Code CLI (bundled in PyPI's claude-agent-sdk, installed into the test venv by
/// `Scripts/run-tests.sh`) running what `init` writes, against a scripted Messages API on 127.0.0.1:
/// `Tests/Clients/claude-code/run_scenarios.py` drives one `claude -p` session per scenario and judges
/// it by what the API received. No network, no key.
@Suite(.serialized) struct ClaudeCodeClientTests {
    /// The CLI inside the venv's claude_agent_sdk package, when it is installed.
    static let claude: String? = {
        guard let python = testPython else { return nil }
        let lib = URL(fileURLWithPath: python).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lib")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: lib.path)) ?? []
        return versions.map { lib.appendingPathComponent("\($0)/site-packages/claude_agent_sdk/_bundled/claude").path }
            .first(where: FileManager.default.isExecutableFile(atPath:))
    }()

    @Test func promptsReadsSearchesAndCommandsCarryingPHIOrSecretsNeverReachTheAPI() throws {
        guard let claude = Self.claude, let python = testPython else {
            #expect(!validatorsRequired, "Claude Code is not in the test venv (Scripts/run-tests.sh installs claude-agent-sdk)")
            return
        }
        let work = try TemporaryDirectory(prefix: "claude-code")
        let results = work.url.appendingPathComponent("results.json")
        let runner = FixtureRepo.packageRoot.appendingPathComponent("Tests/Clients/claude-code/run_scenarios.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [runner, "--phiguard", try PhiguardBinary.url().path, "--claude", claude,
                             "--workdir", work.url.path, "--json", results.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // The runner prints planted values only through its own redaction.
        #expect(process.terminationStatus == 0, "\(printed)")
        let report = try JSONParser.parse(String(decoding: try Data(contentsOf: results), as: UTF8.self))
        let scenarios = report["results"]?.arrayValue ?? []
        let keys = Set(scenarios.compactMap { $0["key"]?.stringValue })
        #expect(keys.isSuperset(of: ["a", "b", "c", "d", "d2", "d3", "e", "e2", "f", "ctl-c"]), "\(keys.sorted())")
        for scenario in scenarios where scenario["status"]?.stringValue != "PASS" {
            let failures = (scenario["failures"]?.arrayValue ?? []).compactMap(\.stringValue).joined(separator: "; ")
            Issue.record("\(scenario["key"]?.stringValue ?? "?"): \(scenario["title"]?.stringValue ?? "") — \(failures)")
        }
        // The control without phiguard's tool hook must see the leak, or the other checks prove nothing.
        let control = scenarios.first { $0["key"]?.stringValue == "ctl-c" }
        #expect(control?["leaked"]?.arrayValue?.count == 4)
    }
}
