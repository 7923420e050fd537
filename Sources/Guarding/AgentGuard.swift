import Foundation
import JSONDocument
import PolicyModel
import Scanning
import RepoAccess

/// The agents whose hook protocols `phiguard guard` speaks.
public struct GuardedAgent: RawRepresentable, Sendable, Hashable, CaseIterable {
    public let tool: AITool
    /// The agent's hook protocol (every guarded agent has one).
    public let hooks: AgentHookProtocol

    /// Only tools whose profile has a hook protocol.
    public init?(rawValue: String) {
        guard let tool = AITool(rawValue: rawValue) else { return nil }
        self.init(tool)
    }

    public init?(_ tool: AITool) {
        guard let hooks = tool.profile.hooks else { return nil }
        self.tool = tool
        self.hooks = hooks
    }

    public var rawValue: String { tool.rawValue }
    public static var allCases: [GuardedAgent] { AITool.hookAgents.compactMap(GuardedAgent.init) }
    public static func == (lhs: GuardedAgent, rhs: GuardedAgent) -> Bool { lhs.tool == rhs.tool }
    public func hash(into hasher: inout Hasher) { hasher.combine(tool) }
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
        let hooks = agent.hooks
        guard let name = hooks.eventNameFields.lazy.compactMap({ event[$0]?.stringValue }).first ?? hooks.unnamedEvent else {
            throw MalformedEvent("the hook event has no \(hooks.eventNameFields.first ?? "event name")")
        }
        guard let handled = hooks.event(named: name) else {
            let names = hooks.events.map(\.name).joined(separator: ", ")
            throw MalformedEvent("`phiguard guard \(agent.rawValue)` judges \(names); this event is '\(name)'")
        }
        return GuardResponse(handled.answer.response(blocking: try reason(for: handled.subject, in: event, context)))
    }

    /// Why the event must be blocked, or nil when it may go ahead.
    private func reason(for subject: HookSubject, in event: JSONValue, _ context: GuardContext) throws -> String? {
        switch subject {
        case let .prompt(field):
            return try context.promptProblem(try Self.text(event, field))
        case .promptWithAttachments:
            let attachments = (event["attachments"]?.arrayValue ?? []).compactMap {
                $0["file_path"]?.stringValue ?? $0["filePath"]?.stringValue
            }
            if let reason = try context.promptProblem(try Self.text(event, ["prompt"])) { return reason }
            return attachments.first { context.protectedPattern(for: $0) != nil }.map { context.pathReason($0, action: "attach") }
        case let .toolCall(name, input):
            let tool = switch name {
            case let .field(fields): try Self.text(event, Self.firstPresent(fields, in: event))
            case let .fixed(fixed): fixed
            }
            return try context.toolProblem(tool: tool, input: try Self.toolInput(event, Self.firstPresent(input, in: event)))
        case let .fileRead(pathField, contentField):
            let path = try Self.text(event, pathField)
            if context.protectedPattern(for: path) != nil { return context.pathReason(path, action: "read") }
            // Without the content in the event, guard reads what the agent would (as for Claude's Read).
            guard let contentField, let content = try Self.optionalText(event, contentField) else { return try context.fileProblem(path) }
            return try context.contentProblem(content, path: path, action: "read")
        case let .command(field, inputField):
            // A shell event carries a command; Cursor's MCP event its `tool_input` (an object, or the JSON of one).
            let command: String
            if let text = try Self.optionalText(event, field) {
                command = text
            } else if let inputField, let input = Self.value(event, inputField), input != .null {
                command = input.stringValue ?? JSONPrinter.compact(input)
            } else {
                throw MalformedEvent("the hook event has no `\(field.joined(separator: "."))`")
            }
            return try context.commandProblem(command)
        }
    }

    /// The first of `paths` the event has (the first path when it has none, so the error names it).
    private static func firstPresent(_ paths: [[String]], in event: JSONValue) -> [String] {
        paths.first { value(event, $0) != nil } ?? paths.first ?? []
    }

    /// The value at a path of object keys.
    private static func value(_ event: JSONValue, _ path: [String]) -> JSONValue? {
        path.reduce(Optional(event)) { value, key in value?[key] }
    }

    /// A required string field; a missing or non-string one makes the event malformed.
    private static func text(_ event: JSONValue, _ path: [String]) throws -> String {
        guard let value = value(event, path)?.stringValue else {
            throw MalformedEvent("the hook event's `\(path.joined(separator: "."))` is missing or not a string")
        }
        return value
    }

    /// An optional string field: absent is nil, present but not a string is malformed.
    private static func optionalText(_ event: JSONValue, _ path: [String]) throws -> String? {
        guard let value = value(event, path), value != .null else { return nil }
        guard let text = value.stringValue else {
            throw MalformedEvent("the hook event's `\(path.joined(separator: "."))` is not a string")
        }
        return text
    }

    /// A tool's input: an object, or (as Cursor and Copilot send it) the JSON text of one.
    private static func toolInput(_ event: JSONValue, _ path: [String]) throws -> JSONValue {
        let found = value(event, path)
        if let text = found?.stringValue, let parsed = try? JSONParser.parse(text), parsed.objectValue != nil { return parsed }
        guard let found, found.objectValue != nil else {
            throw MalformedEvent("the hook event's `\(path.joined(separator: "."))` is missing or not an object")
        }
        return found
    }

    /// Blocks in the agent's protocol when the event cannot be judged.
    public func failClosed(_ problem: String) -> GuardResponse {
        let reason = "phiguard guard: \(problem); blocking to be safe. Check the hook configuration and phiguard's policy."
        return GuardResponse(agent.hooks.failClosed.response(blocking: reason))
    }
}

extension GuardResponse {
    /// The output a hook protocol's answer prescribes.
    init(_ answer: (standardOutput: String, standardError: String, exitCode: Int32)) {
        self.init(standardOutput: answer.standardOutput, standardError: answer.standardError, exitCode: answer.exitCode)
    }
}

/// An event that parses as JSON but is not one guard can judge.
struct MalformedEvent: LocalizedError {
    let problem: String
    init(_ problem: String) { self.problem = problem }
    var errorDescription: String? { problem }
}
