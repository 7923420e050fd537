import JSONDocument
import PolicyModel

/// How phiguard's content lives in a file; recorded per artifact in `.phiguard/lock.json`.
public enum ArtifactKind: String, Sendable, Codable {
    /// The whole file is phiguard's.
    case owned
    /// A delimited region inside a file the user also edits.
    case block
    /// Entries phiguard added to a JSON file, recorded one by one.
    case jsonMerge = "json-merge"
    /// A delimited region inserted at the right place inside a YAML file.
    case yamlMerge = "yaml-merge"
}

/// The comment syntax of a managed region's begin and end lines.
public enum MarkerSyntax: String, Sendable, Equatable {
    case markdown, hash

    /// The line that opens a managed region.
    var begin: String { self == .markdown ? "<!-- phiguard:begin -->" : "# phiguard:begin" }
    /// The line that closes a managed region.
    var end: String { self == .markdown ? "<!-- phiguard:end -->" : "# phiguard:end" }
}

/// Where a new managed region goes in an existing file.
enum BlockPlacement: Sendable, Equatable {
    /// After the user's content.
    case end
    /// After a `#!` line, so a shell hook runs phiguard before the user's commands can `exit`.
    case afterShebang
    /// Inside the YAML node at this key path (missing keys are created inside the region).
    case yaml(path: [String])
}

/// One value phiguard puts into a JSON file: appended to the array at `pointer`, or, for a
/// default, set at `pointer` when that key is absent.
public struct JSONEntry: Sendable, Equatable {
    /// Object keys from the root to the array (or to the defaulted key).
    public var pointer: [String]
    public var value: JSONValue

    public init(pointer: [String], value: JSONValue) {
        self.pointer = pointer
        self.value = value
    }
}

/// What phiguard wants in one file.
enum ArtifactContent: Sendable, Equatable {
    case owned(String)
    case block(syntax: MarkerSyntax, placement: BlockPlacement, body: String)
    case json(entries: [JSONEntry], defaults: [JSONEntry])
}

/// A file phiguard intends to write, derived from the policy; the unit of apply, check and remove.
struct PlannedArtifact: Sendable, Equatable {
    var path: String
    /// The region's name when a file holds more than one phiguard region (nil: the usual one).
    var region: String? = nil
    var kind: ArtifactKind
    /// The tools this artifact serves (several tools can share one file, e.g. AGENTS.md).
    var tools: [AITool]
    /// What the file is for (several roles when tools share it).
    var roles: [ArtifactRole]
    /// POSIX permissions for a file phiguard creates (hooks are executable).
    var mode: UInt32?
    var content: ArtifactContent
}

/// A git config setting phiguard makes, with the value it replaced so `remove` can restore it.
struct PlannedGitConfig: Sendable, Equatable {
    var key: String
    var value: String
}
