import PolicyModel
import RepoAccess

/// What one file should become, computed before anything is written.
public struct PlannedChange: Sendable, Equatable {
    /// What happens to the file.
    public enum Action: String, Sendable {
        case create, update, delete, unchanged
    }

    /// Repository-relative path.
    public var path: String
    public var kind: ArtifactKind?
    /// The tools the file serves.
    public var tools: [AITool]
    /// What the file is for.
    public var roles: [ArtifactRole]
    /// Current contents (nil: the file does not exist).
    public var before: String?
    /// Intended contents (nil: the file is deleted or left alone).
    public var after: String?
    /// Whether phiguard's part was edited by hand since phiguard wrote it.
    public var tampered: Bool
    /// POSIX permissions for a new file.
    var mode: UInt32?
    /// A note for the user (e.g. "left in place: edited by hand").
    public var note: String?

    /// The effective action.
    public var action: Action {
        switch (before, after) {
        case (nil, nil): .unchanged
        case (nil, _?): .create
        case (_?, nil): .delete
        case let (old?, new?): old == new ? .unchanged : .update
        }
    }

    /// The unified diff of the change.
    public var diff: String {
        UnifiedDiff.diff(path: path, old: before, new: after)
    }
}
