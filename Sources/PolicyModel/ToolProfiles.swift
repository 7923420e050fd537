/// The tool table. Each claim about a tool's files and enforcement is sourced in
/// docs/ai-tool-enforcement.md; keep the two in step.
extension ToolProfile {
    /// Claude Code's protocol, which Codex CLI, Qwen Code and Factory Droid adopted: `UserPromptSubmit`
    /// blocks with exit 2 and the reason on stderr, `PreToolUse` with `permissionDecision: "deny"`.
    private static func claudeStyleHooks(file: String, agent: String, toolMatcher: String,
                                         eventNameFields: [String] = ["hook_event_name"], defaults: [HookSetting] = []) -> AgentHookProtocol {
        AgentHookProtocol(
            file: file, command: "phiguard guard \(agent) || exit 2",
            events: [
                HookEvent(name: "UserPromptSubmit", subject: .prompt(at: ["prompt"]), registration: .commandList(matcher: nil),
                          answer: .exitTwo),
                HookEvent(name: "PreToolUse", subject: .toolCall(name: .field([["tool_name"]]), input: [["tool_input"]]),
                          registration: .commandList(matcher: toolMatcher), answer: .claudeToolDecision),
            ],
            defaults: defaults, eventNameFields: eventNameFields, failClosed: .exitTwo)
    }

    /// Gemini CLI's protocol, which Tabnine CLI adopted: `BeforeAgent` and `BeforeTool` (every tool, a
    /// regex) answered with `{"decision": "deny"}`.
    private static func geminiStyleHooks(file: String, agent: String, defaults: [HookSetting] = []) -> AgentHookProtocol {
        AgentHookProtocol(
            file: file, command: "phiguard guard \(agent) || exit 2",
            events: [
                HookEvent(name: "BeforeAgent", subject: .prompt(at: ["prompt"]), registration: .commandList(matcher: nil),
                          answer: .decision),
                // Every tool: search, glob, web fetch and search, and MCP tools read or send data too.
                HookEvent(name: "BeforeTool", subject: .toolCall(name: .field([["tool_name"]]), input: [["tool_input"]]),
                          registration: .commandList(matcher: ".*"), answer: .decision),
            ],
            defaults: defaults, eventNameFields: ["hook_event_name", "hookEventName"], failClosed: .exitTwo)
    }

    /// OpenCode's plugin hooks, which Kilo Code's CLI runs too: a module in `.opencode/plugins/` whose
    /// `tool.execute.before` and `chat.message` hooks hand the call or the message's text to `guard` and
    /// throw its reason (a throw stops the tool call; the message's text parts are replaced first).
    private static let openCodePlugin = AgentHookProtocol(
        file: ".opencode/plugins/phiguard.js", command: "phiguard guard opencode",
        events: [
            HookEvent(name: "chat.message", subject: .prompt(at: ["prompt"]), registration: .pluginHook, answer: .exitTwo),
            HookEvent(name: "tool.execute.before", subject: .toolCall(name: .field([["tool_name"]]), input: [["tool_input"]]),
                      registration: .pluginHook, answer: .exitTwo),
        ],
        defaults: [], eventNameFields: ["hook_event_name"], layout: .plugin(template: "opencode-plugin"), failClosed: .exitTwo)

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
            settings: [.permissionDeny(file: ".claude/settings.json", tools: ["Read", "Edit"])],
            // Every tool: Grep, Glob, NotebookEdit, WebFetch, WebSearch and MCP tools read or send data too.
            hooks: claudeStyleHooks(file: ".claude/settings.json", agent: "claude", toolMatcher: "*",
                                    eventNameFields: ["hook_event_name", "hookEventName"]),
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
                    HookEvent(name: "beforeReadFile", subject: .fileRead(path: ["file_path"], content: ["content"]),
                              registration: .failClosedCommand, answer: .cursorPermission),
                    // The terminal and MCP tools read and send data too; preToolUse covers every other tool.
                    HookEvent(name: "beforeShellExecution", subject: .command(at: ["command"], orInput: ["tool_input"]),
                              registration: .failClosedCommand,
                              answer: .cursorPermission),
                    HookEvent(name: "beforeMCPExecution", subject: .command(at: ["command"], orInput: ["tool_input"]),
                              registration: .failClosedCommand,
                              answer: .cursorPermission),
                    HookEvent(name: "preToolUse", subject: .toolCall(name: .field([["tool_name"]]), input: [["tool_input"]]),
                              registration: .failClosedCommand,
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
            // Copilot CLI and the coding agent; `userPromptSubmitted` cannot block, so only tool calls are judged.
            hooks: AgentHookProtocol(
                file: ".github/hooks/phiguard.json", command: "phiguard guard copilot || exit 2",
                events: [HookEvent(name: "preToolUse", subject: .toolCall(name: .field([["toolName"], ["tool_name"]]),
                                                                  input: [["toolArgs"], ["tool_input"]]),
                                   registration: .bashCommand, answer: .copilotPermission)],
                defaults: [HookSetting(pointer: ["version"], value: 1)], eventNameFields: ["hook_event_name", "hookEventName"],
                unnamedEvent: "preToolUse", failClosed: .copilotPermission),
            detection: ToolDetection(folders: [".github/instructions"], rootFiles: [".github/copilot-instructions.md"],
                                     folderPrefixes: [".github/instructions/"]),
            enforcement: .needsOrgSetting,
            note: "content exclusion is a GitHub setting: paste .phiguard/copilot-content-exclusion.yml; agent mode and the CLI ignore it."),
        ToolProfile(
            .windsurf, "Windsurf / Devin Desktop",
            rules: [.owned(".windsurf/rules/phiguard.md", template: "windsurf-rule")],
            ignoreFiles: [".codeiumignore", ".devinignore"],
            hooks: AgentHookProtocol(
                file: ".windsurf/hooks.json", command: "phiguard guard windsurf || exit 2",
                events: [
                    HookEvent(name: "pre_user_prompt", subject: .prompt(at: ["tool_info", "user_prompt"]),
                              registration: .showOutputCommand, answer: .exitTwo),
                    HookEvent(name: "pre_read_code", subject: .fileRead(path: ["tool_info", "file_path"], content: nil),
                              registration: .showOutputCommand, answer: .exitTwo),
                    HookEvent(name: "pre_write_code", subject: .toolCall(name: .fixed("Edit"), input: [["tool_info"]]),
                              registration: .showOutputCommand, answer: .exitTwo),
                    HookEvent(name: "pre_run_command", subject: .command(at: ["tool_info", "command_line"], orInput: nil),
                              registration: .showOutputCommand, answer: .exitTwo),
                    HookEvent(name: "pre_mcp_tool_use",
                              subject: .toolCall(name: .fixed("mcp__cascade"), input: [["tool_info", "mcp_tool_arguments"]]),
                              registration: .showOutputCommand, answer: .exitTwo),
                ],
                defaults: [], eventNameFields: ["agent_action_name"], failClosed: .exitTwo),
            detection: ToolDetection(folders: [".windsurf"], rootFiles: [".windsurfrules", ".codeiumignore", ".devinignore"]),
            enforcement: .partial,
            note: ".codeiumignore and .devinignore control indexing; the pre_read_code, pre_write_code, pre_run_command and "
                + "pre_mcp_tool_use hooks refuse what the agent would still open."),
        ToolProfile(
            .gemini, "Gemini CLI / Code Assist",
            rules: [.block("GEMINI.md")],
            ignoreFiles: [".geminiignore", ".aiexclude"],
            hooks: geminiStyleHooks(file: ".gemini/settings.json", agent: "gemini"),
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
            // Executable hooks in .clinerules/hooks/; Cline blocks when one exits non-zero or answers cancel.
            hooks: AgentHookProtocol(
                file: ".clinerules/hooks", command: "phiguard guard cline",
                events: [
                    HookEvent(name: "UserPromptSubmit", subject: .prompt(at: ["userPromptSubmit", "prompt"]),
                              registration: .executableScript, answer: .clineCancel),
                    HookEvent(name: "PreToolUse",
                              subject: .toolCall(name: .field([["preToolUse", "toolName"]]), input: [["preToolUse", "parameters"]]),
                              registration: .executableScript, answer: .clineCancel),
                ],
                defaults: [], eventNameFields: ["hookName"], failClosed: .exitTwo),
            detection: ToolDetection(folders: [".clinerules", ".cline"], rootFiles: [".clineignore"]),
            enforcement: .partial,
            note: ".clineignore is deprecated and only skips files when Cline analyses the codebase; the UserPromptSubmit "
                + "and PreToolUse hooks (once hooks are enabled in Cline) refuse what it would still read."),
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
            // Q CLI's hooks live in an agent's configuration: a local agent `phiguard` with the project rules and a
            // preToolUse hook (exit 2 blocks; any other exit lets the tool run). userPromptSubmit cannot block.
            hooks: AgentHookProtocol(
                file: ".amazonq/cli-agents/phiguard.json", command: "phiguard guard amazonq || exit 2",
                events: [HookEvent(name: "preToolUse", subject: .toolCall(name: .field([["tool_name"]]), input: [["tool_input"]]),
                                   registration: .matcherCommand(matcher: "*"), answer: .exitTwo)],
                defaults: [
                    HookSetting(pointer: ["name"], value: "phiguard"),
                    HookSetting(pointer: ["description"], value: "Amazon Q's tools, with phiguard refusing calls on excluded files or with PHI"),
                    HookSetting(pointer: ["tools"], value: ["*"]),
                    HookSetting(pointer: ["resources"], value: ["file://AmazonQ.md", "file://README.md", "file://.amazonq/rules/**/*.md"]),
                ],
                eventNameFields: ["hook_event_name"], failClosed: .exitTwo),
            detection: ToolDetection(folders: [".amazonq"]),
            enforcement: .advisory,
            note: "Amazon Q Developer has no ignore file; the rules are advisory in the IDE. In the Q CLI the local agent "
                + ".amazonq/cli-agents/phiguard.json (q chat --agent phiguard, or set it as the default agent) has a preToolUse hook "
                + "that refuses fs_read, execute_bash and fs_write calls on excluded files or with PHI."),
        ToolProfile(
            .augment, "Augment Code",
            rules: [.owned(".augment/rules/phiguard.md", template: "augment-rule")],
            ignoreFiles: [".augmentignore"],
            // Auggie reads hooks from the workspace's .augment/settings.json; a hook's command must be a script's path.
            hooks: AgentHookProtocol(
                file: ".augment/settings.json", command: ".augment/hooks/phiguard.sh",
                events: [HookEvent(name: "PreToolUse", subject: .toolCall(name: .field([["tool_name"]]), input: [["tool_input"]]),
                                   registration: .commandList(matcher: ".*"), answer: .exitTwo)],
                defaults: [], eventNameFields: ["hook_event_name", "hook_type"], failClosed: .exitTwo,
                script: "phiguard guard augment || exit 2"),
            detection: ToolDetection(folders: [".augment"], rootFiles: [".augmentignore", ".augment-guidelines"]),
            enforcement: .partial,
            note: ".augmentignore controls indexing; the Auggie CLI's PreToolUse hook (.augment/settings.json, running "
                + ".augment/hooks/phiguard.sh) refuses view, launch-process and edits on excluded files or with PHI. The IDE "
                + "extensions run no workspace hooks."),
        ToolProfile(
            .zed, "Zed",
            rules: [.preferExisting(".rules", otherwise: .block("AGENTS.md"))],
            settings: [.globList(file: ".zed/settings.json", pointer: ["private_files"])],
            detection: ToolDetection(folders: [".zed"], rootFiles: [".rules"]),
            enforcement: .partial,
            note: "private_files in .zed/settings.json makes the agent's read tool refuse the files; its terminal can still read them."),
        ToolProfile(
            .kiro, "Kiro",
            rules: [.owned(".kiro/steering/phiguard.md", template: "kiro-steering")],
            ignoreFiles: [".kiroignore"],
            // Kiro's v1 hook files (Kiro IDE 1.x, Kiro CLI 3): exit 2 blocks a prompt or a tool call, with the
            // reason on stderr; other exit codes and JSON answers let it through.
            hooks: AgentHookProtocol(
                file: ".kiro/hooks/phiguard.json", command: "phiguard guard kiro || exit 2",
                events: [
                    HookEvent(name: "UserPromptSubmit", subject: .prompt(at: ["prompt"]), registration: .namedCommand(matcher: nil),
                              answer: .exitTwo),
                    HookEvent(name: "PreToolUse", subject: .toolCall(name: .field([["tool_name"]]), input: [["tool_input"]]),
                              registration: .namedCommand(matcher: ".*"), answer: .exitTwo),
                ],
                defaults: [], eventNameFields: ["hook_event_name"], layout: .hookList, failClosed: .exitTwo),
            detection: ToolDetection(folders: [".kiro"], rootFiles: [".kiroignore"]),
            enforcement: .partial,
            note: ".kiroignore controls what Kiro's agent reads (not independently verified); the UserPromptSubmit and PreToolUse "
                + "hooks in .kiro/hooks/phiguard.json refuse prompts with PHI and reads, commands and edits of excluded files."),
        ToolProfile(
            .codex, "OpenAI Codex CLI",
            rules: [.block("AGENTS.md")],
            hooks: claudeStyleHooks(file: ".codex/hooks.json", agent: "codex", toolMatcher: ".*"),
            detection: ToolDetection(folders: [".codex"], rootFiles: ["AGENTS.override.md"]),
            enforcement: .partial,
            note: "Codex has no ignore file; its PreToolUse hook (shell, apply_patch, MCP) lets guard refuse commands that read "
                + "excluded files, in trusted projects once the hooks are approved in /hooks."),
        ToolProfile(
            .opencode, "OpenCode",
            rules: [.block("AGENTS.md")],
            settings: [.patternPermissions(file: "opencode.json", pointers: [["permission", "read"], ["permission", "edit"]])],
            hooks: openCodePlugin,
            detection: ToolDetection(folders: [".opencode"], rootFiles: ["opencode.json", "opencode.jsonc"]),
            enforcement: .partial,
            note: "permission.read and permission.edit deny rules in opencode.json bind OpenCode's read and edit tools; the plugin "
                + ".opencode/plugins/phiguard.js refuses bash, read, edit and write calls on excluded files or with PHI, and a message "
                + "that carries PHI (OpenCode 1.x plugins; OpenCode 2 does not run them)."),
        ToolProfile(
            .kilo, "Kilo Code",
            rules: [.owned(".kilocode/rules/phiguard.md", template: "plain-rule")],
            ignoreFiles: [".kilocodeignore"],
            // Kilo's CLI loads OpenCode's project plugins (`.opencode/plugins/`) with the same hooks: one file serves both.
            hooks: openCodePlugin,
            detection: ToolDetection(folders: [".kilocode", ".kilo"], rootFiles: [".kilocodeignore", ".kilocodemodes", "kilo.json", "kilo.jsonc"]),
            enforcement: .enforced,
            note: ".kilocodeignore blocks Kilo Code's file tools and commands (the new platform turns it into read and edit deny rules); "
                + "its CLI also runs the plugin .opencode/plugins/phiguard.js, which refuses tool calls and messages with PHI."),
        ToolProfile(
            .qwen, "Qwen Code",
            rules: [.block("QWEN.md")],
            ignoreFiles: [".qwenignore"],
            settings: [.permissionDeny(file: ".qwen/settings.json", tools: ["Read", "Edit"])],
            hooks: claudeStyleHooks(file: ".qwen/settings.json", agent: "qwen", toolMatcher: ".*"),
            detection: ToolDetection(folders: [".qwen"], rootFiles: ["QWEN.md", ".qwenignore"]),
            enforcement: .enforced,
            note: "permissions.deny Read/Edit rules in .qwen/settings.json bind Qwen Code's file tools and the shell commands that read those files."),
        ToolProfile(
            .warp, "Warp",
            rules: [.preferExisting("WARP.md", otherwise: .block("AGENTS.md"))],
            ignoreFiles: [".warpindexingignore"],
            detection: ToolDetection(rootFiles: ["WARP.md", ".warpindexingignore"]),
            enforcement: .partial,
            note: ".warpindexingignore keeps files out of Warp's codebase index only; agent permissions are app settings."),
        ToolProfile(
            .antigravity, "Google Antigravity",
            rules: [.block("AGENTS.md")],
            // `.agents/hooks.json` holds named hooks; PreToolUse groups as Claude's. The answer's shape comes from
            // third-party readers that disagree, so guard writes both (`decision`, and `allow_tool`/`deny_reason`).
            hooks: AgentHookProtocol(
                file: ".agents/hooks.json", command: "phiguard guard antigravity",
                events: [HookEvent(name: "PreToolUse", subject: .toolCall(name: .field([["toolCall", "name"], ["tool_name"]]),
                                                                          input: [["toolCall", "args"], ["tool_input"]]),
                                   registration: .commandListWithTimeout(matcher: "*"), answer: .antigravityDecision)],
                defaults: [], eventNameFields: ["hook_event_name", "hookEventName"], unnamedEvent: "PreToolUse",
                layout: .eventMap(at: ["phiguard"]), failClosed: .antigravityDecision),
            detection: ToolDetection(folders: [".agent"]),
            enforcement: .advisory,
            note: "Antigravity documents no repository ignore file; the rules are advisory. The PreToolUse hook in .agents/hooks.json "
                + "refuses run_command, view_file and write calls on excluded files or with PHI where Antigravity loads workspace "
                + "hooks (third-party reports disagree on which versions do)."),
        ToolProfile(
            .goose, "Goose",
            rules: [.block(".goosehints")],
            ignoreFiles: [".gooseignore"],
            // A project plugin (Open Plugins): a manifest and hooks/hooks.json. Only PreToolUse can block (a
            // UserPromptSubmit hook is observe-only): exit 2, the reason on stderr; `on_failure: block` makes a
            // hook that gives no decision (a crash, a timeout) refuse too.
            hooks: AgentHookProtocol(
                file: ".agents/plugins/phiguard/hooks/hooks.json", command: "phiguard guard goose || exit 2",
                events: [
                    HookEvent(name: "PreToolUse", subject: .toolCall(name: .field([["tool_name"]]), input: [["tool_input"]]),
                              registration: .commandListBlockingOnFailure(matcher: nil), answer: .exitTwo),
                ],
                defaults: [], eventNameFields: ["event"], failClosed: .exitTwo,
                manifest: HookManifest(file: ".agents/plugins/phiguard/plugin.json", document: [
                    "name": "phiguard", "version": "1.0.0",
                    "description": "Refuses tool calls that would read excluded files or send PHI or secrets (phiguard guard goose).",
                ])),
            detection: ToolDetection(rootFiles: [".goosehints", ".gooseignore"]),
            enforcement: .enforced,
            note: ".gooseignore stops Goose's Developer extension from reading, editing or running commands on the files; the "
                + "PreToolUse hook of the project plugin in .agents/plugins/phiguard/ refuses commands, edits and writes that carry "
                + "PHI or name excluded files (Goose has no hook that can stop a prompt)."),
        ToolProfile(
            .amp, "Amp",
            rules: [.block("AGENTS.md")],
            // Amp's plugin API (experimental): `tool.call` answered with an action; `agent.start` cannot refuse a prompt.
            hooks: AgentHookProtocol(
                file: ".amp/plugins/phiguard.ts", command: "phiguard guard amp",
                events: [HookEvent(name: "tool.call", subject: .toolCall(name: .field([["tool_name"]]), input: [["tool_input"]]),
                                   registration: .pluginHook, answer: .exitTwo)],
                defaults: [], eventNameFields: ["hook_event_name"], layout: .plugin(template: "amp-plugin"), failClosed: .exitTwo),
            detection: ToolDetection(folders: [".amp"]),
            enforcement: .partial,
            note: "Amp has no repository ignore file; the project plugin .amp/plugins/phiguard.ts (Amp's experimental plugin API) "
                + "rejects Read, Bash, edit_file and create_file calls on excluded files or with PHI. Amp has no hook that can stop a prompt."),
        ToolProfile(
            .factory, "Factory Droid",
            rules: [.block("AGENTS.md")],
            hooks: claudeStyleHooks(file: ".factory/hooks.json", agent: "factory", toolMatcher: ".*",
                                    eventNameFields: ["hookEventName", "hook_event_name"]),
            detection: ToolDetection(folders: [".factory"]),
            enforcement: .partial,
            note: "Droid has no ignore file; the PreToolUse hook lets guard refuse Read, Grep and Execute calls on excluded files."),
        ToolProfile(
            .replit, "Replit Agent",
            rules: [.block("replit.md")],
            detection: ToolDetection(rootFiles: ["replit.md", ".replit"]),
            enforcement: .advisory,
            note: "Replit documents no ignore file for its Agent; the rules are advisory."),
        ToolProfile(
            .trae, "Trae",
            rules: [.block(".trae/rules/project_rules.md")],
            ignoreFiles: [".trae/.ignore"],
            // Trae's hooks take Claude Code's shape: a PreToolUse denial in hookSpecificOutput, a prompt blocked by exit 2.
            hooks: claudeStyleHooks(file: ".trae/hooks.json", agent: "trae", toolMatcher: ".*",
                                    defaults: [HookSetting(pointer: ["version"], value: 1)]),
            detection: ToolDetection(folders: [".trae"]),
            enforcement: .partial,
            note: ".trae/.ignore keeps files out of Trae's code index and #Workspace context only; the UserPromptSubmit and "
                + "PreToolUse hooks in .trae/hooks.json stop prompts with PHI and tool calls on excluded files once the user trusts "
                + "the folder and turns project hooks on (Settings > Hooks)."),
        ToolProfile(
            .openhands, "OpenHands",
            rules: [.block("AGENTS.md")],
            hooks: AgentHookProtocol(
                file: ".openhands/hooks.json", command: "phiguard guard openhands || exit 2",
                events: [HookEvent(name: "PreToolUse", subject: .toolCall(name: .field([["tool_name"]]), input: [["tool_input"]]),
                                   registration: .commandList(matcher: ".*"), answer: .decision)],
                defaults: [], eventNameFields: ["event_type", "hook_event_name"], failClosed: .exitTwo),
            detection: ToolDetection(folders: [".openhands"]),
            enforcement: .partial,
            note: "OpenHands has no ignore file; the PreToolUse hook lets guard refuse terminal and file-editor calls on excluded files."),
        ToolProfile(
            .crush, "Crush",
            rules: [.block("CRUSH.md")],
            ignoreFiles: [".crushignore"],
            // Crush has no prompt hook; PreToolUse runs before its permission checks, for every tool.
            hooks: AgentHookProtocol(
                file: ".crush.json", command: "phiguard guard crush || exit 2",
                events: [HookEvent(name: "PreToolUse", subject: .toolCall(name: .field([["tool_name"]]), input: [["tool_input"]]),
                                   registration: .flatCommand(matcher: ".*"), answer: .exitTwo)],
                defaults: [], eventNameFields: ["event", "hook_event_name"], failClosed: .exitTwo),
            detection: ToolDetection(rootFiles: ["CRUSH.md", "crush.json", ".crush.json", ".crushignore"]),
            enforcement: .partial,
            note: ".crushignore keeps files out of the context Crush gathers (listing, globbing, searching); the PreToolUse hook "
                + "refuses its bash, view and edit calls on excluded files."),
        ToolProfile(
            .firebender, "Firebender",
            rules: [.owned(".firebender/rules/phiguard.mdc", template: "cursor-rule")],
            settings: [.globList(file: "firebender.json", pointer: ["ignore"])],
            // preToolUse fires for every tool (no matcher); exit 2 blocks, any other non-zero exit lets the call go on.
            hooks: AgentHookProtocol(
                file: ".firebender/hooks.json", command: "phiguard guard firebender || exit 2",
                events: [HookEvent(name: "preToolUse", subject: .toolCall(name: .field([["tool_name"]]), input: [["tool_input"]]),
                                   registration: .flatCommand(matcher: nil), answer: .exitTwo)],
                defaults: [HookSetting(pointer: ["version"], value: 1)], eventNameFields: ["hook_event_name"], unnamedEvent: "preToolUse",
                failClosed: .exitTwo),
            detection: ToolDetection(folders: [".firebender"], rootFiles: ["firebender.json"]),
            enforcement: .partial,
            note: "firebender.json's ignore list binds implicit context and autocomplete, not explicit mentions, the terminal or MCP tools; "
                + "the preToolUse hook in .firebender/hooks.json refuses reads, shell commands and writes on excluded files or with PHI."),
        ToolProfile(
            .devin, "Devin CLI / Devin Local",
            rules: [.owned(".devin/rules/phiguard.md", template: "plain-rule")],
            settings: [.permissionDeny(file: ".devin/config.json", tools: ["Read"])],
            // hooks.v1.json is the event map itself; Devin blocks on exit 2 and lets other failures through.
            hooks: AgentHookProtocol(
                file: ".devin/hooks.v1.json", command: "phiguard guard devin || exit 2",
                events: [
                    HookEvent(name: "UserPromptSubmit", subject: .prompt(at: ["prompt"]), registration: .commandList(matcher: nil),
                              answer: .exitTwo),
                    HookEvent(name: "PreToolUse", subject: .toolCall(name: .field([["tool_name"]]), input: [["tool_input"]]),
                              registration: .commandList(matcher: nil), answer: .exitTwo),
                ],
                defaults: [], eventNameFields: ["hook_event_name"], layout: .eventMap(at: []), failClosed: .exitTwo),
            detection: ToolDetection(folders: [".devin"]),
            enforcement: .partial,
            note: "permissions.deny Read(...) rules in .devin/config.json bind the Devin CLI's file tools; the UserPromptSubmit and "
                + "PreToolUse hooks in .devin/hooks.v1.json refuse prompts with PHI and reads, commands and edits of excluded files."),
        ToolProfile(
            .tabnine, "Tabnine",
            rules: [.owned(".tabnine/guidelines/phiguard.md", template: "plain-rule")],
            ignoreFiles: [".tabnineignore"],
            // Tabnine CLI's hooks follow Gemini CLI's, behind a master switch.
            hooks: geminiStyleHooks(file: ".tabnine/agent/settings.json", agent: "tabnine",
                                    defaults: [HookSetting(pointer: ["hooksConfig", "enabled"], value: true)]),
            detection: ToolDetection(folders: [".tabnine"], rootFiles: [".tabnineignore", "TABNINE.md"]),
            enforcement: .partial,
            note: ".tabnineignore keeps files out of Tabnine's index, searches and listings; the Tabnine CLI's BeforeAgent and "
                + "BeforeTool hooks refuse prompts with PHI and tool calls on excluded files."),
    ]
}
