import Foundation
import RepoAccess

/// A repository built in a temporary folder from a dictionary of files, optionally a git repo.
public final class ScratchRepo: @unchecked Sendable {
    private let directory: TemporaryDirectory
    /// The repository's root.
    public var root: URL { directory.url }
    /// The root path.
    public var path: String { directory.path }

    /// Creates the files (`path → contents`) and, with `git`, initialises and commits them.
    public init(files: [String: String] = [:], git: Bool = true) throws {
        directory = try TemporaryDirectory(prefix: "phiguard-repo")
        for (path, contents) in files { try write(path, contents) }
        if git {
            try run(["git", "init", "-q", "-b", "main"])
            try run(["git", "config", "user.email", "test@example.com"])
            try run(["git", "config", "user.name", "Test"])
            try run(["git", "config", "commit.gpgsign", "false"])
            if !files.isEmpty {
                try run(["git", "add", "-A"])
                try run(["git", "commit", "-q", "--no-verify", "-m", "initial"])
            }
        }
    }

    /// The repository as phiguard sees it.
    public func repository() throws -> Repository {
        try Repository.locate(path)
    }

    /// Writes a file (creating folders).
    public func write(_ relativePath: String, _ contents: String) throws {
        let url = root.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
    }

    /// A file's text, nil when absent.
    public func read(_ relativePath: String) -> String? {
        FileManager.default.contents(atPath: root.appendingPathComponent(relativePath).path)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether a file or folder exists.
    public func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(relativePath).path)
    }

    /// Every file below the root (not .git) with its contents: a snapshot to compare byte for byte.
    public func snapshot() throws -> [String: Data] {
        directorySnapshot(root, includingFolders: true)
    }

    /// Runs a command in the repository and returns its stdout; throws on a non-zero exit.
    @discardableResult
    public func run(_ arguments: [String]) throws -> String {
        let result = try ProcessRunner.run(arguments[0], arguments: Array(arguments.dropFirst())
            .map { $0 }, input: nil, in: path)
        guard result.status == 0 else {
            throw ScratchRepoError.commandFailed(arguments.joined(separator: " "),
                                                 String(decoding: result.standardError, as: UTF8.self))
        }
        return String(decoding: result.standardOutput, as: UTF8.self)
    }
}

/// A command run by a test fixture failed.
public enum ScratchRepoError: Error, CustomStringConvertible {
    case commandFailed(String, String)

    public var description: String {
        switch self {
        case let .commandFailed(command, message): "\(command) failed: \(message)"
        }
    }
}
