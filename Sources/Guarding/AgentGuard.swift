import Foundation
import JSONDocument
import PolicyModel
import Scanning
import RepoAccess

/// The agents whose hook protocols `phiguard guard` speaks.
public enum GuardedAgent: String, Sendable, CaseIterable {
    case claude, cursor, gemini
}

/// What `guard` prints and how it exits, in the agent's own protocol.
public struct GuardResponse: Sendable, Equatable {
    public var standardOutput: String
    public var standardError: String
    public var exitCode: Int32
}

/// Reads one agent hook event and decides: a prompt with PHI or a secret is blocked; reading or
/// editing a restricted or secret path is denied; writing content with findings is denied.
/// Reasons name the kind and rule, never the value. Anything it cannot read fails closed.
public struct AgentGuard {
    public let agent: GuardedAgent
    /// The repository from `--repo`; nil to take it from the event (`cwd`, `workspace_roots`).
    public let repository: Repository?

    public init(agent: GuardedAgent, repository: Repository?) {
        self.agent = agent
        self.repository = repository
    }

    /// The answer to one event given as the bytes of its JSON.
    public func respond(to input: [UInt8]) -> GuardResponse {
        let event: JSONValue
        do {
            event = try JSONParser.parse(String(decoding: input, as: UTF8.self))
        } catch {
            return failClosed("the hook event is not valid JSON (line \(error.line), column \(error.column): \(error.reason))")
        }
        guard event.objectValue != nil else { return failClosed("the hook event is not a JSON object") }
        do {
            let context = try GuardContext(event: event, agent: agent, repository: repository)
            return try decide(event, context)
        } catch {
            return failClosed((error as? LocalizedError)?.errorDescription ?? "\(error)")
        }
    }

    /// The events each agent's hook sends that guard judges; any other event fails closed.
    static let handledEvents: [GuardedAgent: [String]] = [
        .claude: ["UserPromptSubmit", "PreToolUse"],
        .cursor: ["beforeSubmitPrompt", "beforeReadFile", "beforeShellExecution", "beforeMCPExecution", "preToolUse"],
        .gemini: ["BeforeAgent", "BeforeTool"],
    ]

    private func decide(_ event: JSONValue, _ context: GuardContext) throws -> GuardResponse {
        guard let name = event["hook_event_name"]?.stringValue ?? event["hookEventName"]?.stringValue else {
            throw MalformedEvent("the hook event has no hook_event_name")
        }
        let handled = Self.handledEvents[agent] ?? []
        guard handled.contains(name) else {
            throw MalformedEvent("`phiguard guard \(agent.rawValue)` judges \(handled.joined(separator: ", ")); this event is '\(name)'")
        }
        switch name {
        case "UserPromptSubmit":
            guard let reason = try context.promptProblem(try Self.text(event, "prompt")) else { return .allow }
            return GuardResponse(standardOutput: "", standardError: reason + "\n", exitCode: 2)
        case "PreToolUse":
            guard let reason = try context.toolProblem(tool: try Self.text(event, "tool_name"), input: try Self.object(event, "tool_input"))
            else { return .allow }
            let output: JSONValue = ["hookSpecificOutput": [
                "hookEventName": "PreToolUse", "permissionDecision": "deny", "permissionDecisionReason": .string(reason),
            ]]
            return GuardResponse(standardOutput: JSONPrinter.compact(output) + "\n", standardError: "", exitCode: 0)
        case "beforeSubmitPrompt":
            let attachments = (event["attachments"]?.arrayValue ?? []).compactMap {
                $0["file_path"]?.stringValue ?? $0["filePath"]?.stringValue
            }
            var reason = try context.promptProblem(try Self.text(event, "prompt"))
            if reason == nil, let path = attachments.first(where: { context.protectedPattern(for: $0) != nil }) {
                reason = context.pathReason(path, action: "attach")
            }
            guard let reason else { return .json(["continue": true]) }
            return .json(["continue": false, "user_message": .string(reason)])
        case "beforeReadFile":
            let path = try Self.text(event, "file_path")
            var reason = context.protectedPattern(for: path).map { _ in context.pathReason(path, action: "read") }
            if reason == nil, let content = try Self.optionalText(event, "content") {
                reason = try context.contentProblem(content, path: path, action: "read")
            }
            guard let reason else { return .json(["permission": "allow"]) }
            return .json(["permission": "deny", "user_message": .string(reason), "agent_message": .string(reason)])
        case "beforeShellExecution", "beforeMCPExecution":
            // A shell event carries `command`; an MCP event its `tool_input` (an object, or the JSON of one).
            let command: String
            if let text = try Self.optionalText(event, "command") {
                command = text
            } else if let input = event["tool_input"], input != .null {
                command = input.stringValue ?? JSONPrinter.compact(input)
            } else {
                throw MalformedEvent("the hook event has neither `command` nor `tool_input`")
            }
            guard let reason = try context.commandProblem(command) else { return .json(["permission": "allow"]) }
            return .json(["permission": "deny", "user_message": .string(reason), "agent_message": .string(reason)])
        case "preToolUse":
            // Cursor's event for every tool: the tool's name and input, answered with a permission.
            let reason = try context.toolProblem(tool: try Self.text(event, "tool_name"), input: try Self.toolInput(event))
            guard let reason else { return .json(["permission": "allow"]) }
            return .json(["permission": "deny", "user_message": .string(reason), "agent_message": .string(reason)])
        case "BeforeAgent":
            guard let reason = try context.promptProblem(try Self.text(event, "prompt")) else { return .json(["decision": "allow"]) }
            return .json(["decision": "deny", "reason": .string(reason)])
        default:  // BeforeTool
            guard let reason = try context.toolProblem(tool: try Self.text(event, "tool_name"), input: try Self.object(event, "tool_input"))
            else { return .json(["decision": "allow"]) }
            return .json(["decision": "deny", "reason": .string(reason)])
        }
    }

    /// A required string field; a missing or non-string one makes the event malformed.
    private static func text(_ event: JSONValue, _ key: String) throws -> String {
        guard let value = event[key]?.stringValue else { throw MalformedEvent("the hook event's `\(key)` is missing or not a string") }
        return value
    }

    /// An optional string field: absent is nil, present but not a string is malformed.
    private static func optionalText(_ event: JSONValue, _ key: String) throws -> String? {
        guard let value = event[key], value != .null else { return nil }
        guard let text = value.stringValue else { throw MalformedEvent("the hook event's `\(key)` is not a string") }
        return text
    }

    /// A tool's input: an object, or (as Cursor sends some) the JSON text of one.
    private static func toolInput(_ event: JSONValue) throws -> JSONValue {
        if let text = event["tool_input"]?.stringValue, let parsed = try? JSONParser.parse(text), parsed.objectValue != nil {
            return parsed
        }
        return try object(event, "tool_input")
    }

    /// A required object field.
    private static func object(_ event: JSONValue, _ key: String) throws -> JSONValue {
        guard let value = event[key], value.objectValue != nil else {
            throw MalformedEvent("the hook event's `\(key)` is missing or not an object")
        }
        return value
    }

    /// Blocks in the agent's protocol when the event cannot be judged.
    public func failClosed(_ problem: String) -> GuardResponse {
        let reason = "phiguard guard: \(problem); blocking to be safe. Check the hook configuration and phiguard's policy."
        switch agent {
        case .claude, .gemini:
            return GuardResponse(standardOutput: "", standardError: reason + "\n", exitCode: 2)
        case .cursor:
            let output: JSONValue = ["continue": false, "permission": "deny", "user_message": .string(reason)]
            return GuardResponse(standardOutput: JSONPrinter.compact(output) + "\n", standardError: reason + "\n", exitCode: 0)
        }
    }
}

/// An event that parses as JSON but is not one guard can judge.
struct MalformedEvent: LocalizedError {
    let problem: String
    init(_ problem: String) { self.problem = problem }
    var errorDescription: String? { problem }
}

extension GuardResponse {
    static let allow = GuardResponse(standardOutput: "", standardError: "", exitCode: 0)

    static func json(_ value: JSONValue) -> GuardResponse {
        GuardResponse(standardOutput: JSONPrinter.compact(value) + "\n", standardError: "", exitCode: 0)
    }
}
