/// An AI coding assistant phiguard writes rules, exclusions or hooks for.
public enum AITool: String, CaseIterable, Sendable, Codable, Comparable {
    case agents, claude, cursor, copilot, windsurf, gemini, jetbrains, cline, roo, `continue`, aider
    case amazonq, augment, zed, kiro

    /// The product name people know the tool by.
    public var displayName: String {
        switch self {
        case .agents: "AGENTS.md agents (Codex, Jules, and others)"
        case .claude: "Claude Code"
        case .cursor: "Cursor"
        case .copilot: "GitHub Copilot"
        case .windsurf: "Windsurf"
        case .gemini: "Gemini CLI / Code Assist"
        case .jetbrains: "JetBrains AI Assistant / Junie"
        case .cline: "Cline"
        case .roo: "Roo Code"
        case .continue: "Continue"
        case .aider: "Aider"
        case .amazonq: "Amazon Q Developer"
        case .augment: "Augment Code"
        case .zed: "Zed"
        case .kiro: "Kiro"
        }
    }

    /// Every tool name, comma-separated, for error messages.
    public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }

    public static func < (lhs: AITool, rhs: AITool) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
