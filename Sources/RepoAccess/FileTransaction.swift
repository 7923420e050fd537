import Foundation

/// A change to one file: new contents, or deletion.
public enum FileChange: Sendable, Equatable {
    /// Write `contents` with POSIX permissions `mode` (nil keeps an existing file's mode, else 0644).
    case write(contents: Data, mode: mode_t?)
    /// Delete the file, and its parent folders up to `removeEmptyParentsUpTo` levels once they are empty.
    case delete(removeEmptyParents: Bool)
}

/// Applies a set of file changes all or nothing.
///
/// Every new file is first written to a temporary file beside its target; only when all of them are
/// written does a second pass rename them into place, so a failure (full disk, permissions) before
/// that point leaves the repository untouched.
public struct FileTransaction {
    private let root: URL
    private var changes: [(path: String, change: FileChange)] = []

    public init(root: URL) {
        self.root = root
    }

    /// Adds a change for a repository-relative path.
    public mutating func add(_ path: String, _ change: FileChange) {
        changes.append((path, change))
    }

    /// Whether there is nothing to do.
    public var isEmpty: Bool { changes.isEmpty }

    /// Writes everything; throws before any rename when a file cannot be staged.
    public func commit() throws {
        for (path, _) in changes {
            try PathSafety.checkWritable(path, in: root)
            // Replacing by rename would succeed on a read-only file in a writable folder; a file the
            // user made read-only is refused before anything is written.
            let target = root.path + "/" + path
            if FileManager.default.fileExists(atPath: target), access(target, W_OK) != 0 {
                throw RepoError.notWritable(path: path, reason: "the file is read-only (make it writable with chmod u+w, then run again)")
            }
        }
        var staged: [(temporary: String, target: String)] = []
        var createdFolders: [String] = []
        do {
            for (path, change) in changes {
                guard case let .write(contents, mode) = change else { continue }
                createdFolders += missingFolders(above: root.appendingPathComponent(path))
                staged.append((try stage(contents, mode: mode, for: path), root.path + "/" + path))
            }
        } catch {
            for entry in staged { unlink(entry.temporary) }
            // Folders made for staging go too (deepest first, and only while empty): nothing was changed.
            for folder in createdFolders.reversed() { rmdir(folder) }
            throw error
        }
        for entry in staged where rename(entry.temporary, entry.target) != 0 {
            let reason = String(cString: strerror(errno))
            throw RepoError.notWritable(path: entry.target, reason: reason)
        }
        for (path, change) in changes {
            guard case let .delete(removeEmptyParents) = change else { continue }
            try delete(path, removeEmptyParents: removeEmptyParents)
        }
    }

    /// The folders above `target` that do not exist yet, outermost first.
    private func missingFolders(above target: URL) -> [String] {
        var missing: [String] = []
        var folder = target.deletingLastPathComponent()
        while folder.path.count > root.path.count, !FileManager.default.fileExists(atPath: folder.path) {
            missing.insert(folder.path, at: 0)
            folder = folder.deletingLastPathComponent()
        }
        return missing
    }

    private func stage(_ contents: Data, mode: mode_t?, for path: String) throws -> String {
        let target = root.appendingPathComponent(path)
        let directory = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw RepoError.notWritable(path: path, reason: error.localizedDescription)
        }
        var existing = stat()
        let permissions = mode ?? (stat(target.path, &existing) == 0 ? existing.st_mode & 0o7777 : 0o644)
        var template = Array((directory.path + "/.phiguard-tmp-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw RepoError.notWritable(path: path, reason: String(cString: strerror(errno)))
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let written = contents.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        let synced = fsync(descriptor) == 0
        fchmod(descriptor, permissions)
        close(descriptor)
        guard written, synced else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw RepoError.notWritable(path: path, reason: reason)
        }
        return temporary
    }

    private func delete(_ path: String, removeEmptyParents: Bool) throws {
        let target = root.appendingPathComponent(path)
        if unlink(target.path) != 0, errno != ENOENT {
            throw RepoError.notWritable(path: path, reason: String(cString: strerror(errno)))
        }
        guard removeEmptyParents else { return }
        var components = path.split(separator: "/").dropLast()
        while !components.isEmpty {
            // rmdir only succeeds on an empty folder, which is exactly the condition we want.
            if rmdir(root.path + "/" + components.joined(separator: "/")) != 0 { break }
            components = components.dropLast()
        }
    }
}
