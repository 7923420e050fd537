/// Secret files git ignores: not in the listing, yet on disk where an AI tool can read them.
///
/// Asking git for every ignored file walks the whole tree a second time (and `node_modules`), so
/// instead the usual secret names are looked up where projects keep them: the root, each top-level
/// folder and each folder with a manifest. Found files are never read.
enum IgnoredSecretFinder {
    private static let names = [
        ".env", ".env.local", ".env.development", ".env.development.local", ".env.production",
        ".env.production.local", ".env.staging", ".env.test", ".env.test.local", ".envrc",
        "credentials.json", "credentials.yml", "secrets.json", "secrets.yml", "secrets.yaml",
        "service-account.json", "id_rsa", "id_ed25519", ".netrc", ".pgpass",
    ]

    /// Secret files in `folders` (repository-relative, "" for the root) that are not in `listed`.
    static func find(root: String, folders: Set<String>, listed: Set<String>) -> [SensitiveFile] {
        var found: [SensitiveFile] = []
        for folder in folders.sorted() {
            for name in names {
                let path = folder.isEmpty ? name : folder + "/" + name
                guard !listed.contains(path), let kind = SensitiveNames.kind(of: FilePath(path)) else { continue }
                switch BoundedFileReader.entry(atPath: root + "/" + path) {
                case .regular, .symbolicLink: found.append(SensitiveFile(path: path, kind: kind, tracked: false))
                case .other, .missing: continue
                }
            }
        }
        return found
    }
}
