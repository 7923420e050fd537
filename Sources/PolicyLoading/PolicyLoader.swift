import Foundation
import PolicyModel
import RepoAccess

/// A policy as loaded for a repository: the resolved values and where they came from.
public struct LoadedPolicy: Sendable, Equatable {
    /// The resolved policy (built-in defaults when there is no file).
    public let policy: Policy
    /// Whether `.phiguard/policy.yml` exists.
    public let fileExists: Bool
    /// Every file read, the repository's own policy first, then each `extends` target.
    public let sources: [String]
    /// SHA-256 over the text of every source file (or of "builtin"): changes whenever the policy can.
    public let digest: String
}

/// Finds and reads `.phiguard/policy.yml`, following `extends` and validating every layer.
public enum PolicyLoader {
    /// The policy's path inside a repository.
    public static let relativePath = ".phiguard/policy.yml"

    /// Loads the repository's policy, or the built-in default when there is none.
    public static func load(repository: Repository) throws -> LoadedPolicy {
        let url = repository.url(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            return LoadedPolicy(
                policy: .builtInDefault, fileExists: false, sources: [], digest: Hashing.sha256Hex("builtin"))
        }
        var chain: [String] = []
        var texts: [String] = []
        let layer = try loadLayer(url: url, displayName: relativePath, chain: &chain, texts: &texts)
        var resolved = layer.resolved()
        if let templates = resolved.templatesDirectory {
            resolved.templatesDirectory = URL(fileURLWithPath: templates, relativeTo: url.deletingLastPathComponent())
                .standardizedFileURL.path
        }
        return LoadedPolicy(
            policy: resolved, fileExists: true, sources: chain,
            digest: Hashing.sha256Hex(texts.joined(separator: "\u{0}")))
    }

    /// Parses policy text (no `extends` resolution) — for validating a file on its own.
    public static func parse(_ text: String, file: String) throws -> Policy {
        try PolicyParser(file: file).parse(text).resolved()
    }

    private static func loadLayer(
        url: URL, displayName: String, chain: inout [String], texts: inout [String]
    ) throws -> PolicyLayer {
        let canonical = url.standardizedFileURL.resolvingSymlinksInPath().path
        if chain.contains(canonical) {
            throw PolicyError.extendsCycle(file: displayName, chain: chain + [canonical])
        }
        chain.append(canonical)
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw PolicyError.unreadable(file: displayName, reason: "not readable as UTF-8 text")
        }
        texts.append(text)
        let layer = try PolicyParser(file: displayName).parse(text)
        guard let extends = layer.extends else { return layer }
        let baseURL = URL(fileURLWithPath: extends, relativeTo: url.deletingLastPathComponent()).standardizedFileURL
        guard FileManager.default.isReadableFile(atPath: baseURL.path) else {
            let position = Self.position(ofKey: "extends", in: text)
            throw PolicyError.extendsMissing(
                file: displayName, line: position.line, column: position.column, target: extends)
        }
        let base = try loadLayer(url: baseURL, displayName: baseURL.path, chain: &chain, texts: &texts)
        return layer.overlaying(base)
    }

    private static func position(ofKey key: String, in text: String) -> (line: Int, column: Int) {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.hasPrefix(key + ":") {
            return (index + 1, key.count + 3)
        }
        return (1, 1)
    }
}
