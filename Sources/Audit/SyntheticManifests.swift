import Foundation
import JSONDocument
import RepoAccess
import Scanning

/// Finds `synthetic-manifest.json` files and checks the SHA-256 of every file they list.
struct SyntheticManifests {
    let repository: Repository

    func verify() throws -> [AuditReport.SyntheticFixture] {
        try FileListing.files(in: repository).map(\.path)
            .filter { $0 == SyntheticManifestIndex.fileName || $0.hasSuffix("/" + SyntheticManifestIndex.fileName) }
            .sorted().map(check)
    }

    private func check(_ manifest: String) -> AuditReport.SyntheticFixture {
        let folder = (manifest as NSString).deletingLastPathComponent
        guard let data = FileManager.default.contents(atPath: repository.url(manifest).path),
              let value = try? JSONParser.parse(String(decoding: data, as: UTF8.self))
        else {
            return .init(manifest: manifest, files: 0, verified: false, problems: ["the manifest is not valid JSON"])
        }
        let listed = SyntheticManifestIndex.files(in: value)
        var problems: [String] = []
        for (path, expected) in listed {
            let full = repository.url(folder.isEmpty ? path : folder + "/" + path).path
            guard let contents = FileManager.default.contents(atPath: full) else {
                problems.append("\(path): missing")
                continue
            }
            if Hashing.sha256Hex(contents) != expected.lowercased() { problems.append("\(path): changed since generation") }
        }
        if listed.isEmpty { problems.append("the manifest lists no files") }
        return .init(manifest: manifest, files: listed.count, verified: problems.isEmpty, problems: problems)
    }
}
