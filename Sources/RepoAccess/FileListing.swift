import Foundation

/// A file in the repository, by its repository-relative path.
public struct ListedFile: Sendable, Equatable, Hashable {
    /// Path relative to the repository root, `/`-separated.
    public let path: String
    /// Whether git tracks the file (false outside git).
    public let tracked: Bool

    public init(path: String, tracked: Bool) {
        self.path = path
        self.tracked = tracked
    }
}

/// Lists a repository's files: git's tracked and untracked-not-ignored files, or a plain walk outside git.
public enum FileListing {
    /// Every file of the repository. Symbolic links are listed by git but never followed by the walk.
    public static func files(in repository: Repository) throws -> [ListedFile] {
        guard repository.isGitRepository else { return try walk(repository.root) }
        let data = try repository.git.data(["ls-files", "-z", "-t", "--cached", "--others", "--exclude-standard"])
        var seen = Set<String>()
        var files: [ListedFile] = []
        for entry in data.split(separator: 0) where entry.count > 2 {
            // `-t` prefixes each path with a status letter and a space: `H` cached, `?` other.
            let tag = entry[entry.startIndex]
            let path = String(decoding: entry.dropFirst(2), as: UTF8.self)
            guard seen.insert(path).inserted else { continue }
            files.append(ListedFile(path: path, tracked: tag != UInt8(ascii: "?")))
        }
        return files
    }

    private static let skippedDirectories: Set<String> = [".git", ".build", "node_modules", ".venv", "__pycache__"]

    private static func walk(_ root: URL) throws -> [ListedFile] {
        var files: [ListedFile] = []
        var pending = [""]
        let manager = FileManager.default
        while let relative = pending.popLast() {
            let directory = relative.isEmpty ? root.path : root.path + "/" + relative
            guard let names = try? manager.contentsOfDirectory(atPath: directory) else { continue }
            for name in names.sorted() {
                let path = relative.isEmpty ? name : relative + "/" + name
                var status = stat()
                guard lstat(root.path + "/" + path, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR where !skippedDirectories.contains(name): pending.append(path)
                case S_IFREG, S_IFLNK: files.append(ListedFile(path: path, tracked: false))
                default: break
                }
            }
        }
        return files.sorted { $0.path < $1.path }
    }
}
