import Foundation
import JSONDocument
import RepoAccess

/// Files `phiguard synth` generated: listed with their SHA-256 in a `synthetic-manifest.json` in
/// their folder or a folder above. A listed file whose content still matches is not scanned.
public final class SyntheticManifestIndex: @unchecked Sendable {
    public static let fileName = "synthetic-manifest.json"

    private let root: URL
    private let lock = NSLock()
    /// Folder (repository-relative, "" for the root) → the files its manifest lists, by path relative to the root.
    private var manifests: [String: [String: String]?] = [:]

    /// Folders known to hold a manifest (from a file listing); nil to look on disk for each folder.
    private let knownFolders: Set<String>?

    init(root: URL, listing: [String]? = nil) {
        self.root = root
        knownFolders = listing.map { paths in
            Set(paths.filter { $0 == Self.fileName || $0.hasSuffix("/" + Self.fileName) }
                .map { $0 == Self.fileName ? "" : String($0.dropLast(Self.fileName.count + 1)) })
        }
    }

    /// Whether `bytes` at `path` are exactly what a manifest recorded.
    func isGenerated(path: String, bytes: [UInt8]) -> Bool {
        guard path != "-", knownFolders?.isEmpty != true else { return false }
        var folder = path
        var expected: String?
        while expected == nil {
            guard let slash = folder.lastIndex(of: "/") else {
                expected = listing(for: "")?[path]
                break
            }
            folder = String(folder[..<slash])
            expected = listing(for: folder)?[path]
        }
        guard let expected else { return false }
        return Hashing.sha256Hex(Data(bytes)) == expected.lowercased()
    }

    private func listing(for folder: String) -> [String: String]? {
        if let knownFolders, !knownFolders.contains(folder) { return nil }
        lock.lock()
        defer { lock.unlock() }
        if let known = manifests[folder] { return known }
        let url = folder.isEmpty ? root.appendingPathComponent(Self.fileName) : root.appendingPathComponent(folder + "/" + Self.fileName)
        var result: [String: String]?
        if let data = FileManager.default.contents(atPath: url.path),
           let value = try? JSONParser.parse(String(decoding: data, as: UTF8.self))
        {
            var files: [String: String] = [:]
            for (relative, hash) in Self.files(in: value) {
                files[folder.isEmpty ? relative : folder + "/" + relative] = hash
            }
            result = files
        }
        manifests[folder] = .some(result)
        return result
    }

    /// A manifest's `files`: an object (path → hash or `{sha256}`) or an array of `{path, sha256}`.
    public static func files(in manifest: JSONValue) -> [(String, String)] {
        if let object = manifest["files"]?.objectValue {
            return object.members.compactMap { member in
                (member.value.stringValue ?? member.value["sha256"]?.stringValue).map { (member.key, $0) }
            }
        }
        return (manifest["files"]?.arrayValue ?? []).compactMap { item in
            guard let path = item["path"]?.stringValue, let hash = item["sha256"]?.stringValue else { return nil }
            return (path, hash)
        }
    }
}
