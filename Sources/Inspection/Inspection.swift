import PolicyModel
import RepoAccess

/// What `phiguard inspect` found in a repository; the input to `init`'s policy and hook choices.
public struct InspectionReport: Sendable, Equatable {
    /// Languages by file count, most used first (e.g. "Python", "TypeScript", "R").
    public var languages: [String] = []
    /// Frameworks found from manifests and imports (e.g. "Django", "Express", "Jupyter").
    public var frameworks: [String] = []
    /// AI tool configuration files present.
    public var aiTools: [DetectedAITool] = []
    /// Git hook managers in use, in preference order for installing the pre-commit hook.
    public var hookManagers: [DetectedHookManager] = []
    /// Secret, key, dump and data files, and notebooks with outputs.
    public var sensitiveFiles: [SensitiveFile] = []
    /// PHI-adjacent code and data, each with the reason it was judged so.
    public var restrictedCandidates: [RestrictedCandidate] = []
    /// Table names holding patient data, found in schemas, models and migrations.
    public var restrictedTables: [String] = []
    /// HTTP routes serving patient data, found in route definitions.
    public var restrictedRoutes: [String] = []
    /// Listed paths that are symbolic links leading outside the repository (never read; `init` must
    /// not write through them).
    public var symlinksOutsideRepository: [String] = []
    /// Source files not read because the repository is large and their path suggests no schema,
    /// model, route or ETL code (0 when every source file was read).
    public var unreadSourceFiles = 0

    public init() {}
}

/// An AI tool's configuration found in the repository.
public struct DetectedAITool: Sendable, Equatable {
    /// The tool, when it is one phiguard supports.
    public var tool: AITool
    /// The file or folder that shows it is used.
    public var path: String

    public init(tool: AITool, path: String) {
        self.tool = tool
        self.path = path
    }
}

/// A git hook manager found in the repository.
public struct DetectedHookManager: Sendable, Equatable {
    /// Which manager.
    public enum Kind: String, Sendable, CaseIterable {
        case preCommit = "pre-commit", lefthook, husky, githooks
    }

    public var kind: Kind
    /// The configuration file or hooks folder that shows it (for `githooks`: the active hooks folder).
    public var path: String

    public init(kind: Kind, path: String) {
        self.kind = kind
        self.path = path
    }
}

/// A file that must not reach git or an AI tool.
public struct SensitiveFile: Sendable, Equatable {
    /// The file, repository-relative.
    public var path: String
    /// What the file is: "env", "private-key", "credentials", "database", "database-dump",
    /// "data-export", "patient-data", "notebook-with-outputs".
    public var kind: String
    /// Whether git tracks it already (it then needs `git rm --cached`, not only a .gitignore entry).
    public var tracked: Bool

    public init(path: String, kind: String, tracked: Bool) {
        self.path = path
        self.kind = kind
        self.tracked = tracked
    }
}

/// Code or data that handles PHI, proposed for `restricted.paths`.
public struct RestrictedCandidate: Sendable, Equatable {
    /// A repository-relative file path or a folder glob such as `src/phi/**`.
    public var path: String
    /// Why, from the content: e.g. "defines table patients with columns mrn, dob".
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
