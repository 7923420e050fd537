import Foundation
import RepoAccess

/// Read-only facts about the repository's current files that decide where artifacts go.
struct RepoState {
    let repository: Repository

    /// The text of a repository file, nil when it does not exist; throws when it is not readable UTF-8.
    func text(_ path: String) throws -> String? {
        let url = repository.url(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return nil }
        guard !isDirectory.boolValue else {
            throw ScaffoldError.unreadable(file: path, reason: "it is a folder, not a file")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ScaffoldError.unreadable(file: path, reason: "permission denied")
        }
        // Foundation's decoding drops a leading byte-order mark; this keeps every byte, so `remove` gives it back.
        guard let text = String(validating: data, as: UTF8.self) else { throw ScaffoldError.notUTF8(file: path) }
        return text
    }

    func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: repository.url(path).path, isDirectory: &isDirectory)
            && !isDirectory.boolValue
    }

    func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: repository.url(path).path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    /// The URLs of the repository's git remotes (empty outside git or without remotes).
    var remoteURLs: [String] {
        guard repository.isGitRepository,
              let text = try? repository.git.output(["config", "--get-regexp", #"^remote\..*\.url$"#])
        else { return [] }
        return text.split(separator: "\n").compactMap { $0.split(separator: " ", maxSplits: 1).last.map(String.init) }
    }

    /// The repository-relative hooks folder git runs now, when it is inside the work tree.
    var activeHooksFolder: String? { HooksLocation.of(repository)?.relativePath }
}
