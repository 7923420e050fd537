import Foundation

/// Runs git in one folder and returns its output; never reaches the network (no fetch, no remote).
public struct Git: Sendable {
    /// The folder git runs in.
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// Runs git with `arguments` and returns stdout; a non-zero exit throws with git's message.
    public func data(_ arguments: [String], input: Data? = nil) throws -> Data {
        let result = try ProcessRunner.run("git", arguments: ["-C", directory.path] + arguments, input: input)
        guard result.status == 0 else {
            throw RepoError.gitFailed(
                arguments: arguments, status: result.status,
                message: String(decoding: result.standardError, as: UTF8.self).trimmed)
        }
        return result.standardOutput
    }

    /// Runs git and returns stdout as text.
    public func output(_ arguments: [String]) throws -> String {
        String(decoding: try data(arguments), as: UTF8.self)
    }

    /// The value of a local git config key, or nil when unset (read once per process and folder).
    public func config(_ key: String) -> String? {
        GitConfigCache.shared.value(key, in: directory.path) {
            (try? output(["config", "--local", "--get", key])).map(\.trimmed)
        }
    }

    /// Sets a local git config key.
    public func setConfig(_ key: String, _ value: String) throws {
        GitConfigCache.shared.forget(directory.path)
        _ = try data(["config", "--local", key, value])
    }

    /// Removes a local git config key; an unset key is not an error.
    public func unsetConfig(_ key: String) throws {
        GitConfigCache.shared.forget(directory.path)
        let result = try ProcessRunner.run("git", arguments: ["-C", directory.path, "config", "--local", "--unset", key])
        // Exit 5 means the key was not set: nothing to undo.
        guard result.status == 0 || result.status == 5 else {
            throw RepoError.gitFailed(
                arguments: ["config", "--unset", key], status: result.status,
                message: String(decoding: result.standardError, as: UTF8.self).trimmed)
        }
    }
}

/// Local git config values already read by this process, so repeated look-ups spawn no git.
final class GitConfigCache: @unchecked Sendable {
    static let shared = GitConfigCache()
    private let lock = NSLock()
    private var values: [String: [String: String?]] = [:]

    func value(_ key: String, in folder: String, read: () -> String?) -> String? {
        lock.lock()
        if let cached = values[folder]?[key] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let value = read()
        lock.lock()
        values[folder, default: [:]][key] = .some(value)
        lock.unlock()
        return value
    }

    func forget(_ folder: String) {
        lock.lock()
        values[folder] = nil
        lock.unlock()
    }
}
