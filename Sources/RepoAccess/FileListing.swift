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
        let rootPath = root.path
        while let relative = pending.popLast() {
            let directory = relative.isEmpty ? rootPath : rootPath + "/" + relative
            // readdir's d_type spares an lstat per entry; only DT_UNKNOWN file systems need one.
            guard let stream = opendir(directory) else { continue }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                    String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    var status = stat()
                    guard lstat(rootPath + "/" + path, &status) == 0 else { continue }
                    switch status.st_mode & S_IFMT {
                    case S_IFDIR: type = Int32(DT_DIR)
                    case S_IFREG: type = Int32(DT_REG)
                    case S_IFLNK: type = Int32(DT_LNK)
                    default: continue
                    }
                }
                switch type {
                case Int32(DT_DIR) where !skippedDirectories.contains(name): pending.append(path)
                case Int32(DT_REG), Int32(DT_LNK): files.append(ListedFile(path: path, tracked: false))
                default: break
                }
            }
        }
        return files.sorted { $0.path < $1.path }
    }
}
