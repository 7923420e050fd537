import RepoAccess

/// Secret files git ignores: not in the listing, yet on disk where an AI tool can read them.
///
/// One extra `git ls-files --others --ignored --directory` (ignored folders such as `node_modules/`
/// are reported once, not walked), judged by name only: ignored files are never read.
enum IgnoredSecretFinder {
    /// Ignored files whose names mark them as secrets, keys, credentials or databases.
    static func find(in repository: Repository) -> [SensitiveFile] {
        guard repository.isGitRepository,
              let data = try? repository.git.data(
                  ["ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory"])
        else { return [] }
        return data.split(separator: 0).compactMap { entry in
            let path = String(decoding: entry, as: UTF8.self)
            guard !path.hasSuffix("/"), let kind = SensitiveNames.kind(of: FilePath(path)) else { return nil }
            return SensitiveFile(path: path, kind: kind, tracked: false)
        }
    }
}
