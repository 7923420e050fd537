import Foundation
import JSONDocument
import TestSupport
import Testing

/// The plugin `init` writes for OpenCode and Kilo Code (`.opencode/plugins/phiguard.js`), loaded by
/// Node as OpenCode loads a project plugin and called with OpenCode's hook shapes
/// (`Tests/Clients/opencode/run_plugin.mjs`): it must refuse what `guard` refuses, stop a message
/// carrying PHI with its text replaced, let clean calls through, and refuse when phiguard cannot run.
/// OpenCode itself comes from npm, which this machine cannot reach; Node runs the module instead.
@Suite struct OpenCodePluginTests {
    static let ssn = GuardCommandTests.ssn

    static let node: String? = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
        .map { "\($0)/node" }.first(where: FileManager.default.isExecutableFile(atPath:))

    @Test func thePluginRefusesWhatGuardRefusesWithOpenCodesShapes() throws {
        guard let node = Self.node else {
            #expect(!validatorsRequired, "node is not installed (bootstrap.sh test installs nodejs)")
            return
        }
        let repo = try GuardCommandTests.fixtureRepo(extra: [
            ".phiguard/policy.yml": "version: 1\ntools: [opencode, kilo]\nhooks:\n  agents: [opencode, kilo]\nrestricted:\n  paths: [\"src/phi/**\"]\n",
            "docs/visit.txt": "Visit note. SSN \(Self.ssn)\n",
            "README.md": "# clinic app\n",
        ])
        let initialised = try PhiguardBinary.run(["init"], in: repo.path)
        #expect(initialised.status == 0, "\(initialised.stderr)")
        let plugin = repo.root.appendingPathComponent(".opencode/plugins/phiguard.js")
        #expect(FileManager.default.fileExists(atPath: plugin.path), "init wrote no plugin")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = [FixtureRepo.packageRoot.appendingPathComponent("Tests/Clients/opencode/run_plugin.mjs").path, plugin.path,
                             repo.path, try PhiguardBinary.url().deletingLastPathComponent().path, Self.ssn]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0 && !printed.contains(Self.ssn), "\(problems.replacingOccurrences(of: Self.ssn, with: "<ssn>"))")
        let report = try JSONParser.parse(printed)
        // OpenCode refuses a file whose named exports are not all functions.
        #expect(report["exports"] == 1 && report["allFunctions"] == true)
        #expect(report["hooks"] == ["chat.message", "tool.execute.before"])
        let scenarios = report["scenarios"]
        for refused in ["read .env", "read a restricted file", "read a file whose content has an SSN", "bash cat of that file",
                        "edit writing an SSN", "write with an SSN", "grep whose lines hold an SSN", "webfetch sending an SSN",
                        "message with an SSN"] {
            #expect(scenarios?[refused]?["threw"] == true, "\(refused): not refused")
            #expect(scenarios?[refused]?["namesPhiguard"] == true && scenarios?[refused]?["printsValue"] == false, "\(refused)")
        }
        #expect(scenarios?["message with an SSN"]?["textStillHoldsValue"] == false, "the blocked message still carries the value")
        for allowed in ["bash ls", "read README.md", "clean message"] {
            #expect(scenarios?[allowed]?["threw"] == false, "\(allowed): refused")
        }
        #expect(scenarios?["clean message"]?["textUnchanged"] == true)
        #expect(scenarios?["read without phiguard"]?["threw"] == true, "without phiguard the plugin must refuse")
    }
}
