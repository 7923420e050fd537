import RepoAccess

/// Redacted forms and fingerprints: how a finding is shown and recognised without its value.
enum Redaction {
    /// Prefixes that name a token's issuer and are not secret.
    private static let publicPrefixes = [
        "github_pat_", "sk-ant-api03-", "sk-ant-admin01-", "sk-proj-", "sk-svcacct-", "sk_live_", "sk_test_", "rk_live_",
        "rk_test_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "xoxb-", "xoxp-", "xoxa-", "xoxo-", "xoxs-", "xoxr-", "AKIA",
        "ASIA", "AIza", "eyJ", "sk-", "https://hooks.slack.com/services/",
    ]

    /// The value's shape with letters and digits masked except the last two; long values are shortened
    /// (`ghp_****…**Zq`, `***-**-**21`).
    /// Separators an identifier's shape is made of; every other byte of a value is masked. In a
    /// secret every byte is masked: its punctuation is as secret as its letters.
    private static let shapeBytes: Set<UInt8> = Set("-.@ /:(),".utf8)

    static func redact(_ value: ArraySlice<UInt8>, kind: FindingKind) -> String {
        let text = String(decoding: value, as: UTF8.self)
        let prefix = publicPrefixes.first { text.hasPrefix($0) && text.utf8.count > $0.utf8.count + 8 } ?? ""
        let body = Array(text.utf8.dropFirst(prefix.utf8.count))
        let keepsShape = kind.category != .secret
        // Only the last two positions may show, only when they are letters or digits, and only when at
        // least four more are masked: a short value (a two-letter name) would otherwise show whole.
        let significant = body.filter { $0 < 0x80 && ByteClass.isAlphanumeric($0) }.count + body.filter { $0 >= 0x80 }.count
        let showsTail = significant >= 6
        let masked: [UInt8] = body.indices.map { index in
            let byte = body[index]
            if showsTail, index >= body.count - 2, byte < 0x80, ByteClass.isAlphanumeric(byte) { return byte }
            return keepsShape && shapeBytes.contains(byte) ? byte : 42
        }
        var result = String(decoding: masked, as: UTF8.self)
        if result.utf8.count > 16 {
            result = "****…" + String(result.suffix(4))
        }
        return prefix + result
    }

    /// A stable identifier for a value in any file: SHA-256 over kind and the normalised value.
    static func valueKey(kind: FindingKind, value: ArraySlice<UInt8>) -> String {
        fingerprint(path: "\u{1}any", kind: kind, value: value)
    }

    /// A stable identifier for a value in a file: SHA-256 over path, kind and the normalised value.
    static func fingerprint(path: String, kind: FindingKind, value: ArraySlice<UInt8>) -> String {
        let normalised: [UInt8] = switch kind {
        case .ssn, .phone, .npi, .creditCard: ByteClass.digits(value).map { $0 + 48 }
        case .email, .name, .address: ByteClass.lowercased(value)
        default: Array(value)
        }
        var input = Array("phiguard-fingerprint-v1\u{0}\(path)\u{0}\(kind.name)\u{0}".utf8)
        input += normalised
        return String(Hashing.sha256Hex(Data(input)).prefix(32))
    }
}

import Foundation
