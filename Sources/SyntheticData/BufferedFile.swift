import Foundation
import RepoAccess

/// An output file written through a 1 MB buffer, so memory stays flat however many rows stream through.
/// It hashes what it writes, so the manifest need not read the file back.
final class BufferedFile {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let hasher = SHA256Hasher()
    let url: URL

    init(_ url: URL) throws {
        self.url = url
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw SynthError.unreadable(path: url.path, reason: "cannot create the file")
        }
        handle = try FileHandle(forWritingTo: url)
        buffer.reserveCapacity(1 << 20)
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Writes one line: the bytes and a newline.
    func writeLine(_ line: UnsafeBufferPointer<UInt8>) throws {
        buffer.append(contentsOf: line)
        buffer.append(10)
        if buffer.count >= 1 << 20 { try flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        hasher.update(buffer)
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered, closes the file and returns the SHA-256 of everything written.
    @discardableResult
    func close() throws -> FileDigests.Digest {
        try flush()
        try handle.close()
        return (url.standardizedFileURL.path, FileDigests.hex(hasher.finalize()))
    }
}

/// SHA-256 digests of files already hashed while they were written, by absolute path.
struct FileDigests {
    typealias Digest = (path: String, hex: String)
    private var byPath: [String: String] = [:]

    init(_ digests: [Digest] = []) {
        for digest in digests { byPath[digest.path] = digest.hex }
    }

    mutating func add(_ digest: Digest) { byPath[digest.path] = digest.hex }

    subscript(_ url: URL) -> String? { byPath[url.standardizedFileURL.path] }

    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 { Hashing.hex(digest) }

    static func sha256(_ bytes: [UInt8]) -> String { hex(bytes.withUnsafeBytes { SHA256Hasher.digest($0) }) }
}
