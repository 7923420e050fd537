import Foundation
import JSONDocument
import PolicyModel
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

    private func decide(_ event: JSONValue, _ context: GuardContext) throws -> GuardResponse {
        let name = event["hook_event_name"]?.stringValue ?? event["hookEventName"]?.stringValue ?? ""
        switch (agent, name) {
        case (.claude, "UserPromptSubmit"):
            guard let reason = try context.promptProblem(event["prompt"]?.stringValue) else { return .allow }
            return GuardResponse(standardOutput: "", standardError: reason + "\n", exitCode: 2)
        case (.claude, "PreToolUse"):
            guard let reason = try context.toolProblem(
                tool: event["tool_name"]?.stringValue ?? "", input: event["tool_input"] ?? .null)
            else { return .allow }
            let output: JSONValue = ["hookSpecificOutput": [
                "hookEventName": "PreToolUse", "permissionDecision": "deny", "permissionDecisionReason": .string(reason),
            ]]
            return GuardResponse(standardOutput: JSONPrinter.compact(output) + "\n", standardError: "", exitCode: 0)
        case (.cursor, "beforeSubmitPrompt"):
            let attachments = (event["attachments"]?.arrayValue ?? []).compactMap {
                $0["file_path"]?.stringValue ?? $0["filePath"]?.stringValue
            }
            var reason = try context.promptProblem(event["prompt"]?.stringValue)
            if reason == nil, let path = attachments.first(where: { context.protectedPattern(for: $0) != nil }) {
                reason = context.pathReason(path, action: "attach")
            }
            guard let reason else { return .json(["continue": true]) }
            return .json(["continue": false, "user_message": .string(reason)])
        case (.cursor, "beforeReadFile"):
            let path = event["file_path"]?.stringValue ?? ""
            var reason = context.protectedPattern(for: path).map { _ in context.pathReason(path, action: "read") }
            if reason == nil, let content = event["content"]?.stringValue {
                reason = try context.contentProblem(content, path: path, action: "read")
            }
            guard let reason else { return .json(["permission": "allow"]) }
            return .json(["permission": "deny", "user_message": .string(reason), "agent_message": .string(reason)])
        case (.cursor, "beforeShellExecution"), (.cursor, "beforeMCPExecution"):
            let command = event["command"]?.stringValue ?? JSONPrinter.compact(event["tool_input"] ?? .null)
            guard let reason = try context.commandProblem(command) else { return .json(["permission": "allow"]) }
            return .json(["permission": "deny", "user_message": .string(reason), "agent_message": .string(reason)])
        case (.gemini, "BeforeAgent"):
            guard let reason = try context.promptProblem(event["prompt"]?.stringValue) else { return .json(["decision": "allow"]) }
            return .json(["decision": "deny", "reason": .string(reason)])
        case (.gemini, "BeforeTool"):
            guard let reason = try context.toolProblem(
                tool: event["tool_name"]?.stringValue ?? "", input: event["tool_input"] ?? .null)
            else { return .json(["decision": "allow"]) }
            return .json(["decision": "deny", "reason": .string(reason)])
        case (.cursor, _):
            return .json(["continue": true, "permission": "allow"])
        default:
            return .allow
        }
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

extension GuardResponse {
    static let allow = GuardResponse(standardOutput: "", standardError: "", exitCode: 0)

    static func json(_ value: JSONValue) -> GuardResponse {
        GuardResponse(standardOutput: JSONPrinter.compact(value) + "\n", standardError: "", exitCode: 0)
    }
}
