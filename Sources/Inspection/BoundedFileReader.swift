import Foundation

/// Reads at most a fixed number of bytes of a repository file, never through a symbolic link.
enum BoundedFileReader {
    /// How a path looks on disk, from `lstat` (no link is followed).
    enum Entry: Equatable {
        case regular(size: Int)
        case symbolicLink
        case other
        case missing
    }

    /// The kind of the entry at `path`, without following a final symbolic link.
    static func entry(atPath path: String) -> Entry {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .missing }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regular(size: Int(status.st_size))
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// The first `limit` bytes of the regular file at `path`; nil for links, folders, FIFOs,
    /// devices and unreadable files. `O_NOFOLLOW` makes the kernel refuse a final symbolic link,
    /// so a link swapped in after the listing still cannot be read through.
    static func sample(atPath path: String, limit: Int) -> FileSample? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(status.st_size)
        let wanted = min(size, limit)
        guard wanted > 0 else { return FileSample(bytes: [], size: size) }
        var buffer = [UInt8](repeating: 0, count: wanted)
        var filled = 0
        while filled < wanted {
            let count = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress.map { $0 + filled }, wanted - filled)
            }
            if count <= 0 { break }
            filled += count
        }
        if filled < wanted { buffer.removeLast(wanted - filled) }
        return FileSample(bytes: buffer, size: size)
    }
}
