import RepoAccess

/// The listing `FileListing` makes (`git ls-files -c -o --exclude-standard`), in two halves that can
/// run at once, spawned and parsed without Foundation's `Process` and `Data` slicing: on a 100k-file
/// repository that overhead was as large as git's own work.
enum GitFileListing {
    /// Tracked files, from the index (fast); nil when git could not list them.
    static func tracked(in root: String) -> [ListedFile]? {
        list(["ls-files", "-z", "-t", "--cached"], in: root)
    }

    /// Untracked files that are not ignored (git walks the work tree); nil when git could not list them.
    static func untracked(in root: String) -> [ListedFile]? {
        list(["ls-files", "-z", "-t", "--others", "--exclude-standard"], in: root)
    }

    /// Both halves; the same files as `FileListing.files(in:)`.
    static func files(in root: String) -> [ListedFile]? {
        guard let tracked = tracked(in: root), let untracked = untracked(in: root) else { return nil }
        return tracked + untracked
    }

    private static func list(_ arguments: [String], in root: String) -> [ListedFile]? {
        guard let output = QuickGit.bytes(arguments, in: root) else { return nil }
        var files: [ListedFile] = []
        files.reserveCapacity(output.count / 40)
        var previous = ""
        output.withUnsafeBufferPointer { buffer in
            var start = 0
            for index in 0..<buffer.count where buffer[index] == 0 {
                defer { start = index + 1 }
                // Each entry is a status letter, a space and the path; `H` cached, `?` other.
                guard index - start > 2 else { continue }
                let path = String(decoding: UnsafeBufferPointer(rebasing: buffer[(start + 2)..<index]), as: UTF8.self)
                // A conflicted file is listed once per stage, consecutively.
                guard path != previous else { continue }
                previous = path
                files.append(ListedFile(path: path, tracked: buffer[start] != UInt8(ascii: "?")))
            }
        }
        return files
    }
}
