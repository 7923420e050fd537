import Foundation
import RepoAccess
import PolicyModel
import Yams

/// Reads one policy file's YAML into a `PolicyLayer`, validating every key, type and value.
struct PolicyParser {
    /// The file name shown in error messages.
    let file: String

    static let topLevelKeys = [
        "version", "extends", "tools", "restricted", "secrets", "data", "identifiers", "synthetic", "egress",
        "hooks", "ci", "rules", "approvedTools", "provenance", "templates",
    ]

    func parse(_ text: String) throws -> PolicyLayer {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw syntaxError(error)
        }
        guard let root else { return PolicyLayer() }
        let mapping = try self.mapping(root, key: "policy")
        try checkKeys(mapping, valid: Self.topLevelKeys, section: "")
        var layer = PolicyLayer()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "version": try checkVersion(value)
            case "extends": layer.extends = try string(value, key: key)
            case "tools": layer.tools = try tools(value, key: key)
            case "restricted": try parseRestricted(value, into: &layer)
            case "secrets": layer.secrets = try pathPatterns(value, key: key)
            case "data": layer.data = try pathPatterns(value, key: key)
            case "identifiers": layer.identifiers = try identifiers(value)
            case "synthetic": try parseSynthetic(value, into: &layer)
            case "egress": try parseEgress(value, into: &layer)
            case "hooks": try parseHooks(value, into: &layer)
            case "rules": layer.rules = try strings(value, key: key)
            case "approvedTools": layer.approvedTools = try approvedTools(value)
            case "provenance": try parseProvenance(value, into: &layer)
            case "templates": layer.templates = try string(value, key: key)
            case "ci": layer.ci = try choice(value, key: key)
            default: break
            }
        }
        return layer
    }

    // MARK: Sections

    private func checkVersion(_ node: Node) throws {
        let text = try string(node, key: "version")
        guard text == "1" else {
            throw PolicyError.unsupportedVersion(file: file, line: line(node), column: column(node), version: text)
        }
    }

    private func parseRestricted(_ node: Node, into layer: inout PolicyLayer) throws {
        let section = try mapping(node, key: "restricted")
        try checkKeys(section, valid: ["paths", "tables", "routes"], section: "restricted")
        for (keyNode, value) in section {
            switch keyNode.string {
            case "paths": layer.restrictedPaths = try pathPatterns(value, key: "restricted.paths")
            case "tables": layer.restrictedTables = try strings(value, key: "restricted.tables")
            case "routes": layer.restrictedRoutes = try strings(value, key: "restricted.routes")
            default: break
            }
        }
    }

    private func parseSynthetic(_ node: Node, into layer: inout PolicyLayer) throws {
        let section = try mapping(node, key: "synthetic")
        try checkKeys(section, valid: ["mrnPrefix"], section: "synthetic")
        for (_, value) in section {
            let prefix = try string(value, key: "synthetic.mrnPrefix")
            guard !prefix.isEmpty, prefix.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                throw PolicyError.wrongType(
                    file: file, line: line(value), column: column(value), key: "synthetic.mrnPrefix",
                    expected: "one or more ASCII letters or digits")
            }
            layer.mrnPrefix = prefix
        }
    }

    private func parseEgress(_ node: Node, into layer: inout PolicyLayer) throws {
        let section = try mapping(node, key: "egress")
        try checkKeys(section, valid: ["bannedPackages", "aiEndpoints"], section: "egress")
        for (keyNode, value) in section {
            if keyNode.string == "bannedPackages" {
                layer.bannedPackages = try strings(value, key: "egress.bannedPackages")
            } else {
                layer.aiEndpoints = try choice(value, key: "egress.aiEndpoints")
            }
        }
    }

    private func parseHooks(_ node: Node, into layer: inout PolicyLayer) throws {
        let section = try mapping(node, key: "hooks")
        try checkKeys(section, valid: ["git", "agents"], section: "hooks")
        for (keyNode, value) in section {
            if keyNode.string == "git" {
                layer.gitHooks = try choice(value, key: "hooks.git")
            } else {
                let agents = try tools(value, key: "hooks.agents")
                for agent in agents where agent.profile.hooks == nil {
                    throw PolicyError.invalidValue(
                        file: file, line: line(value), column: column(value), key: "hooks.agents",
                        value: agent.rawValue, validValues: AITool.hookAgents.map(\.rawValue))
                }
                layer.agentHooks = agents
            }
        }
    }

    private func parseProvenance(_ node: Node, into layer: inout PolicyLayer) throws {
        let section = try mapping(node, key: "provenance")
        try checkKeys(section, valid: ["trailer", "require"], section: "provenance")
        for (keyNode, value) in section {
            if keyNode.string == "trailer" {
                layer.trailer = try string(value, key: "provenance.trailer")
            } else {
                layer.requireTrailer = try bool(value, key: "provenance.require")
            }
        }
    }

    private func identifiers(_ node: Node) throws -> [Policy.Identifier] {
        var result: [Policy.Identifier] = []
        for item in try sequence(node, key: "identifiers") {
            let entry = try mapping(item, key: "identifiers[]")
            try checkKeys(entry, valid: ["name", "pattern", "context"], section: "identifiers")
            guard let nameNode = entry["name"], let patternNode = entry["pattern"] else {
                throw PolicyError.wrongType(
                    file: file, line: line(item), column: column(item), key: "identifiers[]",
                    expected: "a mapping with 'name' and 'pattern' (and optional 'context')")
            }
            let name = try string(nameNode, key: "identifiers.name")
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
                throw PolicyError.wrongType(
                    file: file, line: line(nameNode), column: column(nameNode), key: "identifiers.name",
                    expected: "lowercase letters, digits and '-' (it becomes the kind custom:<name>)")
            }
            let pattern = try string(patternNode, key: "identifiers.pattern")
            do {
                _ = try NSRegularExpression(pattern: pattern)
            } catch {
                throw PolicyError.invalidPattern(
                    file: file, line: line(patternNode), column: column(patternNode), name: name,
                    reason: "it does not compile")
            }
            let context = try entry["context"].map { try strings($0, key: "identifiers.context") } ?? []
            if result.contains(where: { $0.name == name }) {
                throw PolicyError.duplicate(
                    file: file, line: line(nameNode), column: column(nameNode), key: "identifiers", value: name)
            }
            result.append(Policy.Identifier(name: name, pattern: pattern, context: context))
        }
        return result
    }

    private func approvedTools(_ node: Node) throws -> [Policy.ApprovedTool] {
        var result: [Policy.ApprovedTool] = []
        for item in try sequence(node, key: "approvedTools") {
            let entry = try mapping(item, key: "approvedTools[]")
            try checkKeys(entry, valid: ["tool", "plan", "tiers", "baa", "notes"], section: "approvedTools")
            guard let toolNode = entry["tool"] else {
                throw PolicyError.wrongType(
                    file: file, line: line(item), column: column(item), key: "approvedTools[]",
                    expected: "a mapping with 'tool' (and optional plan, tiers, baa, notes)")
            }
            let tool = try self.tool(toolNode)
            if result.contains(where: { $0.tool == tool }) {
                throw PolicyError.duplicate(
                    file: file, line: line(toolNode), column: column(toolNode), key: "approvedTools",
                    value: tool.rawValue)
            }
            result.append(Policy.ApprovedTool(
                tool: tool,
                plan: try entry["plan"].map { try string($0, key: "approvedTools.plan") },
                tiers: try entry["tiers"].map { try strings($0, key: "approvedTools.tiers") } ?? [],
                baa: try entry["baa"].map { try bool($0, key: "approvedTools.baa") } ?? false,
                notes: try entry["notes"].map { try string($0, key: "approvedTools.notes") }))
        }
        return result
    }

    // MARK: Typed readers

    private func tools(_ node: Node, key: String) throws -> [AITool] {
        var result: [AITool] = []
        for item in try sequence(node, key: key) {
            let tool = try self.tool(item)
            if result.contains(tool) {
                throw PolicyError.duplicate(
                    file: file, line: line(item), column: column(item), key: key, value: tool.rawValue)
            }
            result.append(tool)
        }
        return result
    }

    private func tool(_ node: Node) throws -> AITool {
        let name = try string(node, key: "tool")
        guard let tool = AITool(rawValue: name) else {
            throw PolicyError.unknownTool(file: file, line: line(node), column: column(node), name: name)
        }
        return tool
    }

    private func choice<T: RawRepresentable & CaseIterable>(_ node: Node, key: String) throws -> T
    where T.RawValue == String {
        let text = try string(node, key: key)
        guard let value = T(rawValue: text) else {
            throw PolicyError.invalidValue(
                file: file, line: line(node), column: column(node), key: key, value: text,
                validValues: T.allCases.map(\.rawValue))
        }
        return value
    }

    /// Gitignore-style path patterns, each one the tools' exclusion syntaxes can express (no `!`).
    private func pathPatterns(_ node: Node, key: String) throws -> [String] {
        try sequence(node, key: key).map { item in
            let text = try string(item, key: key)
            if let reason = PathPattern(text).problem {
                throw PolicyError.invalidPathPattern(file: file, line: line(item), column: column(item), key: key,
                                                     pattern: text, reason: reason)
            }
            return text
        }
    }

    private func strings(_ node: Node, key: String) throws -> [String] {
        try sequence(node, key: key).map { try string($0, key: key) }
    }

    private func string(_ node: Node, key: String) throws -> String {
        guard case let .scalar(scalar) = node else {
            throw PolicyError.wrongType(file: file, line: line(node), column: column(node), key: key, expected: "a string")
        }
        return scalar.string
    }

    private func bool(_ node: Node, key: String) throws -> Bool {
        guard let value = node.bool else {
            throw PolicyError.wrongType(
                file: file, line: line(node), column: column(node), key: key, expected: "true or false")
        }
        return value
    }

    private func sequence(_ node: Node, key: String) throws -> [Node] {
        if case let .scalar(scalar) = node, scalar.tag == .implicit, scalar.string.isEmpty || scalar.string == "~" {
            return []
        }
        guard case let .sequence(items) = node else {
            throw PolicyError.wrongType(file: file, line: line(node), column: column(node), key: key, expected: "a list")
        }
        return Array(items)
    }

    private func mapping(_ node: Node, key: String) throws -> Node.Mapping {
        guard case let .mapping(mapping) = node else {
            throw PolicyError.wrongType(file: file, line: line(node), column: column(node), key: key, expected: "a mapping")
        }
        return mapping
    }

    private func checkKeys(_ mapping: Node.Mapping, valid: [String], section: String) throws {
        for key in mapping.keys {
            guard let name = key.string, valid.contains(name) else {
                throw PolicyError.unknownKey(
                    file: file, line: line(key), column: column(key), key: key.string ?? "?", section: section,
                    validKeys: valid)
            }
        }
    }

    private func line(_ node: Node) -> Int { node.mark?.line ?? 1 }
    private func column(_ node: Node) -> Int { node.mark?.column ?? 1 }

    private func syntaxError(_ error: YamlError) -> PolicyError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return .syntax(file: file, line: mark.line, column: mark.column, reason: problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            return .syntax(file: file, line: context.mark.line, column: context.mark.column,
                           reason: "duplicate key \(duplicates.joined(separator: ", "))")
        default:
            return .syntax(file: file, line: 1, column: 1, reason: "\(error)")
        }
    }
}
