import Foundation
import JSONDocument
import RepoAccess

/// Accepted findings, by fingerprint (`.phiguard/baseline.json`). Fingerprints hash the value and
/// the file, not the line, so an accepted finding stays accepted when lines move.
public struct Baseline: Sendable, Equatable {
    public static let defaultPath = ".phiguard/baseline.json"

    public var fingerprints: Set<String>

    public init(fingerprints: Set<String> = []) {
        self.fingerprints = fingerprints
    }

    /// Reads a baseline; a missing file is an empty baseline, a malformed one an error naming the position.
    public static func load(_ url: URL, displayPath: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: url.path) else { return Baseline() }
        let value: JSONValue
        do {
            value = try JSONParser.parse(String(decoding: data, as: UTF8.self))
        } catch {
            throw ScanError.unreadableBaseline(path: "\(displayPath):\(error.line):\(error.column)", reason: error.reason)
        }
        guard let entries = value["findings"]?.arrayValue else {
            throw ScanError.unreadableBaseline(path: displayPath, reason: "expected an object with a \"findings\" array")
        }
        var fingerprints = Set<String>()
        for (index, entry) in entries.enumerated() {
            guard let fingerprint = entry["fingerprint"]?.stringValue ?? entry.stringValue else {
                throw ScanError.unreadableBaseline(path: displayPath, reason: "findings[\(index)] has no \"fingerprint\" string")
            }
            fingerprints.insert(fingerprint)
        }
        return Baseline(fingerprints: fingerprints)
    }

    /// The baseline file for `findings`: fingerprint, path, kind and rule (never the value), sorted.
    public static func render(_ findings: [Finding]) -> String {
        var seen = Set<String>()
        let entries: [JSONValue] = findings.sorted { ($0.path, $0.fingerprint) < ($1.path, $1.fingerprint) }
            .filter { seen.insert($0.fingerprint).inserted }
            .map { ["fingerprint": .string($0.fingerprint), "path": .string($0.path), "kind": .string($0.kind.name),
                    "rule": .string($0.rule)] }
        return JSONPrinter.pretty(["version": 1, "findings": .array(entries)])
    }
}
