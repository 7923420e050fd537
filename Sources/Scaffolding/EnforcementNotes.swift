import PolicyModel

/// How far a repository can make each AI tool keep excluded files out of its context, as each tool
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

/// Per-tool enforcement facts and the notes `check` and `audit` show.
public enum EnforcementNotes {
    /// How far the repository can enforce exclusions for `tool`.
    public static func level(of tool: AITool) -> EnforcementLevel {
        switch tool {
        case .claude, .gemini, .cline, .roo, .aider: .enforced
        case .cursor, .jetbrains, .windsurf, .continue, .augment, .kiro: .partial
        case .copilot: .needsOrgSetting
        case .agents, .amazonq, .zed: .advisory
        }
    }

    /// What the level means for `tool`, in one sentence.
    public static func explanation(of tool: AITool) -> String {
        switch tool {
        case .claude: "permissions.deny Read/Edit rules bind Claude Code's file tools; the PreToolUse hook also checks Bash."
        case .gemini: ".geminiignore binds Gemini CLI's file tools; .aiexclude binds Gemini Code Assist."
        case .cline: ".clineignore blocks Cline's file access."
        case .roo: ".rooignore blocks Roo Code's file access."
        case .aider: ".aiderignore keeps files out of Aider's chat."
        case .cursor: ".cursorignore binds indexing, Agent, Tab and @-mentions, not the terminal or MCP; the beforeReadFile, beforeShellExecution, beforeMCPExecution and preToolUse hooks cover those."
        case .jetbrains: ".aiignore is honoured by AI Assistant; Junie asks for approval instead of refusing."
        case .windsurf: ".codeiumignore controls indexing; the agent can still open a file it is pointed at."
        case .continue: ".continueignore controls indexing."
        case .augment: ".augmentignore controls indexing."
        case .kiro: ".kiroignore controls what Kiro's agent reads; not independently verified."
        case .copilot: "content exclusion is a GitHub setting: paste .phiguard/copilot-content-exclusion.yml; agent mode and the CLI ignore it."
        case .agents: "AGENTS.md readers such as Codex have no ignore file; the rules are advisory."
        case .amazonq: "Amazon Q Developer has no ignore file; the rules are advisory."
        case .zed: "Zed has no repository ignore file for its assistant; the rules are advisory."
        }
    }

    /// One line per policy tool whose exclusions the repository cannot fully enforce on its own.
    public static func notes(for tools: [AITool]) -> [String] {
        tools.filter { level(of: $0) != .enforced }.map { "\($0.rawValue): \(explanation(of: $0))" }
    }

    /// Tools in the policy with no approval-matrix entry (only once the matrix is in use).
    public static func approvalWarnings(for policy: Policy) -> [String] {
        guard !policy.approvedTools.isEmpty else { return [] }
        let approved = Set(policy.approvedTools.map(\.tool))
        return policy.tools.filter { !approved.contains($0) }.map {
            "\($0.rawValue): no approvedTools entry in the policy, so its approval is undocumented."
        }
    }
}
