import Foundation

/// Where git runs this clone's hooks from, as git itself resolves it (`git rev-parse --git-path
/// hooks`): `core.hooksPath` from any config level, else the hooks folder of the common git
/// directory, which a linked worktree shares with its main clone.
public struct HooksLocation: Sendable, Equatable {
    /// The folder, absolute.
    public let folder: URL
    /// Its path relative to the repository root, when it is inside the work tree.
    public let relativePath: String?

    /// The hooks location of `repository`; nil outside a git repository.
    public static func of(_ repository: Repository) -> HooksLocation? {
        guard repository.isGitRepository,
              let path = try? repository.git.output(["rev-parse", "--git-path", "hooks"]).trimmed, !path.isEmpty
        else { return nil }
        let folder = URL(fileURLWithPath: path, relativeTo: repository.root).standardizedFileURL
        return HooksLocation(folder: folder, relativePath: repository.relativePath(of: folder))
    }

    /// The file git runs for `stage` (`pre-commit`, `commit-msg`), whether or not it exists.
    public func hook(_ stage: String) -> URL { folder.appendingPathComponent(stage) }
}
