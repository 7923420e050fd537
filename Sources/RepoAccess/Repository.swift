import Foundation

/// A repository on disk: its root folder and, when it is a git work tree, its git directory.
public struct Repository: Sendable, Equatable {
    /// The absolute, symlink-resolved root folder.
    public let root: URL
    /// The git directory (`.git` or a worktree's), when the root is a git work tree.
    public let gitDirectory: URL?

    /// A repository rooted at `root`, used as given (no git top-level lookup).
    public init(root: URL, gitDirectory: URL?) {
        self.root = root
        self.gitDirectory = gitDirectory
    }

    /// Resolves `--repo`: the given path, else the git top-level of the current folder, else the folder itself.
    public static func locate(_ path: String?, currentDirectory: String = FileManager.default.currentDirectoryPath)
        throws -> Repository
    {
        let start = URL(fileURLWithPath: path ?? currentDirectory, relativeTo: URL(fileURLWithPath: currentDirectory))
            .standardizedFileURL.resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: start.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RepoError.notADirectory(path: path ?? currentDirectory)
        }
        // One git process for both answers: `guard` runs this on every prompt.
        let lines = (try? Git(directory: start).output(["rev-parse", "--show-toplevel", "--absolute-git-dir"]))?
            .split(separator: "\n").map { String($0).trimmed } ?? []
        guard lines.count == 2, let topLevel = lines.first, !topLevel.isEmpty else {
            return Repository(root: start, gitDirectory: nil)
        }
        let root = path == nil ? URL(fileURLWithPath: topLevel).resolvingSymlinksInPath() : start
        return Repository(root: root, gitDirectory: URL(fileURLWithPath: lines[1]))
    }

    /// Whether the root is inside a git work tree.
    public var isGitRepository: Bool { gitDirectory != nil }

    /// The git runner for this repository.
    public var git: Git { Git(directory: root) }

    /// The absolute URL of a repository-relative path.
    public func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The repository-relative path (with `/` separators) of an absolute URL inside the root.
    public func relativePath(of url: URL) -> String? {
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : nil
    }
}

extension String {
    /// The string without leading and trailing whitespace and newlines (Unicode White_Space).
    ///
    /// Foundation's `trimmingCharacters(in:)` builds its character set through ICU on first use
    /// (about a millisecond of every prompt `guard` and `redact` judge); the scalar property is the same set.
    public var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
