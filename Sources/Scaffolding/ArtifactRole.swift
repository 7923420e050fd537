import PolicyModel

/// What a planned file is for: reports and audit derive their text and checks from it.
public struct ArtifactRole: Hashable, Sendable, CustomStringConvertible {
    /// The kind of control a file is.
    public enum Kind: Hashable, Sendable {
        case rules, exclusions, agentHooks, gitignore, provenance, policy, lock
        /// A pre-commit stage run by this hook manager.
        case gitHook(GitHookManager)
        /// A CI job for this provider.
        case ci(Policy.CIMode)
        /// A file phiguard wrote that the policy no longer asks for.
        case droppedFromPolicy
    }

    public let kind: Kind
    /// A qualifier shown after the kind ("read: CONVENTIONS.md", "paste into GitHub settings").
    public let detail: String?

    public init(_ kind: Kind, detail: String? = nil) {
        self.kind = kind
        self.detail = detail
    }

    public var description: String {
        let base: String = switch kind {
        case .rules: "rules"
        case .exclusions: "exclusions"
        case .agentHooks: "agent hooks"
        case .gitignore: "gitignore"
        case .provenance: "provenance"
        case .policy: "policy"
        case .lock: "lock"
        case .droppedFromPolicy: "no longer in policy"
        case let .gitHook(manager): manager.roleDescription
        case .ci(.gitlab): "CI (GitLab)"
        case .ci: "CI (GitHub Actions)"
        }
        return detail.map { "\(base) (\($0))" } ?? base
    }
}

/// The program that runs git hooks in a repository.
public enum GitHookManager: String, Hashable, Sendable {
    case preCommit = "pre-commit", lefthook, husky, githooks

    /// How reports name a hook it runs.
    var roleDescription: String {
        switch self {
        case .preCommit, .lefthook: "git hooks (\(rawValue))"
        case .husky: "git hook (husky)"
        case .githooks: "git hook (git hooks)"
        }
    }
}

extension [ArtifactRole] {
    /// The roles as a report shows them.
    var described: String { map(\.description).joined(separator: ", ") }

    /// Appends the roles not yet present.
    mutating func add(_ roles: [ArtifactRole]) {
        for role in roles where !contains(role) { append(role) }
    }
}
