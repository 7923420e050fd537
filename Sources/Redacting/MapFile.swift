import Foundation
import JSONDocument
import RepoAccess

/// Where a redaction map lives and how it is read and written: private (0600 in a 0700 folder),
/// atomically, never inside a git work tree that would commit it.
public struct MapFile: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// `$XDG_CACHE_HOME/phiguard/redact/last.json`, else `~/.cache/phiguard/redact/last.json`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let cache = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.cache"
        return cache + "/phiguard/redact/last.json"
    }

    /// The map in the file; throws when it is missing or not a map.
    public func load() throws -> RedactionMap {
        guard FileManager.default.fileExists(atPath: path) else { throw RedactError.missingMap(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RedactError.corruptMap(path: path, reason: "it cannot be read")
        }
        let json: JSONValue
        do {
            json = try JSONParser.parse(String(decoding: data, as: UTF8.self))
        } catch {
            throw RedactError.corruptMap(path: path, reason: "line \(error.line), column \(error.column): \(error.reason)")
        }
        guard let map = RedactionMap(json: json) else {
            throw RedactError.corruptMap(path: path, reason: "a field is missing or has the wrong type")
        }
        return map
    }

    /// The map in the file, or nil when there is none yet.
    public func loadIfPresent() throws -> RedactionMap? {
        FileManager.default.fileExists(atPath: path) ? try load() : nil
    }

    /// Refuses a path inside a git work tree that does not ignore it.
    public func checkPrivate() throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var existing = folder
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" { existing.deleteLastPathComponent() }
        guard Self.mayBeInsideWorkTree(existing) else { return }
        let git = Git(directory: existing)
        guard (try? git.output(["rev-parse", "--is-inside-work-tree"]))?.hasPrefix("true") == true else { return }
        // check-ignore exits 0 only when the path is ignored.
        if (try? git.data(["check-ignore", "-q", "--no-index", path])) == nil { throw RedactError.mapInsideRepository(path: path) }
    }

    /// Whether git could see `folder` as part of a work tree: a `.git` in it or above it, or git's
    /// location variables set. Without either, asking git (a process, ~3 ms) cannot answer yes.
    static func mayBeInsideWorkTree(_ folder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        if environment["GIT_DIR"] != nil || environment["GIT_WORK_TREE"] != nil { return true }
        // Git works on the real path: a link into a work tree counts.
        let real = folder.resolvingSymlinksInPath().standardizedFileURL
        if real.path != folder.standardizedFileURL.path, mayBeInsideWorkTree(real, environment: environment) { return true }
        var candidate = folder.standardizedFileURL.path
        while true {
            if FileManager.default.fileExists(atPath: candidate == "/" ? "/.git" : candidate + "/.git") { return true }
            guard candidate != "/", let slash = candidate.lastIndex(of: "/") else { return false }
            candidate = slash == candidate.startIndex ? "/" : String(candidate[..<slash])
        }
    }

    /// Writes the map with mode 0600 (its folder 0700), replacing the old one atomically.
    public func save(_ map: RedactionMap) throws {
        try checkPrivate()
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            let data = Data((JSONPrinter.pretty(map.json) + "\n").utf8)
            // Created private: the real values are never readable by others, not even for a moment.
            guard FileManager.default.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
                throw RedactError.unwritableMap(path: path, reason: "the folder is not writable")
            }
            if rename(temporary.path, path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw RedactError.unwritableMap(path: path, reason: reason)
            }
        } catch let error as RedactError {
            throw error
        } catch {
            throw RedactError.unwritableMap(path: path, reason: error.localizedDescription)
        }
    }
}
