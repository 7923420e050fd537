/// The tool table. Each claim about a tool's files and enforcement is sourced in
/// docs/ai-tool-enforcement.md; keep the two in step.
extension ToolProfile {
    static let all: [ToolProfile] = [
        ToolProfile(
            .agents, "AGENTS.md agents (Codex, Jules, and others)",
            rules: [.block("AGENTS.md")],
            detection: ToolDetection(rootFiles: ["AGENT.md"], nestedFiles: ["AGENTS.md"]),
            enforcement: .advisory,
            note: "AGENTS.md readers such as Codex have no ignore file; the rules are advisory."),
        ToolProfile(
            .claude, "Claude Code",
            rules: [.block("CLAUDE.md")],
            settings: [.claudePermissionsDeny(file: ".claude/settings.json")],
            hooks: AgentHookProtocol(
                file: ".claude/settings.json", command: "phiguard guard claude || exit 2",
                events: [
                    HookEvent(name: "UserPromptSubmit", subject: .prompt, registration: .commandList(matcher: nil), answer: .exitTwo),
                    // Every tool: Grep, Glob, NotebookEdit, WebFetch, WebSearch and MCP tools read or send data too.
                    HookEvent(name: "PreToolUse", subject: .toolCall, registration: .commandList(matcher: "*"),
                              answer: .claudeToolDecision),
                ],
                defaults: [], eventNameFields: ["hook_event_name", "hookEventName"], failClosed: .exitTwo),
            detection: ToolDetection(folders: [".claude"], nestedFiles: ["CLAUDE.md", "CLAUDE.local.md"]),
            enforcement: .enforced,
            note: "permissions.deny Read/Edit rules bind Claude Code's file tools; the PreToolUse hook also checks Bash."),
        ToolProfile(
            .cursor, "Cursor",
            rules: [.owned(".cursor/rules/phiguard.mdc", template: "cursor-rule"), .blockIfPresent(".cursorrules")],
            ignoreFiles: [".cursorignore"],
            hooks: AgentHookProtocol(
                file: ".cursor/hooks.json", command: "phiguard guard cursor",
                events: [
                    HookEvent(name: "beforeSubmitPrompt", subject: .promptWithAttachments, registration: .failClosedCommand,
                              answer: .cursorContinue),
                    HookEvent(name: "beforeReadFile", subject: .fileRead, registration: .failClosedCommand, answer: .cursorPermission),
                    // The terminal and MCP tools read and send data too; preToolUse covers every other tool.
                    HookEvent(name: "beforeShellExecution", subject: .command, registration: .failClosedCommand,
                              answer: .cursorPermission),
                    HookEvent(name: "beforeMCPExecution", subject: .command, registration: .failClosedCommand,
                              answer: .cursorPermission),
                    HookEvent(name: "preToolUse", subject: .toolCallWithTextInput, registration: .failClosedCommand,
                              answer: .cursorPermission),
                ],
                defaults: [HookSetting(pointer: ["version"], value: 1)],
                eventNameFields: ["hook_event_name", "hookEventName"], failClosed: .cursorFailClosed),
            detection: ToolDetection(folders: [".cursor"], rootFiles: [".cursorrules", ".cursorignore", ".cursorindexingignore"]),
            enforcement: .partial,
            note: ".cursorignore binds indexing, Agent, Tab and @-mentions, not the terminal or MCP; the beforeReadFile, "
                + "beforeShellExecution, beforeMCPExecution and preToolUse hooks cover those."),
        ToolProfile(
            .copilot, "GitHub Copilot",
            rules: [.block(".github/copilot-instructions.md"),
                    .restrictedPathInstructions(".github/instructions/phiguard-restricted.instructions.md",
                                                template: "copilot-restricted")],
            settings: [.pasteIntoHostSettings(file: ".phiguard/copilot-content-exclusion.yml", template: "copilot-content-exclusion")],
            detection: ToolDetection(folders: [".github/instructions"], rootFiles: [".github/copilot-instructions.md"],
                                     folderPrefixes: [".github/instructions/"]),
            enforcement: .needsOrgSetting,
            note: "content exclusion is a GitHub setting: paste .phiguard/copilot-content-exclusion.yml; agent mode and the CLI ignore it."),
        ToolProfile(
            .windsurf, "Windsurf",
            rules: [.owned(".windsurf/rules/phiguard.md", template: "windsurf-rule")],
            ignoreFiles: [".codeiumignore"],
            detection: ToolDetection(folders: [".windsurf"], rootFiles: [".windsurfrules", ".codeiumignore"]),
            enforcement: .partial,
            note: ".codeiumignore controls indexing; the agent can still open a file it is pointed at."),
        ToolProfile(
            .gemini, "Gemini CLI / Code Assist",
            rules: [.block("GEMINI.md")],
            ignoreFiles: [".geminiignore", ".aiexclude"],
            hooks: AgentHookProtocol(
                file: ".gemini/settings.json", command: "phiguard guard gemini || exit 2",
                events: [
                    HookEvent(name: "BeforeAgent", subject: .prompt, registration: .commandList(matcher: nil), answer: .geminiDecision),
                    // Every tool (a regex): search, glob, web fetch and search, and MCP tools read or send data too.
                    HookEvent(name: "BeforeTool", subject: .toolCall, registration: .commandList(matcher: ".*"),
                              answer: .geminiDecision),
                ],
                defaults: [], eventNameFields: ["hook_event_name", "hookEventName"], failClosed: .exitTwo),
            detection: ToolDetection(folders: [".gemini"], rootFiles: ["GEMINI.md", ".geminiignore"], nestedFiles: [".aiexclude"]),
            enforcement: .enforced,
            note: ".geminiignore binds Gemini CLI's file tools; .aiexclude binds Gemini Code Assist."),
        ToolProfile(
            .jetbrains, "JetBrains AI Assistant / Junie",
            rules: [.block(".junie/guidelines.md")],
            ignoreFiles: [".aiignore"],
            detection: ToolDetection(folders: [".junie"], rootFiles: [".aiignore", ".noai"]),
            enforcement: .partial,
            note: ".aiignore is honoured by AI Assistant; Junie asks for approval instead of refusing."),
        ToolProfile(
            .cline, "Cline",
            rules: [.preferExisting(".clinerules", otherwise: .owned(".clinerules/phiguard.md", template: "plain-rule"))],
            ignoreFiles: [".clineignore"],
            detection: ToolDetection(folders: [".clinerules", ".cline"], rootFiles: [".clineignore"]),
            enforcement: .enforced,
            note: ".clineignore blocks Cline's file access."),
        ToolProfile(
            .roo, "Roo Code",
            rules: [.owned(".roo/rules/phiguard.md", template: "plain-rule")],
            ignoreFiles: [".rooignore"],
            detection: ToolDetection(folders: [".roo"], rootFiles: [".roorules", ".rooignore"], rootPrefixes: [".roorules-"]),
            enforcement: .enforced,
            note: ".rooignore blocks Roo Code's file access."),
        ToolProfile(
            .continue, "Continue",
            rules: [.owned(".continue/rules/phiguard.md", template: "continue-rule")],
            ignoreFiles: [".continueignore"],
            detection: ToolDetection(folders: [".continue"], rootFiles: [".continueignore", ".continuerules"]),
            enforcement: .partial,
            note: ".continueignore controls indexing."),
        ToolProfile(
            .aider, "Aider",
            rules: [.block("CONVENTIONS.md"), .yamlListItem(file: ".aider.conf.yml", key: ["read"], item: "CONVENTIONS.md")],
            ignoreFiles: [".aiderignore"],
            detection: ToolDetection(rootFiles: [".aider.conf.yml", "CONVENTIONS.md", ".aiderignore"]),
            enforcement: .enforced,
            note: ".aiderignore keeps files out of Aider's chat."),
        ToolProfile(
            .amazonq, "Amazon Q Developer",
            rules: [.owned(".amazonq/rules/phiguard.md", template: "plain-rule")],
            detection: ToolDetection(folders: [".amazonq"]),
            enforcement: .advisory,
            note: "Amazon Q Developer has no ignore file; the rules are advisory."),
        ToolProfile(
            .augment, "Augment Code",
            rules: [.owned(".augment/rules/phiguard.md", template: "augment-rule")],
            ignoreFiles: [".augmentignore"],
            detection: ToolDetection(folders: [".augment"], rootFiles: [".augmentignore", ".augment-guidelines"]),
            enforcement: .partial,
            note: ".augmentignore controls indexing."),
        ToolProfile(
            .zed, "Zed",
            rules: [.preferExisting(".rules", otherwise: .block("AGENTS.md"))],
            detection: ToolDetection(folders: [".zed"], rootFiles: [".rules"]),
            enforcement: .advisory,
            note: "Zed has no repository ignore file for its assistant; the rules are advisory."),
        ToolProfile(
            .kiro, "Kiro",
            rules: [.owned(".kiro/steering/phiguard.md", template: "kiro-steering")],
            ignoreFiles: [".kiroignore"],
            detection: ToolDetection(folders: [".kiro"], rootFiles: [".kiroignore"]),
            enforcement: .partial,
            note: ".kiroignore controls what Kiro's agent reads; not independently verified."),
    ]
}
