/// The first bytes of a regular file, read without following a symbolic link.
struct FileSample: Sendable {
    /// Up to the byte limit of the file's content.
    let bytes: [UInt8]
    /// The full size of the file on disk.
    let size: Int

    /// Whether the sample holds the whole file.
    var isComplete: Bool { bytes.count >= size }

    /// The sample as text; invalid UTF-8 is repaired rather than rejected.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
