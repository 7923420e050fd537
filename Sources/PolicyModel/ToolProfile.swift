/// How far a repository can make an AI tool keep excluded files out of its context, as the tool
/// documents it (sources in docs/ai-tool-enforcement.md).
public enum EnforcementLevel: String, Sendable, CaseIterable {
    /// The tool itself refuses to read excluded files (and phiguard's hooks add a second check).
    case enforced
    /// The tool honours the exclusion for some features only (indexing, or not its terminal).
    case partial
    /// The tool reads the rules but has no way to exclude files: the rules are advisory.
    case advisory
    /// Exclusion is an organisation or repository setting outside the repository.
    case needsOrgSetting = "needs-org-setting"
}

/// Where a tool reads phiguard's rules, and in what form.
public enum RulesFile: Sendable, Equatable {
    /// phiguard's region at the end of a Markdown file the user may share (AGENTS.md, CLAUDE.md).
    case block(String)
    /// A file phiguard owns, rendered from a template around the rules body.
    case owned(String, template: String)
    /// phiguard's region in a legacy file, only when the repository already has that file (`.cursorrules`).
    case blockIfPresent(String)
    /// A region in `existing` when it is a file, else `otherwise` (`.clinerules` file or folder).
    indirect case preferExisting(String, otherwise: RulesFile)
    /// Path-scoped instructions for the policy's restricted paths (Copilot's `applyTo`), when there are any.
    case restrictedPathInstructions(String, template: String)
    /// An item phiguard adds to a YAML list in the tool's config (Aider's `read:`).
    case yamlListItem(file: String, key: [String], item: String)
}

/// A repository setting that keeps files from a tool, written from the policy's exclusions.
public enum ExclusionSetting: Sendable, Equatable {
    /// `permissions.deny` rules in Claude Code's syntax (`Read(/src/phi/**)`), one per tool name given.
    case permissionDeny(file: String, tools: [String])
    /// A content-exclusion list the user pastes into the hosting service's settings (Copilot).
    case pasteIntoHostSettings(file: String, template: String)
    /// Root-relative globs appended to a JSON array (Zed's `private_files`, Firebender's `ignore`).
    case globList(file: String, pointer: [String])
    /// `"pattern": "deny"` members of JSON objects, one object per pointer (OpenCode's `permission.read`).
    case patternPermissions(file: String, pointers: [[String]])
}

/// The names by which a tool's presence shows in a repository.
public struct ToolDetection: Sendable, Equatable {
    /// Folders at the root that belong to the tool.
    public var folders: [String] = []
    /// Files at the root (or root-relative paths) that belong to the tool.
    public var rootFiles: [String] = []
    /// File names the tool reads in any folder.
    public var nestedFiles: [String] = []
    /// Root file name prefixes (`.roorules-code`).
    public var rootPrefixes: [String] = []
    /// Folder prefixes reported as the folder itself (`.github/instructions/`).
    public var folderPrefixes: [String] = []

    public init(folders: [String] = [], rootFiles: [String] = [], nestedFiles: [String] = [],
                rootPrefixes: [String] = [], folderPrefixes: [String] = []) {
        self.folders = folders
        self.rootFiles = rootFiles
        self.nestedFiles = nestedFiles
        self.rootPrefixes = rootPrefixes
        self.folderPrefixes = folderPrefixes
    }
}

/// Everything phiguard knows about one AI tool: where its rules go, how it excludes files, its hook
/// protocol, how it is recognised and how far it enforces. The planner, detector, policy parser,
/// enforcement notes, guard and audit all read this table; adding a tool is one entry here.
public struct ToolProfile: Sendable {
    public let tool: AITool
    /// The product name people know the tool by.
    public let displayName: String
    public let rules: [RulesFile]
    /// Ignore files in gitignore syntax that the tool reads at the repository root.
    public let ignoreFiles: [String]
    public let settings: [ExclusionSetting]
    /// The agent-hook protocol, for tools whose hooks can block a prompt or a tool call.
    public let hooks: AgentHookProtocol?
    public let detection: ToolDetection
    public let enforcement: EnforcementLevel
    /// What the level means for this tool, in one sentence.
    public let enforcementNote: String

    init(_ tool: AITool, _ displayName: String, rules: [RulesFile], ignoreFiles: [String] = [],
         settings: [ExclusionSetting] = [], hooks: AgentHookProtocol? = nil, detection: ToolDetection,
         enforcement: EnforcementLevel, note: String) {
        self.tool = tool
        self.displayName = displayName
        self.rules = rules
        self.ignoreFiles = ignoreFiles
        self.settings = settings
        self.hooks = hooks
        self.detection = detection
        self.enforcement = enforcement
        self.enforcementNote = note
    }
}

extension AITool {
    /// This tool's profile.
    public var profile: ToolProfile { ToolProfile.table[self] ?? ToolProfile.unknown(self) }

    /// The product name people know the tool by.
    public var displayName: String { profile.displayName }

    /// The tools whose agent hooks phiguard can write and `guard` can answer.
    public static var hookAgents: [AITool] { allCases.filter { $0.profile.hooks != nil } }
}

extension ToolProfile {
    /// Every tool's profile, keyed by tool (the order of `AITool.allCases` is the order of reports).
    static let table: [AITool: ToolProfile] = Dictionary(uniqueKeysWithValues: all.map { ($0.tool, $0) })

    /// A profile for a tool missing from the table: nothing to write, advisory. A test keeps the table complete.
    static func unknown(_ tool: AITool) -> ToolProfile {
        ToolProfile(tool, tool.rawValue, rules: [], detection: ToolDetection(), enforcement: .advisory,
                    note: "phiguard has no profile for this tool.")
    }
}
