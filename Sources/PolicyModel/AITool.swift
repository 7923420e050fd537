/// An AI coding assistant phiguard writes rules, exclusions or hooks for.
public enum AITool: String, CaseIterable, Sendable, Codable, Comparable {
    case agents, claude, cursor, copilot, windsurf, gemini, jetbrains, cline, roo, `continue`, aider
    case amazonq, augment, zed, kiro
    case codex, opencode, kilo, qwen, warp, antigravity, goose, amp, factory, replit, trae, openhands, crush, firebender
    case devin, tabnine

    /// Every tool name, comma-separated, for error messages.
    public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }

    public static func < (lhs: AITool, rhs: AITool) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
