import Foundation
import RepoAccess

/// A git-hook stage a hook manager's configuration declares for phiguard but this clone has not
/// installed: configured is not active until the manager writes the hook into git's hooks folder.
public struct InactiveHookStage: Sendable, Equatable {
    /// The git hook: `pre-commit` or `commit-msg`.
    public var stage: String
    /// The hook manager whose configuration declares it: `pre-commit` or `lefthook`.
    public var manager: String
    /// The command that makes it live.
    public var command: String

    /// The one-line warning `init`, `apply` and `check` print.
    public var warning: String {
        "phiguard: the \(stage) hook is configured in \(manager)'s configuration but not installed in this clone; run: \(command)"
    }
}

/// Whether the hooks phiguard configured through a hook manager are live in this clone.
public enum HookActivation {
    /// Every phiguard stage configured through pre-commit or lefthook whose git hook is missing or
    /// is not the manager's.
    public static func inactiveStages(in repository: Repository) -> [InactiveHookStage] {
        let hooks = HooksLocation.of(repository)?.folder
        var inactive: [InactiveHookStage] = []
        if let config = text(".pre-commit-config.yaml", in: repository), config.contains("phiguard-scan") {
            let stages = ["pre-commit"] + (config.contains("phiguard-provenance") ? ["commit-msg"] : [])
            let command = "pre-commit install " + stages.map { "--hook-type \($0)" }.joined(separator: " ")
            for stage in stages where !isInstalled(stage, by: "pre-commit", in: hooks) {
                inactive.append(InactiveHookStage(stage: stage, manager: "pre-commit", command: command))
            }
        }
        for name in ["lefthook.yml", ".lefthook.yml", "lefthook.yaml", ".lefthook.yaml"] {
            guard let config = text(name, in: repository), config.contains("phiguard") else { continue }
            let stages = ["pre-commit"] + (config.contains("commit-msg") ? ["commit-msg"] : [])
            for stage in stages where !isInstalled(stage, by: "lefthook", in: hooks) {
                inactive.append(InactiveHookStage(stage: stage, manager: "lefthook", command: "lefthook install"))
            }
            break
        }
        inactive += inactiveHuskyStages(in: repository)
        return inactive
    }

    /// husky's hooks run only once git's `core.hooksPath` points at husky's folder, which husky's
    /// own command sets (npm's `prepare` script runs it after an install).
    private static func inactiveHuskyStages(in repository: Repository) -> [InactiveHookStage] {
        let stages = ["pre-commit", "commit-msg"].filter { text(".husky/\($0)", in: repository)?.contains("phiguard") == true }
        guard !stages.isEmpty else { return [] }
        let hooksPath = (try? repository.git.output(["config", "--get", "core.hooksPath"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let live = [".husky", ".husky/_", "./.husky", "./.husky/_"].contains(hooksPath)
        guard !live else { return [] }
        // husky 9 installs with `husky`; 4–8 with `husky install`.
        let manifest = text("package.json", in: repository) ?? ""
        let legacy = manifest.range(of: #""husky"\s*:\s*"[\^~>=v ]*[4-8]\."#, options: .regularExpression) != nil
        let command = legacy ? "npx husky install" : "npx husky"
        return stages.map { InactiveHookStage(stage: $0, manager: "husky", command: command) }
    }

    /// Whether the hook file for `stage` exists and was written by `manager` (its name is in it).
    private static func isInstalled(_ stage: String, by manager: String, in hooks: URL?) -> Bool {
        guard let hooks, let data = try? Data(contentsOf: hooks.appendingPathComponent(stage)) else { return false }
        return String(decoding: data, as: UTF8.self).contains(manager)
    }

    private static func text(_ path: String, in repository: Repository) -> String? {
        (try? Data(contentsOf: repository.root.appendingPathComponent(path))).map { String(decoding: $0, as: UTF8.self) }
    }
}
