/// The resolved policy: what every generated artifact, hook and scan is derived from.
public struct Policy: Sendable, Equatable {
    /// Paths, tables and routes holding PHI: kept out of every AI tool's context.
    public struct Restricted: Sendable, Equatable {
        public var paths: [String]
        public var tables: [String]
        public var routes: [String]

        public init(paths: [String] = [], tables: [String] = [], routes: [String] = []) {
            self.paths = paths
            self.tables = tables
            self.routes = routes
        }
    }

    /// An organisation-specific identifier format, scanned as `custom:<name>`.
    public struct Identifier: Sendable, Equatable {
        public var name: String
        public var pattern: String
        public var context: [String]

        public init(name: String, pattern: String, context: [String] = []) {
            self.name = name
            self.pattern = pattern
            self.context = context
        }
    }

    /// How synthetic values are marked.
    public struct Synthetic: Sendable, Equatable {
        public var mrnPrefix: String

        public init(mrnPrefix: String = "SYN") {
            self.mrnPrefix = mrnPrefix
        }
    }

    /// What code may call out to.
    public struct Egress: Sendable, Equatable {
        /// What to do with code that calls an external AI API.
        public enum AIEndpoints: String, Sendable, CaseIterable {
            case deny, warn, allow
        }

        public var bannedPackages: [String]
        public var aiEndpoints: AIEndpoints

        public init(bannedPackages: [String] = ["deepseek"], aiEndpoints: AIEndpoints = .deny) {
            self.bannedPackages = bannedPackages
            self.aiEndpoints = aiEndpoints
        }
    }

    /// Which hooks to install.
    public struct Hooks: Sendable, Equatable {
        /// Which git hook manager carries the pre-commit hook.
        public enum GitHookMode: String, Sendable, CaseIterable {
            case auto, preCommit = "pre-commit", lefthook, husky, githooks, none
        }

        public var git: GitHookMode
        public var agents: [AITool]

        public init(git: GitHookMode = .auto, agents: [AITool] = [.claude, .cursor]) {
            self.git = git
            self.agents = agents
        }
    }

    /// The CI system `init` writes a workflow for: `check` plus a scan of what a change adds.
    public enum CIMode: String, Sendable, CaseIterable {
        /// The CI the repository already uses (a `.github/` folder, a `.gitlab-ci.yml`); none if neither.
        case auto, github, gitlab, none
    }

    /// One row of the AI tool approval matrix.
    public struct ApprovedTool: Sendable, Equatable {
        public var tool: AITool
        public var plan: String?
        public var tiers: [String]
        public var baa: Bool
        public var notes: String?

        public init(tool: AITool, plan: String? = nil, tiers: [String] = [], baa: Bool = false, notes: String? = nil) {
            self.tool = tool
            self.plan = plan
            self.tiers = tiers
            self.baa = baa
            self.notes = notes
        }
    }

    /// The commit trailer that records AI assistance.
    public struct Provenance: Sendable, Equatable {
        public var trailer: String
        public var require: Bool

        public init(trailer: String = "AI-Assisted", require: Bool = false) {
            self.trailer = trailer
            self.require = require
        }
    }

    public var version: Int
    public var tools: [AITool]
    public var restricted: Restricted
    public var secrets: [String]
    public var data: [String]
    public var identifiers: [Identifier]
    public var synthetic: Synthetic
    public var egress: Egress
    public var hooks: Hooks
    public var rules: [String]
    public var approvedTools: [ApprovedTool]
    public var provenance: Provenance
    /// Absent from a policy file means `.none`: existing repositories get no new CI file.
    public var ci: CIMode
    /// A folder of `*.mustache` files overriding the built-in templates (absolute, resolved).
    public var templatesDirectory: String?

    public init(
        version: Int = 1, tools: [AITool] = AITool.allCases, restricted: Restricted = Restricted(),
        secrets: [String] = Policy.defaultSecrets, data: [String] = Policy.defaultData,
        identifiers: [Identifier] = [], synthetic: Synthetic = Synthetic(), egress: Egress = Egress(),
        hooks: Hooks = Hooks(), rules: [String] = [], approvedTools: [ApprovedTool] = [],
        provenance: Provenance = Provenance(), ci: CIMode = .none, templatesDirectory: String? = nil
    ) {
        self.version = version
        self.tools = tools
        self.restricted = restricted
        self.secrets = secrets
        self.data = data
        self.identifiers = identifiers
        self.synthetic = synthetic
        self.egress = egress
        self.hooks = hooks
        self.rules = rules
        self.approvedTools = approvedTools
        self.provenance = provenance
        self.ci = ci
        self.templatesDirectory = templatesDirectory
    }

    /// The built-in policy used when a repository has none (SPEC: the example with the
    /// repository-specific lists empty and every supported tool).
    public static let builtInDefault = Policy()

    /// Secret files kept out of git and every AI tool's context by default.
    /// The usual forms of every secret-file kind `inspect` reports by name: environment files, private
    /// keys and keystores, SSH keys, credential files, service-account JSON, Terraform state, kubeconfigs.
    public static let defaultSecrets = [
        ".env", ".env.*", "*.env", "**/*.pem", "**/*.key", "**/*.p12", "**/*.pfx", "**/*.jks", "**/*.keystore",
        "**/*.ppk", "**/*.p8", "**/id_rsa*", "**/id_dsa*", "**/id_ecdsa*", "**/id_ed25519*", "**/credentials*",
        "**/secrets*", "**/secret.*", "**/service-account*.json", ".netrc", ".pgpass", ".htpasswd", ".pypirc",
        ".git-credentials", "*.tfstate", "*.tfstate.backup", "**/kubeconfig", "*.kubeconfig", "**/.kube/config",
    ]

    /// Data exports kept out of git by default.
    public static let defaultData = ["*.patient-export.json", "debug-dumps/"]

    /// Every path pattern an AI tool must not read: restricted paths, secrets and data.
    public var excludedPatterns: [String] {
        var seen = Set<String>()
        return (restricted.paths + secrets + data).filter { seen.insert($0).inserted }
    }
}
