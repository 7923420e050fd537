import Foundation
import JSONDocument
import TestSupport
import Testing

/// The plugins `init` writes for agents whose hooks are code, run by Node as the agent runs them and
/// called with the agent's event shapes (`Tests/Clients/<agent>/run_plugin.mjs`): each must refuse what
/// `guard` refuses, let clean calls through, and refuse when phiguard cannot run. OpenCode, Kilo and
/// Amp themselves are npm packages, which this machine cannot reach; Node runs the modules instead.
@Suite struct PluginHookTests {
    static let ssn = GuardCommandTests.ssn

    static let node: String? = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
        .map { "\($0)/node" }.first(where: FileManager.default.isExecutableFile(atPath:))

    /// OpenCode's and Kilo Code's plugin (`.opencode/plugins/phiguard.js`) also stops a message carrying
    /// PHI, its text replaced by the reason.
    @Test func openCodesPluginRefusesWhatGuardRefuses() throws {
        let repo = try Self.initialisedRepo(agents: "opencode, kilo")
        let plugin = repo.root.appendingPathComponent(".opencode/plugins/phiguard.js")
        #expect(FileManager.default.fileExists(atPath: plugin.path), "init wrote no plugin")
        guard let report = try runNode(script: "Tests/Clients/opencode/run_plugin.mjs", [plugin.path, repo.path]) else { return }
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

    /// Amp's plugin (`.amp/plugins/phiguard.ts`, JavaScript in a .ts file) run by Node as Amp runs a
    /// plugin (`Tests/Clients/amp/run_plugin.mjs`): its `tool.call` handler rejects what `guard` refuses
    /// and allows clean calls. Amp itself is an npm package this machine cannot fetch.
    @Test func ampsPluginRejectsWhatGuardRefuses() throws {
        let repo = try Self.initialisedRepo(agents: "amp")
        let written = repo.root.appendingPathComponent(".amp/plugins/phiguard.ts")
        let module = try TemporaryDirectory(prefix: "amp-plugin")
        let copy = module.url.appendingPathComponent("phiguard.mjs")
        try FileManager.default.copyItem(at: written, to: copy)
        guard let report = try runNode(script: "Tests/Clients/amp/run_plugin.mjs", [copy.path, repo.path]) else { return }
        #expect(report["events"] == ["tool.call"])
        let scenarios = report["scenarios"]
        for rejected in ["Read .env", "Read a restricted file", "Bash cat of a file with an SSN", "edit_file writing an SSN",
                         "create_file with an SSN", "Read without phiguard"] {
            #expect(scenarios?[rejected]?["action"] == "reject-and-continue", "\(rejected): not rejected")
            #expect(scenarios?[rejected]?["namesPhiguard"] == true && scenarios?[rejected]?["printsValue"] == false, "\(rejected)")
        }
        for allowed in ["Bash ls", "Read README.md"] {
            #expect(scenarios?[allowed]?["action"] == "allow", "\(allowed): not allowed")
        }
    }

    /// GuardCommandTests' repository with a file whose content has an SSN, initialised for `agents` (tools and hooks).
    private static func initialisedRepo(agents: String) throws -> ScratchRepo {
        let repo = try GuardCommandTests.fixtureRepo(extra: [
            ".phiguard/policy.yml": "version: 1\ntools: [\(agents)]\nhooks:\n  agents: [\(agents)]\nrestricted:\n  paths: [\"src/phi/**\"]\n",
            "docs/visit.txt": "Visit note. SSN \(Self.ssn)\n",
            "README.md": "# clinic app\n",
        ])
        let initialised = try PhiguardBinary.run(["init"], in: repo.path)
        #expect(initialised.status == 0, "\(initialised.stderr)")
        return repo
    }

    /// Runs a Node script of `Tests/Clients` with the module, the repository, phiguard's folder and the
    /// planted value; returns its JSON report (which never holds the value), or nil without Node.
    private func runNode(script: String, _ arguments: [String]) throws -> JSONValue? {
        guard let node = Self.node else {
            #expect(!validatorsRequired, "node is not installed (bootstrap.sh test installs nodejs)")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = [FixtureRepo.packageRoot.appendingPathComponent(script).path] + arguments
            + [try PhiguardBinary.url().deletingLastPathComponent().path, Self.ssn]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0 && !printed.contains(Self.ssn), "\(problems.replacingOccurrences(of: Self.ssn, with: "<ssn>"))")
        return try JSONParser.parse(printed)
    }
}
