import Foundation

/// SHA-256 digests as lowercase hex, the form phiguard records in its lock and manifests.
public enum Hashing {
    /// The SHA-256 of `data` as 64 lowercase hex digits.
    public static func sha256Hex(_ data: Data) -> String {
        hex(data.withUnsafeBytes { SHA256Hasher.digest($0) })
    }

    /// Bytes as lowercase hex.
    public static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The SHA-256 of a string's UTF-8 bytes.
    public static func sha256Hex(_ text: String) -> String {
        sha256Hex(Data(text.utf8))
    }
}
