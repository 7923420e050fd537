import JSONDocument

/// One agent's hook protocol: the file that registers phiguard, the events it registers and how
/// `phiguard guard` answers each. `init`/`apply` write from it and `guard` reads events by it, so the
/// writer and the judge cannot disagree on a name.
public struct AgentHookProtocol: Sendable {
    /// The repository settings file holding the hook registrations (for scripts, their folder).
    public let file: String
    /// The command each registration runs.
    public let command: String
    /// The events phiguard registers, in the order they are written.
    public let events: [HookEvent]
    /// Keys set when the file lacks them (Cursor's `"version": 1`).
    public let defaults: [HookSetting]
    /// The event's fields that name the event, tried in order.
    public let eventNameFields: [String]
    /// The event an unnamed event is (Copilot's camelCase payloads carry no name; phiguard registers one event).
    public var unnamedEvent: String? = nil
    /// How the file holds the registrations.
    public var layout: HookFileLayout = .eventMap(at: ["hooks"])
    /// How `guard` blocks an event it cannot read or judge.
    public let failClosed: HookAnswer
    /// A file phiguard owns beside the hooks file that makes the agent load it (Goose's plugin manifest).
    public var manifest: HookManifest? = nil
    /// What the script at `command` runs, for an agent whose hook command must be a script's path
    /// (Augment): phiguard writes the script, executable.
    public var script: String? = nil

    /// The registration's value for `event` under `hooks.<name>`.
    public func registration(for event: HookEvent) -> JSONValue {
        // A group of command hooks, for the tools `matcher` selects (every tool without one).
        func group(_ matcher: String?, _ extra: [(key: String, value: JSONValue)] = []) -> JSONValue {
            let hook = JSONObject([(key: "type", value: "command"), (key: "command", value: .string(command))] + extra)
            guard let matcher else { return ["hooks": [.object(hook)]] }
            return ["matcher": .string(matcher), "hooks": [.object(hook)]]
        }
        switch event.registration {
        case let .commandList(matcher):
            return group(matcher)
        case let .commandListBlockingOnFailure(matcher):
            return group(matcher, [(key: "timeout", value: 30), (key: "on_failure", value: "block")])
        case .failClosedCommand:
            return ["command": .string(command), "failClosed": true]
        case .showOutputCommand:
            return ["command": .string(command), "show_output": true]
        case .bashCommand:
            return ["type": "command", "bash": .string(command), "timeoutSec": 30]
        case .executableScript:
            return .string(command)
        case let .flatCommand(matcher):
            guard let matcher else { return ["command": .string(command), "timeout": 30] }
            return ["matcher": .string(matcher), "command": .string(command), "timeout": 30]
        case .pluginHook:
            return .string(event.name)
        case let .matcherCommand(matcher):
            return ["matcher": .string(matcher), "command": .string(command)]
        case let .commandListWithTimeout(matcher):
            return group(matcher, [(key: "timeout", value: 30)])
        case let .namedCommand(matcher):
            var entry = JSONObject([(key: "name", value: .string("phiguard-\(event.name)")), (key: "trigger", value: .string(event.name))])
            if let matcher { entry["matcher"] = .string(matcher) }
            entry["action"] = ["type": "command", "command": .string(command)]
            entry["timeout"] = 30
            entry["enabled"] = true
            return .object(entry)
        }
    }

    /// The whole file of a `.hookList` protocol, which phiguard owns.
    public var hookListDocument: JSONValue {
        ["version": "v1", "hooks": .array(events.map(registration(for:)))]
    }

    /// The event with this name, if phiguard registers it (`PreToolUse` is Copilot's `preToolUse` in
    /// VS Code's payloads: no protocol has two events that differ only in case).
    public func event(named name: String) -> HookEvent? {
        events.first { $0.name == name } ?? events.first { $0.name.lowercased() == name.lowercased() }
    }
}

/// How a hooks file holds phiguard's registrations.
public enum HookFileLayout: Sendable, Equatable {
    /// A map from event name to a list of registrations at `pointer` (`hooks`, or the top for Devin),
    /// merged into the user's file.
    case eventMap(at: [String])
    /// A file of phiguard's own listing named registrations (Kiro's `.kiro/hooks/<name>.json`).
    case hookList
    /// A plugin module of phiguard's own, rendered from `template` (OpenCode's and Kilo's JavaScript
    /// plugins), that hands each event to the command as JSON: the events' names are its hooks' names.
    case plugin(template: String)
}

/// A whole JSON file phiguard owns that makes the agent load its hooks file.
public struct HookManifest: Sendable {
    public let file: String
    public let document: JSONValue

    public init(file: String, document: JSONValue) {
        self.file = file
        self.document = document
    }
}

/// A key and value a hooks file needs besides the registrations.
public struct HookSetting: Sendable {
    public let pointer: [String]
    public let value: JSONValue
}

/// One hook event: its name, what `guard` judges in it, how it is registered and how it is answered.
public struct HookEvent: Sendable {
    public let name: String
    public let subject: HookSubject
    public let registration: HookRegistration
    public let answer: HookAnswer
}

/// What an event carries for `guard` to judge, and where (each a path of object keys).
public enum HookSubject: Sendable {
    /// The text about to be sent to the model.
    case prompt(at: [String])
    /// `prompt` and `attachments[].file_path` (Cursor).
    case promptWithAttachments
    /// A tool's name and its input (an object, or the JSON text of one); the first field present is used.
    case toolCall(name: HookToolName, input: [[String]])
    /// A file about to be read and, when the agent sends it, its content.
    case fileRead(path: [String], content: [String]?)
    /// A shell command, or else a tool input judged as text (Cursor's MCP event).
    case command(at: [String], orInput: [String]?)
}

/// Where a tool call's name comes from.
public enum HookToolName: Sendable {
    /// A field of the event (the first of these that is present).
    case field([[String]])
    /// A fixed name, for events that are one tool (Windsurf's `pre_write_code` is an edit).
    case fixed(String)
}

/// How an event's registration is written.
public enum HookRegistration: Sendable {
    /// `{"matcher": m, "hooks": [{"type": "command", "command": c}]}` (Claude Code, Gemini CLI).
    case commandList(matcher: String?)
    /// As `commandList`, the command with `"timeout": 30` (seconds) and `"on_failure": "block"`, so a hook
    /// that gives no decision refuses (Goose).
    case commandListBlockingOnFailure(matcher: String?)
    /// `{"command": c, "failClosed": true}` (Cursor).
    case failClosedCommand
    /// `{"command": c, "show_output": true}` (Windsurf's Cascade hooks).
    case showOutputCommand
    /// `{"type": "command", "bash": c, "timeoutSec": 30}` (GitHub Copilot).
    case bashCommand
    /// An executable file named after the event in the protocol's folder, running the command (Cline).
    case executableScript
    /// `{"matcher": m, "command": c, "timeout": 30}`, seconds (Crush; Firebender without a matcher: every tool).
    case flatCommand(matcher: String?)
    /// `{"name": …, "trigger": event, "matcher": m, "action": {"type": "command", "command": c}, "timeout": 30,
    /// "enabled": true}` in a `.hookList` file (Kiro).
    case namedCommand(matcher: String?)
    /// A hook function of a `.plugin` module, named after the event (OpenCode).
    case pluginHook
    /// `{"matcher": m, "command": c}` (Amazon Q CLI's agent hooks, whose timeout is `timeout_ms`: the default 30 s).
    case matcherCommand(matcher: String)
    /// As `commandList`, with `"timeout": 30` (whole seconds: Antigravity refuses the whole file over a fraction).
    case commandListWithTimeout(matcher: String)
}

/// How `guard` tells the agent to go ahead or stop.
public enum HookAnswer: Sendable {
    /// Allow: exit 0, silent. Block: the reason on stderr, exit 2.
    case exitTwo
    /// Claude Code's `PreToolUse`: `hookSpecificOutput.permissionDecision: "deny"` on stdout.
    case claudeToolDecision
    /// Cursor's prompt events: `{"continue": bool, "user_message": …}`.
    case cursorContinue
    /// Cursor's tool events: `{"permission": "allow"|"deny", "user_message", "agent_message"}`.
    case cursorPermission
    /// Gemini CLI, OpenHands: `{"decision": "allow"|"deny", "reason": …}`.
    case decision
    /// GitHub Copilot's `preToolUse`: allow silently; block with `permissionDecision: "deny"` at the top
    /// level (Copilot CLI) and in `hookSpecificOutput` (VS Code), the reason on stderr and exit 2.
    case copilotPermission
    /// Cline: `{"cancel": false}`, or `{"cancel": true, "errorMessage": …}` to stop the action.
    case clineCancel
    /// Cursor, when the event cannot be judged: both `continue: false` and `permission: deny`, and stderr.
    case cursorFailClosed
    /// Antigravity: `{"decision": "allow"|"deny", "reason"}` and `{"allow_tool", "deny_reason"}` in one object (third-party
    /// readers give either; each reads its own keys).
    case antigravityDecision

    /// What to print and how to exit: allow when `reason` is nil, else block with it.
    public func response(blocking reason: String?) -> (standardOutput: String, standardError: String, exitCode: Int32) {
        func json(_ value: JSONValue) -> (String, String, Int32) { (JSONPrinter.compact(value) + "\n", "", 0) }
        switch (self, reason) {
        case (.exitTwo, nil), (.claudeToolDecision, nil): return ("", "", 0)
        case let (.exitTwo, reason?): return ("", reason + "\n", 2)
        case let (.claudeToolDecision, reason?):
            return json(["hookSpecificOutput": [
                "hookEventName": "PreToolUse", "permissionDecision": "deny", "permissionDecisionReason": .string(reason),
            ]])
        case (.cursorContinue, nil): return json(["continue": true])
        case let (.cursorContinue, reason?): return json(["continue": false, "user_message": .string(reason)])
        case (.cursorPermission, nil), (.cursorFailClosed, nil): return json(["permission": "allow"])
        case let (.cursorPermission, reason?):
            return json(["permission": "deny", "user_message": .string(reason), "agent_message": .string(reason)])
        case let (.cursorFailClosed, reason?):
            let output: JSONValue = ["continue": false, "permission": "deny", "user_message": .string(reason)]
            return (JSONPrinter.compact(output) + "\n", reason + "\n", 0)
        case (.clineCancel, nil): return json(["cancel": false])
        case let (.clineCancel, reason?): return json(["cancel": true, "errorMessage": .string(reason)])
        case (.decision, nil): return json(["decision": "allow"])
        case let (.decision, reason?): return json(["decision": "deny", "reason": .string(reason)])
        case (.antigravityDecision, nil): return json(["decision": "allow", "allow_tool": true])
        case let (.antigravityDecision, reason?):
            return json(["decision": "deny", "reason": .string(reason), "allow_tool": false, "deny_reason": .string(reason)])
        case (.copilotPermission, nil): return ("", "", 0)
        case let (.copilotPermission, reason?):
            let output: JSONValue = [
                "permissionDecision": "deny", "permissionDecisionReason": .string(reason),
                "hookSpecificOutput": ["hookEventName": "PreToolUse", "permissionDecision": "deny",
                                       "permissionDecisionReason": .string(reason)],
            ]
            return (JSONPrinter.compact(output) + "\n", reason + "\n", 2)
        }
    }
}
