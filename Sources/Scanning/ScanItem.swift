import Foundation

/// One thing to scan: a file on disk, a blob from git, or standard input.
struct ScanItem: Sendable {
    enum Content: Sendable {
        /// An absolute path (a `String`: building a `URL` per file costs more than reading a small file).
        case file(String)
        case bytes([UInt8])
    }

    var path: String
    var content: Content
    /// The commit that introduced the blob (history scans).
    var commit: String?
    /// Only findings on these 1-based lines count (staged and since scans: the added lines).
    var addedLines: Set<Int>?
    var role: FileRole?
}

/// A file the scan did not read, and why; listed on stderr, never a reason to fail.
public struct SkippedFile: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case binary
        case tooLarge(bytes: Int, limit: Int)
        case unreadable(String)
        /// A path named on the command line that matched no file the scan lists.
        case notListed
    }

    public var path: String
    public var reason: Reason

    public var description: String {
        switch reason {
        case .binary: "\(path): skipped (binary)"
        case let .tooLarge(bytes, limit): "\(path): skipped (\(bytes) bytes, over the \(limit)-byte limit; raise it with --max-file-size)"
        case let .unreadable(reason): "\(path): not scanned (\(reason))"
        case .notListed: "\(path): not scanned (ignored by git, or holds no file the scan reads)"
        }
    }
}

/// Reads a regular file's bytes in one allocation, up to a size limit; a symbolic link is not followed
/// unless asked (a scan reads what git tracks; `redact FILE` reads the file the user named).
public enum FileReader {
    public enum Outcome: Sendable {
        case bytes([UInt8])
        case skipped(SkippedFile.Reason)
    }

    public static func read(_ path: String, limit: Int, followingLinks: Bool = false) -> Outcome {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else { return .skipped(.unreadable(String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .skipped(.unreadable(String(cString: strerror(errno)))) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .skipped(.unreadable("not a regular file")) }
        let size = Int(status.st_size)
        if size > limit { return .skipped(.tooLarge(bytes: size, limit: limit)) }
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            var total = 0
            while total < size {
                let got = Glibc.read(descriptor, base + total, size - total)
                if got < 0 { if errno == EINTR { continue }; failure = errno; break }
                if got == 0 { break }
                total += got
            }
            count = total
        }
        if failure != 0 { return .skipped(.unreadable(String(cString: strerror(failure)))) }
        return .bytes(bytes)
    }

    /// Git's rule: a NUL byte in the first 8,000 bytes makes a file binary.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        bytes.prefix(8000).contains(0)
    }
}
