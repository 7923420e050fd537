import Foundation
import JSONDocument

/// `.phiguard/lock.json`: what phiguard wrote, so it can detect hand edits and undo exactly its own part.
struct LockFile: Sendable, Equatable {
    /// One artifact as written.
    struct Entry: Sendable, Equatable {
        var path: String
        /// The region's name when a file holds more than one phiguard region.
        var region: String?
        var kind: ArtifactKind
        /// SHA-256 of what phiguard wrote: the whole file (owned), the region (block, yaml-merge),
        /// or the compact JSON of the recorded entries (json-merge).
        var sha256: String
        /// Whether phiguard created the file (so `remove` deletes it once only phiguard's part is left).
        var created: Bool
        /// Marker syntax of a region (block, yaml-merge).
        var syntax: MarkerSyntax?
        /// Text phiguard added before a region to separate it from the user's content.
        var joiner: String?
        /// Values phiguard added to JSON arrays (json-merge).
        var entries: [JSONEntry] = []
        /// Keys phiguard set because they were absent (json-merge).
        var defaults: [JSONEntry] = []
        /// Objects and arrays phiguard created, removed again once empty (json-merge).
        var createdContainers: [[String]] = []
        /// The user's original bytes, kept only when phiguard's printer would not reproduce them,
        /// so `remove` can give them back exactly (json-merge).
        var userText: String?
    }

    /// A git config key phiguard set and the value it replaced.
    struct GitConfig: Sendable, Equatable {
        var key: String
        var value: String
        var previous: String?
    }

    static let path = ".phiguard/lock.json"

    var generator: String
    var policySHA256: String
    var artifacts: [Entry]
    var gitConfig: [GitConfig]

    func entry(for path: String, region: String? = nil) -> Entry? {
        artifacts.first { $0.path == path && $0.region == region }
    }

    // MARK: JSON

    var json: JSONValue {
        .object(JSONObject([
            ("version", 1),
            ("generator", .string(generator)),
            ("policySHA256", .string(policySHA256)),
            ("artifacts", .array(artifacts.map(\.json))),
            ("gitConfig", .array(gitConfig.map { config in
                .object(JSONObject([
                    ("key", .string(config.key)), ("value", .string(config.value)),
                    ("previous", config.previous.map(JSONValue.string) ?? .null),
                ]))
            })),
        ].map { (key: $0.0, value: $0.1) }))
    }

    init(generator: String, policySHA256: String, artifacts: [Entry], gitConfig: [GitConfig]) {
        self.generator = generator
        self.policySHA256 = policySHA256
        self.artifacts = artifacts
        self.gitConfig = gitConfig
    }

    init(text: String) throws {
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            throw ScaffoldError.malformedJSON(
                file: Self.path, line: error.line, column: error.column, reason: error.reason)
        }
        guard value["version"]?.intValue == 1, let artifacts = value["artifacts"]?.arrayValue else {
            throw ScaffoldError.malformedLock(file: Self.path, reason: "not a version 1 phiguard lock")
        }
        generator = value["generator"]?.stringValue ?? ""
        policySHA256 = value["policySHA256"]?.stringValue ?? ""
        self.artifacts = try artifacts.map(Entry.init(json:))
        gitConfig = try (value["gitConfig"]?.arrayValue ?? []).map { item in
            guard let key = item["key"]?.stringValue, let configValue = item["value"]?.stringValue else {
                throw ScaffoldError.malformedLock(file: Self.path, reason: "a gitConfig entry lacks key or value")
            }
            return GitConfig(key: key, value: configValue, previous: item["previous"]?.stringValue)
        }
    }
}

extension LockFile.Entry {
    init(path: String, kind: ArtifactKind, sha256: String, created: Bool) {
        self.path = path
        self.kind = kind
        self.sha256 = sha256
        self.created = created
    }

    var json: JSONValue {
        var object = JSONObject([
            (key: "path", value: .string(path)), (key: "kind", value: .string(kind.rawValue)),
            (key: "sha256", value: .string(sha256)), (key: "created", value: .bool(created)),
        ])
        if let region { object["region"] = .string(region) }
        if let syntax { object["syntax"] = .string(syntax.rawValue) }
        if let joiner, !joiner.isEmpty { object["joiner"] = .string(joiner) }
        if kind == .jsonMerge {
            object["entries"] = .array(entries.map(\.json))
            if !defaults.isEmpty { object["defaults"] = .array(defaults.map(\.json)) }
            object["createdContainers"] = .array(createdContainers.map { .string(JSONPointer.format($0)) })
            if let userText { object["userText"] = .string(userText) }
        }
        return .object(object)
    }

    init(json: JSONValue) throws {
        guard let path = json["path"]?.stringValue, let kindName = json["kind"]?.stringValue,
              let kind = ArtifactKind(rawValue: kindName), let sha = json["sha256"]?.stringValue
        else {
            throw ScaffoldError.malformedLock(file: LockFile.path, reason: "an artifact entry lacks path, kind or sha256")
        }
        self.init(path: path, kind: kind, sha256: sha, created: json["created"]?.boolValue ?? false)
        region = json["region"]?.stringValue
        syntax = json["syntax"]?.stringValue.flatMap(MarkerSyntax.init(rawValue:))
        joiner = json["joiner"]?.stringValue
        entries = try (json["entries"]?.arrayValue ?? []).map(JSONEntry.init(json:))
        defaults = try (json["defaults"]?.arrayValue ?? []).map(JSONEntry.init(json:))
        createdContainers = (json["createdContainers"]?.arrayValue ?? []).compactMap {
            $0.stringValue.map(JSONPointer.parse)
        }
        userText = json["userText"]?.stringValue
    }
}

extension JSONEntry {
    var json: JSONValue {
        .object(JSONObject([(key: "pointer", value: .string(JSONPointer.format(pointer))), (key: "value", value: value)]))
    }

    init(json: JSONValue) throws {
        guard let pointer = json["pointer"]?.stringValue, let value = json["value"] else {
            throw ScaffoldError.malformedLock(file: LockFile.path, reason: "a JSON entry lacks pointer or value")
        }
        self.init(pointer: JSONPointer.parse(pointer), value: value)
    }
}

/// RFC 6901 JSON Pointers for object keys (`/hooks/PreToolUse`).
enum JSONPointer {
    static func format(_ keys: [String]) -> String {
        keys.map { "/" + $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") }
            .joined()
    }

    static func parse(_ text: String) -> [String] {
        text.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }
}
