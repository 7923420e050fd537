import Foundation

/// Why the scaffolder could not plan or write; every case says which file and what to do.
public enum ScaffoldError: LocalizedError, Equatable {
    case malformedJSON(file: String, line: Int, column: Int, reason: String)
    case unexpectedJSONShape(file: String, pointer: String, expected: String, found: String)
    case malformedYAML(file: String, line: Int, column: Int, reason: String)
    case unsupportedYAMLShape(file: String, line: Int, column: Int, key: String)
    case unbalancedMarkers(file: String, line: Int, marker: String)
    case malformedLock(file: String, reason: String)
    case template(name: String, reason: String)
    case unreadable(file: String, reason: String)
    case unknownTool(name: String, valid: String)
    case notUTF8(file: String)

    public var errorDescription: String? {
        switch self {
        case let .malformedJSON(file, line, column, reason):
            "\(file):\(line):\(column): invalid JSON: \(reason). Fix the file and run again; nothing was changed."
        case let .unexpectedJSONShape(file, pointer, expected, found):
            "\(file): '\(pointer)' is \(found) but phiguard needs \(expected) there. Fix the file and run again; "
                + "nothing was changed."
        case let .malformedYAML(file, line, column, reason):
            "\(file):\(line):\(column): invalid YAML: \(reason). Fix the file and run again; nothing was changed."
        case let .unsupportedYAMLShape(file, line, column, key):
            "\(file):\(line):\(column): '\(key)' is written in flow style or as a single value, so phiguard cannot "
                + "add its entry without rewriting your line. Write '\(key)' as a block (one item per line) "
                + "and run again; nothing was changed."
        case let .unbalancedMarkers(file, line, marker):
            "\(file):\(line): '\(marker)' has no matching phiguard marker. Restore or delete the pair and run "
                + "again; nothing was changed."
        case let .malformedLock(file, reason):
            "\(file): \(reason). Restore it from git (git checkout -- \(file)) or delete it to start over; "
                + "nothing was changed."
        case let .template(name, reason):
            "template \(name): \(reason). Fix the template (or the policy's templates folder) and run again."
        case let .unreadable(file, reason):
            "\(file): cannot be read (\(reason)). Check its permissions; nothing was changed."
        case let .unknownTool(name, valid):
            "unknown tool '\(name)' in --tools. Valid tools: \(valid)."
        case let .notUTF8(file):
            "\(file): is not UTF-8 text, so phiguard cannot edit it safely. Convert it to UTF-8 and run again; "
                + "nothing was changed."
        }
    }
}
