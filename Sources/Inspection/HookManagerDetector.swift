import Foundation
import RepoAccess

/// Finds the git hook managers a repository uses, in the order `init` should prefer them.
enum HookManagerDetector {
    private static let configFiles: [String: DetectedHookManager.Kind] = [
        ".pre-commit-config.yaml": .preCommit, ".pre-commit-config.yml": .preCommit,
        "lefthook.yml": .lefthook, ".lefthook.yml": .lefthook, "lefthook.yaml": .lefthook,
        ".lefthook.yaml": .lefthook, "lefthook.toml": .lefthook, "lefthook.json": .lefthook,
    ]

    /// The manager a listed file shows, if any.
    static func detect(_ file: FilePath) -> DetectedHookManager? {
        if file.isAtRoot, let kind = configFiles[file.path] { return DetectedHookManager(kind: kind, path: file.path) }
        // `.husky/_/` is husky's own generated runtime, not a sign of hooks the project wrote.
        if file.path.hasPrefix(".husky/"), !file.path.hasPrefix(".husky/_/") {
            return DetectedHookManager(kind: .husky, path: ".husky")
        }
        return nil
    }

    /// Plain git hooks: the folder `core.hooksPath` names, or `.git/hooks` when it holds an
    /// executable hook that is not one of git's `.sample` files. Husky's own hooksPath is not counted.
    static func plainGitHooks(in repository: Repository) -> DetectedHookManager? {
        guard let gitDirectory = repository.gitDirectory else { return nil }
        // Any scope: a global core.hooksPath decides this repository's hooks too.
        if let hooksPath = (try? repository.git.output(["config", "--get", "core.hooksPath"]))?.trimmingCharacters(in: .whitespacesAndNewlines),
           !hooksPath.isEmpty {
            guard !hooksPath.hasPrefix(".husky") else { return nil }
            return DetectedHookManager(kind: .githooks, path: reportPath(hooksPath, in: repository))
        }
        let folder = commonDirectory(of: gitDirectory).appendingPathComponent("hooks")
        guard hasActiveHook(in: folder) else { return nil }
        return DetectedHookManager(kind: .githooks, path: reportPath(folder.path, in: repository))
    }

    /// A linked worktree's git directory names the shared one in `commondir`; hooks live there.
    private static func commonDirectory(of gitDirectory: URL) -> URL {
        let file = gitDirectory.appendingPathComponent("commondir")
        guard let sample = BoundedFileReader.sample(atPath: file.path, limit: 4096) else { return gitDirectory }
        let relative = sample.text.trimmed
        guard !relative.isEmpty else { return gitDirectory }
        return URL(fileURLWithPath: relative, relativeTo: gitDirectory).standardizedFileURL
    }

    private static func hasActiveHook(in folder: URL) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.contains { name in
            guard !name.hasSuffix(".sample") else { return false }
            let path = folder.appendingPathComponent(name).path
            guard case .regular = BoundedFileReader.entry(atPath: path) else { return false }
            return access(path, X_OK) == 0
        }
    }

    /// A repository-relative path when the folder is inside the repository, else the path as given.
    private static func reportPath(_ path: String, in repository: Repository) -> String {
        let url = URL(fileURLWithPath: path, relativeTo: repository.root).standardizedFileURL
        return repository.relativePath(of: url) ?? path
    }
}
