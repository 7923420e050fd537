import PolicyModel

/// How far the repository can make each tool keep excluded files out of its context.
public enum EnforcementNotes {
    /// One line per policy tool whose exclusions the repository cannot enforce on its own.
    public static func notes(for tools: [AITool]) -> [String] {
        tools.compactMap { tool in
            switch tool {
            case .copilot:
                "copilot: content exclusion is a GitHub setting, not a repository file: paste "
                    + ".phiguard/copilot-content-exclusion.yml into the repository's Copilot settings "
                    + "(agent mode and the CLI ignore it)."
            case .agents:
                "agents: AGENTS.md readers such as Codex have no ignore file; the rules are advisory."
            case .amazonq:
                "amazonq: Amazon Q Developer has no ignore file; the rules are advisory."
            case .zed:
                "zed: Zed reads the rules file but has no repository ignore file; the rules are advisory."
            case .cursor:
                "cursor: .cursorignore does not bind Cursor's terminal or MCP tools; the beforeReadFile hook covers reads."
            default:
                nil
            }
        }
    }
}
