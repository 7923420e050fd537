import Foundation

/// Why the repository could not be read or written.
public enum RepoError: LocalizedError, Equatable {
    case notADirectory(path: String)
    case unreadable(path: String, reason: String)
    case notWritable(path: String, reason: String)
    case symlinkEscapesRepository(path: String, target: String)
    case pathOutsideRepository(path: String)
    case gitFailed(arguments: [String], status: Int32, message: String)
    case locked(lockFile: String, seconds: Int)

    public var errorDescription: String? {
        switch self {
        case let .notADirectory(path):
            "\(path): not a directory. Pass --repo with the repository's folder."
        case let .unreadable(path, reason):
            "\(path): cannot be read (\(reason)). Check its permissions."
        case let .notWritable(path, reason):
            "\(path): cannot be written (\(reason)). Check permissions and free space; nothing was changed."
        case let .symlinkEscapesRepository(path, target):
            "\(path): is a symbolic link to \(target), outside the repository. phiguard never writes through it; "
                + "replace the link with a regular file or remove it, then run again. Nothing was changed."
        case let .pathOutsideRepository(path):
            "\(path): lies outside the repository. Use a path inside it."
        case let .gitFailed(arguments, status, message):
            "git \(arguments.joined(separator: " ")) failed (exit \(status)): \(message)"
        case let .locked(lockFile, seconds):
            "another phiguard is working on this repository (lock \(lockFile)); waited \(seconds)s. "
                + "Try again when it has finished, or remove the lock file if no phiguard is running."
        }
    }
}
