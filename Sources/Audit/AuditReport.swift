import PolicyModel
import Scaffolding

/// Everything `phiguard audit` reports: evidence read from the repository as it is, never a detected value.
public struct AuditReport: Sendable {
    /// One row of the approval matrix.
    public struct Approval: Sendable, Equatable {
        public var tool: String
        public var plan: String
        public var tiers: [String]
        public var baa: Bool
        public var notes: String
    }

    /// The state of one control for one tool.
    public enum ControlStatus: String, Sendable {
        case current, stale, missing, tampered
        case notApplicable = "n/a"
    }

    /// The controls in place for one AI tool.
    public struct ToolControls: Sendable {
        public var tool: AITool
        public var rules: ControlStatus
        public var exclusions: ControlStatus
        public var agentHooks: ControlStatus
        public var enforcement: EnforcementLevel
        public var explanation: String
        public var approved: Bool
    }

    /// Whether the git pre-commit hook runs phiguard.
    public struct GitHook: Sendable {
        public var manager: String
        public var path: String?
        public var installed: Bool
        public var active: Bool
        public var executable: Bool
        public var callsPhiguard: Bool
    }

    /// One commit that changed the policy or a managed file.
    public struct HistoryEntry: Sendable, Equatable {
        public var date: String
        public var author: String
        public var commit: String
        public var subject: String
        public var files: [String]
    }

    /// Counts of working-tree scan findings (never values).
    public struct ScanSummary: Sendable {
        public var byCategory: [String: Int]
        public var byKind: [String: Int]
        public var filesAffected: Int
        public var total: Int
    }

    /// A synthetic-data folder found by its manifest.
    public struct SyntheticFixture: Sendable {
        public var manifest: String
        public var files: Int
        public var verified: Bool
        public var problems: [String]
    }

    /// A commit in the `--since` window.
    public struct CommitSummary: Sendable {
        public var commit: String
        public var date: String
        public var subject: String
        public var aiAssisted: Bool
        public var findings: Int
        /// The kinds of the findings it introduced (`ssn`, `github-token`, ...), sorted.
        public var kinds: [String] = []
    }

    /// Something missing, with the command that closes it.
    public struct Gap: Sendable, Equatable {
        public var area: String
        public var description: String
        public var command: String
    }

    public var repository: String
    public var generator: String
    public var policyFile: String?
    public var approvals: [Approval]
    public var controls: [ToolControls]
    public var gitHook: GitHook
    public var history: [HistoryEntry]
    public var scan: ScanSummary?
    public var synthetic: [SyntheticFixture]
    public var since: String?
    public var commits: [CommitSummary]
    public var manualChecks: [String]
    public var gaps: [Gap]

    /// Commits in the window marked AI-assisted.
    public var aiAssistedCount: Int { commits.filter(\.aiAssisted).count }
    /// Findings introduced by AI-assisted commits and by the others.
    public var findingsByOrigin: (ai: Int, other: Int) {
        commits.reduce(into: (0, 0)) { totals, commit in
            if commit.aiAssisted { totals.0 += commit.findings } else { totals.1 += commit.findings }
        }
    }
}

/// A scanner finding as the audit counts it: where and what, never the value.
public struct AuditFinding: Sendable, Equatable {
    public var path: String
    public var kind: String
    public var category: String
    /// The commit that introduced it (history scans).
    public var commit: String?

    public init(path: String, kind: String, category: String, commit: String? = nil) {
        self.path = path
        self.kind = kind
        self.category = category
        self.commit = commit
    }
}
