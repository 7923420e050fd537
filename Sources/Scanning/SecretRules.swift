import Foundation

/// The secret rules: provider token formats, key blocks, credentials in URLs and high-entropy
/// assignments to secret-named variables. Documented example keys and placeholders are not secrets.
enum SecretRules {
    static let all: [Rule] = [
        awsAccessKey, awsSecretKey, githubToken, githubFineGrained, slackToken, slackWebhook, privateKey,
        openaiKey, openaiProjectKey, anthropicKey, googleAPIKey, stripeKey, jwt, passwordInURL, genericSecret,
        sendgridKey, twilioKey,
    ]

    /// AWS's documentation keys (`AKIAIOSFODNN7EXAMPLE`, `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`) and friends.
    private static func isDocumentedExample(_ value: ArraySlice<UInt8>) -> Bool {
        ByteClass.contains(value, "example") || PlaceholderValues.isPlaceholderSecret(value)
    }

    /// A token rule: the engine finds the prefix, the judge extends over the token and checks it.
    private static func token(
        _ id: String, _ kind: FindingKind, _ expression: String, caseless: Bool = false, minimumLength: Int,
        minimumEntropy: Double = 3.0, message: String, extra: @escaping @Sendable (ArraySlice<UInt8>) -> Bool = { _ in true }
    ) -> Rule {
        Rule(id: id, kind: kind, severity: .high, expression: expression, caseless: caseless, message: message) { input in
            var end = input.end
            while end < input.text.count, ByteClass.isWord(input.text[end]) || input.text[end] == 45 { end += 1 }
            let value = input.start..<end
            let bytes = input.text.bytes[value]
            guard bytes.count >= minimumLength, input.text.isDelimited(input.start, end, by: ByteClass.isWord),
                  extra(bytes)
            else { return nil }
            if isDocumentedExample(bytes) || ByteClass.entropy(bytes) < minimumEntropy { return (value, .synthetic, false) }
            return (value, .finding, false)
        }
    }

    static let awsAccessKey = token(
        "secret.aws-access-key", .awsAccessKey, #"\b(AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b"#,
        minimumLength: 20, minimumEntropy: 2.5,
        message: "AWS access key id: revoke it in IAM and read credentials from the environment or a secret manager")

    static let awsSecretKey = Rule(
        id: "secret.aws-secret-key", kind: .awsSecretKey, severity: .high,
        expression: #"aws[A-Za-z0-9_.-]{0,30}(secret|private)[A-Za-z0-9_.-]{0,30}["']?[ \t]{0,3}(:|=|=>|:=)[ \t]{0,3}["']?[A-Za-z0-9/+]{40}"#,
        caseless: true,
        message: "AWS secret access key: revoke it in IAM and read credentials from the environment or a secret manager"
    ) { input in
        let value = (input.end - 40)..<input.end
        guard input.text.isDelimited(value.lowerBound, value.upperBound, by: { ByteClass.isWord($0) || $0 == 47 || $0 == 43 })
        else { return nil }
        let bytes = input.text.bytes[value]
        if isDocumentedExample(bytes) || ByteClass.entropy(bytes) < 4.0 { return (value, .synthetic, false) }
        return (value, .finding, false)
    }

    static let githubToken = token(
        "secret.github-token", .githubToken, #"\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}"#, minimumLength: 40,
        message: "GitHub token: revoke it in GitHub settings and use a secret store")

    static let githubFineGrained = token(
        "secret.github-token", .githubToken, #"\bgithub_pat_[A-Za-z0-9_]{80}"#, minimumLength: 90,
        message: "GitHub token: revoke it in GitHub settings and use a secret store")

    static let slackToken = token(
        "secret.slack-token", .slackToken, #"\bxox[abposr]-[0-9A-Za-z]{4,}-[0-9A-Za-z-]{6,}"#, minimumLength: 24,
        message: "Slack token: revoke it in the Slack app settings and use a secret store")

    static let slackWebhook = Rule(
        id: "secret.slack-token", kind: .slackToken, severity: .high,
        expression: #"https://hooks\.slack\.com/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{20,}"#,
        message: "Slack webhook URL: rotate it in the Slack app settings and use a secret store"
    ) { input in
        var end = input.end
        while end < input.text.count, ByteClass.isAlphanumeric(input.text[end]) { end += 1 }
        let value = input.start..<end
        return (value, isDocumentedExample(input.text.bytes[value]) ? .synthetic : .finding, false)
    }

    static let privateKey = Rule(
        id: "secret.private-key", kind: .privateKey, severity: .high,
        expression: #"-----BEGIN[ A-Z0-9]{0,20} PRIVATE KEY( BLOCK)?-----"#,
        message: "private key: remove it from the repository, rotate it, and load keys from a secret manager"
    ) { input in
        // A real block has a base64 body; documentation shows "..." or nothing.
        var index = input.end
        while index < input.text.count, input.text[index] == 10 || input.text[index] == 13 || input.text[index] == 32 { index += 1 }
        // Skip PEM headers such as `Proc-Type:` and `DEK-Info:`.
        while index < input.text.count, ByteClass.contains(input.text.line(at: index), ":") {
            index = input.text.lineEnd(index) + 1
        }
        // The body: base64 lines up to `-----END` (or the first line that is not base64).
        var end = index
        while end < input.text.count {
            let byte = input.text[end]
            if ByteClass.isAlphanumeric(byte) || byte == 43 || byte == 47 || byte == 61 { end += 1; continue }
            if byte == 10 || byte == 13, let next = input.text.byte(at: end + 1), ByteClass.isAlphanumeric(next) || next == 43 || next == 47 || next == 13 || next == 10 {
                end += 1
                continue
            }
            break
        }
        while end > index, [10, 13].contains(input.text[end - 1]) { end -= 1 }
        guard end - index >= 40 else { return nil }
        let body = index..<end
        // Reported from its `-----BEGIN` line, where a reader looks for it.
        let block = input.start..<end
        if isDocumentedExample(input.text.bytes[body]) || ByteClass.entropy(input.text.bytes[body]) < 4.0 {
            return (block, .synthetic, false)
        }
        return (block, .finding, false)
    }

    static let openaiKey = token(
        "secret.openai-key", .openaiKey, #"\bsk-(proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}T3BlbkFJ"#, minimumLength: 40,
        message: "OpenAI API key: revoke it in the OpenAI dashboard and read it from the environment")

    static let openaiProjectKey = token(
        "secret.openai-key", .openaiKey, #"\bsk-(proj|svcacct|admin)-[A-Za-z0-9_-]{40}"#, minimumLength: 50,
        message: "OpenAI API key: revoke it in the OpenAI dashboard and read it from the environment")

    static let anthropicKey = token(
        "secret.anthropic-key", .anthropicKey, #"\bsk-ant-(api|admin|oat)\d{2}-[A-Za-z0-9_-]{40}"#, minimumLength: 60,
        message: "Anthropic API key: revoke it in the Anthropic console and read it from the environment")

    static let googleAPIKey = token(
        "secret.google-api-key", .googleAPIKey, #"\bAIza[0-9A-Za-z_-]{35}"#, minimumLength: 39,
        message: "Google API key: restrict or rotate it in the Google Cloud console")

    static let stripeKey = token(
        "secret.stripe-key", .stripeKey, #"\b(sk|rk)_(live|test)_[0-9A-Za-z]{24}"#, minimumLength: 32,
        message: "Stripe secret key: roll it in the Stripe dashboard and read it from the environment")

    /// Provider formats without a kind of their own are reported as `generic-secret`.
    static let sendgridKey = token(
        "secret.sendgrid-key", .genericSecret, #"\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}"#, minimumLength: 69,
        message: "SendGrid API key: revoke it in SendGrid and read it from the environment")

    static let twilioKey = token(
        "secret.twilio-key", .genericSecret, #"\bSK[0-9a-f]{32}\b"#, minimumLength: 34,
        message: "Twilio API key: revoke it in the Twilio console and read it from the environment")

    static let jwt = Rule(
        id: "secret.jwt", kind: .jwt, severity: .medium,
        expression: #"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8}"#,
        message: "JSON Web Token: it grants access until it expires; remove it and use a freshly issued token at run time"
    ) { input in
        var end = input.end
        while end < input.text.count, ByteClass.isWord(input.text[end]) || input.text[end] == 45 { end += 1 }
        let value = input.start..<end
        guard let dot = input.text.bytes[value].firstIndex(of: 46),
              let header = base64URLDecode(input.text.bytes[input.start..<dot]),
              ByteClass.contains(header, "\"alg\"")
        else { return nil }
        // jwt.io's sample token (subject 1234567890, "John Doe") is documentation.
        if ByteClass.contains(input.text.bytes[value], "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c") {
            return (value, .synthetic, false)
        }
        return (value, .finding, false)
    }

    static let passwordInURL = Rule(
        id: "secret.password-in-url", kind: .passwordInURL, severity: .high,
        expression: #"://[^\s/:@"'<>]{1,64}:[^\s/@"'<>]{1,128}@[A-Za-z0-9.-]"#,
        message: "password in a URL: move the credential to the environment or a secret manager"
    ) { input in
        let bytes = input.text.bytes
        // The engine anchors on `://`; a URL needs a scheme before it.
        guard input.start > 0, ByteClass.isLetter(bytes[input.start - 1]) else { return nil }
        let userStart = input.start + 3
        guard let colon = bytes[userStart..<input.end].firstIndex(of: 58),
              let at = bytes[colon..<input.end].lastIndex(of: 64)
        else { return nil }
        let user = bytes[userStart..<colon], password = colon + 1..<at
        var hostEnd = at + 1
        while hostEnd < bytes.count, ByteClass.isAlphanumeric(bytes[hostEnd]) || bytes[hostEnd] == 45 || bytes[hostEnd] == 46 { hostEnd += 1 }
        let host = String(decoding: bytes[(at + 1)..<hostEnd], as: UTF8.self)
        let secret = bytes[password]
        guard !secret.isEmpty, !secret.allSatisfy(ByteClass.isDigit) else { return nil }  // host:port
        if EmailJudge.isReserved(host) || PlaceholderValues.isPlaceholderSecret(secret) || Array(user) == Array(secret)
            || secret.count < 4 || ["pass", "pwd", "secret", "pw", "thing", "bar", "baz"].contains(String(decoding: ByteClass.lowercased(secret), as: UTF8.self))
        {
            return (password, .synthetic, false)
        }
        return (password, .finding, false)
    }

    static let genericSecret = Rule(
        id: "secret.generic", kind: .genericSecret, severity: .medium,
        expression: #"(secret|passw(or)?d|passwd|pwd|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|auth[_-]?key|client[_-]?secret|credential)[A-Za-z0-9_.-]{0,30}["']?[ \t]{0,3}(:=|=>|=|:)"#,
        caseless: true, roles: [.code, .config, .data, .notebook, .other, .prompt],
        message: "secret assigned in code or config: read it from the environment or a secret manager"
    ) { input in
        // The key's own start: back over the name the keyword sits in (`DB_PASSWORD`, `client.secret`).
        var keyStart = input.start
        while keyStart > 0, input.start - keyStart < 40, ByteClass.isWord(input.text[keyStart - 1]) || [45, 46].contains(input.text[keyStart - 1]) {
            keyStart -= 1
        }
        // Lock files pin packages by name, version and hash (`asttokens=3.0.0=pyhd8ed1ab_1 @ c7211bb6`).
        let name = input.file.name
        guard !name.hasSuffix(".lock"), !name.hasSuffix("-lock.json"), !name.hasSuffix("-lock.yaml"), !name.hasSuffix(".lock.json"),
              input.text.byte(at: input.end) != 61,  // `==` is a comparison
              ![58, 47].contains(input.text.byte(at: keyStart - 1) ?? 32),  // inside an ARN or a path
              let value = input.text.assignedValue(after: input.end)
        else { return nil }
        let bytes = input.text.bytes[value]
        let quoted = value.lowerBound > 0 && [34, 39, 96].contains(input.text[value.lowerBound - 1])
        // `"AWS::SecretsManager::Secret": …` names a resource type, not a variable.
        guard !ByteClass.contains(input.text.bytes[keyStart..<input.end], "::") else { return nil }
        // Pagination, verification and request tokens are not credentials (`NextToken`, `VerificationToken`).
        let key = ByteClass.lowercased(input.text.bytes[keyStart..<input.end])
        guard !["next", "continuation", "pagination", "page", "paging", "cursor", "marker", "sync", "cancellation",
                "idempotency", "request", "change", "verification", "csrf", "xsrf", "forgery", "resume", "refresh_interval"]
            .contains(where: { ByteClass.contains(key, $0) })
        else { return nil }
        // In code a secret is a string literal; a bare value is an expression (`rust_openssl.hpke.Key`).
        if !quoted, input.file.role == .code || input.file.role == .notebook { return nil }
        // Short hex strings are hashes and ids; a hex secret is at least 128 bits. UUIDs are identifiers.
        if bytes.allSatisfy({ ByteClass.isDigit($0) || (97...102).contains($0 | 0x20) }), bytes.count < 32 { return nil }
        if bytes.count == 36, bytes.allSatisfy({ ByteClass.isDigit($0) || (97...102).contains($0 | 0x20) || $0 == 45 }) { return nil }
        guard bytes.count >= (quoted ? 12 : 16), bytes.count <= 256,
              [bytes.contains(where: ByteClass.isDigit), bytes.contains { (97...122).contains($0) },
               bytes.contains { (65...90).contains($0) }].filter({ $0 }).count >= 2,
              !bytes.starts(with: "http".utf8), !bytes.starts(with: "/".utf8), !bytes.starts(with: "./".utf8)
        else { return nil }
        if PlaceholderValues.isPlaceholderSecret(bytes) { return (value, .synthetic, false) }
        // A random secret of this length almost always holds a digit; `"waitForTaskToken"` and
        // `"AWSAccessKeyId"` are names, and a value naming its own kind (`…Token`, `…Key`) is a label.
        guard bytes.contains(where: ByteClass.isDigit),
              !["token", "secret", "passw", "apikey", "api_key", "credential", "accesskey"].contains(where: { ByteClass.contains(bytes, $0) })
        else { return nil }
        let entropy = ByteClass.entropy(bytes)
        guard entropy >= (bytes.count >= 20 ? 3.5 : 3.0) else { return nil }
        return (value, .finding, false)
    }

    /// Decodes base64url without padding; nil when it is not valid.
    static func base64URLDecode(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        var text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "-", with: "+")
            .replacingOccurrences(of: "_", with: "/")
        while text.utf8.count % 4 != 0 { text += "=" }
        return Data(base64Encoded: text).map { Array($0) }
    }
}
