import CLibCrypto
import Foundation

/// Incremental SHA-256 from the system's libcrypto (OpenSSL's EVP interface): the digest of the
/// lock, the baseline fingerprints and the synth manifest. The one place phiguard hashes.
public final class SHA256Hasher {
    private let context: OpaquePointer?

    public init() {
        context = EVP_MD_CTX_new()
        EVP_DigestInit_ex(context, EVP_sha256(), nil)
    }

    deinit { EVP_MD_CTX_free(context) }

    /// Adds `bytes` to the digest.
    public func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        EVP_DigestUpdate(context, base, bytes.count)
    }

    public func update(_ bytes: [UInt8]) { bytes.withUnsafeBytes { update($0) } }

    public func update(_ data: Data) { data.withUnsafeBytes { update($0) } }

    /// The 32-byte digest of everything added; the hasher is spent afterwards.
    public func finalize() -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        EVP_DigestFinal_ex(context, &digest, &length)
        return Array(digest.prefix(Int(length)))
    }

    /// The SHA-256 of `bytes` in one call.
    public static func digest(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        let hasher = SHA256Hasher()
        hasher.update(bytes)
        return hasher.finalize()
    }
}
