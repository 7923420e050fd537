import RepoAccess

/// `git ls-files -z -t -c -o --exclude-standard`, the listing `FileListing` makes, spawned and parsed
/// without Foundation's `Process` and `Data` slicing: on a 100k-file repository that overhead was
/// as large as git's own work. Same output as `FileListing.files(in:)`.
enum GitFileListing {
    /// Every tracked and untracked-not-ignored file; nil when git could not list them.
    static func files(in root: String) -> [ListedFile]? {
        guard let output = QuickGit.bytes(
            ["ls-files", "-z", "-t", "--cached", "--others", "--exclude-standard"], in: root)
        else { return nil }
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
