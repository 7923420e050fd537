import Foundation

/// Why `redact` could not run: bad input, with the path and what to do. Never holds a value.
public enum RedactError: LocalizedError, Equatable {
    case missingMap(path: String)
    case corruptMap(path: String, reason: String)
    case mapInsideRepository(path: String)
    case unwritableMap(path: String, reason: String)
    case unreadableInput(path: String, reason: String)
    case notUTF8(path: String)

    public var errorDescription: String? {
        switch self {
        case let .missingMap(path):
            "\(path): no such map. Restore with the map `phiguard redact` wrote (--map FILE), or redact first."
        case let .corruptMap(path, reason):
            "\(path): not a phiguard redaction map (\(reason)). Pass the map redact wrote, or redact again."
        case let .mapInsideRepository(path):
            "\(path): the map holds the real values and is inside a git work tree that does not ignore it. "
                + "Put it outside the repository, or add it to .gitignore first."
        case let .unwritableMap(path, reason):
            "\(path): cannot write the map (\(reason)); nothing was printed."
        case let .unreadableInput(path, reason):
            "\(path): cannot read it (\(reason))."
        case let .notUTF8(path):
            "\(path): not UTF-8 text; redact reads text."
        }
    }
}
