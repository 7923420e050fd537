import Foundation

/// Why a policy file could not be used. Every case names the file and, where known, line and column.
public enum PolicyError: LocalizedError, Equatable {
    case unreadable(file: String, reason: String)
    case syntax(file: String, line: Int, column: Int, reason: String)
    case unknownKey(file: String, line: Int, column: Int, key: String, section: String, validKeys: [String])
    case wrongType(file: String, line: Int, column: Int, key: String, expected: String)
    case unknownTool(file: String, line: Int, column: Int, name: String)
    case invalidValue(file: String, line: Int, column: Int, key: String, value: String, validValues: [String])
    case invalidPattern(file: String, line: Int, column: Int, name: String, reason: String)
    case invalidPathPattern(file: String, line: Int, column: Int, key: String, pattern: String, reason: String)
    case duplicate(file: String, line: Int, column: Int, key: String, value: String)
    case extendsCycle(file: String, chain: [String])
    case extendsMissing(file: String, line: Int, column: Int, target: String)
    case unsupportedVersion(file: String, line: Int, column: Int, version: String)

    public var errorDescription: String? {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): cannot be read (\(reason)). Check that it exists and is readable."
        case let .syntax(file, line, column, reason):
            return "\(file):\(line):\(column): invalid YAML: \(reason). Fix the syntax and run again."
        case let .unknownKey(file, line, column, key, section, validKeys):
            let place = section.isEmpty ? "" : " in '\(section)'"
            return "\(file):\(line):\(column): unknown key '\(key)'\(place). Valid keys: \(validKeys.joined(separator: ", "))."
        case let .wrongType(file, line, column, key, expected):
            return "\(file):\(line):\(column): '\(key)' must be \(expected)."
        case let .unknownTool(file, line, column, name):
            return "\(file):\(line):\(column): unknown tool '\(name)'. Valid tools: \(AITool.validNames)."
        case let .invalidValue(file, line, column, key, value, validValues):
            return "\(file):\(line):\(column): '\(value)' is not a valid value for '\(key)'. "
                + "Valid values: \(validValues.joined(separator: ", "))."
        case let .invalidPattern(file, line, column, name, reason):
            return "\(file):\(line):\(column): the pattern of identifier '\(name)' is not a valid regular expression "
                + "(\(reason)). Fix the pattern."
        case let .invalidPathPattern(file, line, column, key, pattern, reason):
            return "\(file):\(line):\(column): the '\(key)' pattern '\(pattern)' cannot be used: \(reason). Fix or remove it."
        case let .duplicate(file, line, column, key, value):
            return "\(file):\(line):\(column): '\(value)' appears twice in '\(key)'. Remove one."
        case let .extendsCycle(file, chain):
            return "\(file): 'extends' forms a cycle: \(chain.joined(separator: " -> ")). Remove one of the links."
        case let .extendsMissing(file, line, column, target):
            return "\(file):\(line):\(column): 'extends' names \(target), which cannot be read. "
                + "Paths are relative to the policy file; fix the path or remove 'extends'."
        case let .unsupportedVersion(file, line, column, version):
            return "\(file):\(line):\(column): policy version \(version) is not supported; this phiguard reads version 1."
        }
    }
}
