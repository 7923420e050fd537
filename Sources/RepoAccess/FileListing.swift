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
        return parse(try repository.git.data(["ls-files", "-z", "-t", "--cached", "--others", "--exclude-standard"]))
    }

    /// Tracked files, from the index (fast): the first half of `files(in:)`, for a caller that lists
    /// the untracked half on another core meanwhile.
    public static func tracked(in repository: Repository) throws -> [ListedFile] {
        parse(try repository.git.data(["ls-files", "-z", "-t", "--cached"]))
    }

    /// Untracked files that are not ignored (git walks the work tree): the second half.
    public static func untracked(in repository: Repository) throws -> [ListedFile] {
        parse(try repository.git.data(["ls-files", "-z", "-t", "--others", "--exclude-standard"]))
    }

    /// `git ls-files -z -t` output: each entry a status letter (`H` cached, `?` other), a space and
    /// the path. A conflicted file is listed once per stage, consecutively: it is kept once.
    static func parse(_ output: Data) -> [ListedFile] {
        var files: [ListedFile] = []
        files.reserveCapacity(output.count / 40)
        var previous = ""
        output.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var start = 0
            for index in 0..<buffer.count where buffer[index] == 0 {
                defer { start = index + 1 }
                guard index - start > 2 else { continue }
                let path = String(decoding: UnsafeRawBufferPointer(rebasing: buffer[(start + 2)..<index]), as: UTF8.self)
                guard path != previous else { continue }
                previous = path
                files.append(ListedFile(path: path, tracked: buffer[start] != UInt8(ascii: "?")))
            }
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
