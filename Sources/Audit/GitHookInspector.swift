import Foundation
import PolicyModel
import RepoAccess
import Scaffolding

/// Whether git will really run phiguard before a commit: the hook phiguard planned, and the hook
/// file git executes.
struct GitHookInspector {
    let repository: Repository

    func status(outcome: ScaffoldOutcome, policy: Policy) -> AuditReport.GitHook {
        let planned = outcome.changes.first { Self.manager(of: $0) != nil && !$0.path.hasSuffix("commit-msg") }
        let manager = planned.flatMap(Self.manager(of:)) ?? .githooks
        guard repository.isGitRepository, let planned else {
            return .init(manager: policy.hooks.git == .none ? "none" : manager.rawValue, path: nil, installed: false,
                         active: false, executable: false, callsPhiguard: false)
        }
        let installed = planned.action == .unchanged && !planned.tampered
        let runner = runnerPath()
        let runnerText = runner.flatMap { FileManager.default.contents(atPath: $0) }.map { String(decoding: $0, as: UTF8.self) }
        let configText = planned.after ?? ""
        let active: Bool
        let calls: Bool
        switch manager {
        case .preCommit:
            active = runnerText?.contains("pre-commit") == true
            calls = active && configText.contains("phiguard scan --staged")
        case .lefthook:
            active = runnerText?.contains("lefthook") == true
            calls = active && configText.contains("phiguard scan --staged")
        case .husky:
            let hooksPath = repository.git.config("core.hooksPath") ?? ""
            active = hooksPath.hasPrefix(".husky")
            calls = active && configText.contains("phiguard scan --staged")
        case .githooks:
            active = runner.map { repository.relativePath(of: URL(fileURLWithPath: $0)) == planned.path } ?? false
            calls = runnerText?.contains("phiguard scan --staged") == true
        }
        let executable = runner.map { FileManager.default.isExecutableFile(atPath: $0) } ?? false
        return .init(manager: manager.rawValue, path: planned.path, installed: installed, active: active,
                     executable: executable, callsPhiguard: calls)
    }

    /// The pre-commit file git runs, when there is one.
    private func runnerPath() -> String? {
        guard let path = HooksLocation.of(repository)?.hook("pre-commit").path else { return nil }
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// The hook manager that runs a planned file, when it is a git hook.
    static func manager(of change: PlannedChange) -> GitHookManager? {
        for role in change.roles { if case let .gitHook(manager) = role.kind { return manager } }
        return nil
    }
}
