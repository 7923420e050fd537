/// Values that are obviously placeholders, templates or look-ups rather than real data.
enum PlaceholderValues {
    /// Digits that run up or down by one (1234567) or repeat one digit (0000000): example values.
    static func isSequentialOrRepeated(_ digits: [UInt8]) -> Bool {
        guard digits.count >= 4 else { return false }
        if Set(digits).count == 1 { return true }
        let steps = zip(digits, digits.dropFirst()).map { (Int($1) - Int($0) + 10) % 10 }
        return Set(steps).count == 1 && (steps[0] == 1 || steps[0] == 9)
    }

    /// Digits made up for an example: sequential or repeated (`123456789`, `0000000`), or holding a
    /// run of five that counts up (`000123456789`) or repeats (`4000001`, `99999`).
    /// Leading zeros are padding (`00482913`), not a repeated run.
    static func isPlaceholderNumber(_ digits: [UInt8]) -> Bool {
        if isSequentialOrRepeated(digits) { return true }
        let significant = Array(digits.drop { $0 == 0 })
        if significant.count >= 4, significant.count < digits.count, isSequentialOrRepeated(significant) { return true }
        // `id00001`, `MRN000012`: a test's running number padded with zeros.
        if digits.count >= 5, significant.count <= 2 { return true }
        guard significant.count >= 5 else { return false }
        var ascending = 1, same = 1
        for (previous, next) in zip(significant, significant.dropFirst()) {
            ascending = next == previous &+ 1 ? ascending + 1 : 1
            same = next == previous ? same + 1 : 1
            if ascending >= 5 || same >= 5 { return true }
        }
        return false
    }

    private static let placeholderWords = ["xxx", "example", "sample", "dummy", "fake", "placeholder", "test", "demo", "redacted"]

    /// Whether an identifier-shaped value spells out that it is not real (`TEST-00412`, `XXX1234`).
    static func hasPlaceholderWord(_ value: ArraySlice<UInt8>) -> Bool {
        placeholderWords.contains { ByteClass.contains(value, $0) }
    }

    private static let secretWords = [
        "example", "sample", "placeholder", "changeme", "change_me", "change-me", "your", "dummy", "fake", "redacted",
        "xxxx", "****", "....", "todo", "replace", "insert", "secret_here", "token_here", "notreal", "not-real",
        "password", "passw0rd", "test", "p@ssw0rd", "mysecret", "my_secret", "my-secret", "testing", "12345678", "abcdef",
    ]

    /// Whether a secret-shaped value is a placeholder, a template, an environment look-up or code.
    static func isPlaceholderSecret(_ value: ArraySlice<UInt8>) -> Bool {
        let lower = ByteClass.lowercased(value)
        if lower.isEmpty { return true }
        // A long, random string is a key even when it holds template-like punctuation (Django's
        // `SECRET_KEY` draws from `!@#$%^&*(-_=+)`); placeholders are short or repetitive.
        if value.count >= 40, ByteClass.entropy(value) >= 4.5, !secretWords.contains(where: { containsInOneCase(value, $0) }),
           !["${", "{{", "process.env", "os.environ", "getenv"].contains(where: { ByteClass.contains(lower, $0) })
        {
            return false
        }
        for marker in ["${", "{{", "<", ">", "%s", "%(", "$(", "(", ")", "[", "]", "{", "}", " ", "\\n", "process.env",
                       "os.environ", "getenv", "env(", "env.", "vault:", "secrets."] where ByteClass.contains(lower, marker)
        {
            return true
        }
        if let first = lower.first, first == 36 || first == 37 || first == 64 { return true }  // $VAR, %VAR%, @var
        if secretWords.contains(where: { containsInOneCase(value, $0) }) { return true }
        if Set(lower).count <= 3 { return true }
        return false
    }

    /// Whether `word` (lowercase) occurs in `value` written in one case (`your`, `YOUR`), not as
    /// letters that happen to spell it in a random token (`…YOuR…`).
    static func containsInOneCase(_ value: ArraySlice<UInt8>, _ word: String) -> Bool {
        let needle = Array(word.utf8)
        guard !needle.isEmpty, value.count >= needle.count else { return false }
        let bytes = Array(value)
        outer: for start in 0...(bytes.count - needle.count) {
            var upper = false, lower = false
            for (offset, expected) in needle.enumerated() {
                let byte = bytes[start + offset]
                if (65...90).contains(byte) { upper = true } else if (97...122).contains(byte) { lower = true }
                if ((65...90).contains(byte) ? byte | 0x20 : byte) != expected { continue outer }
            }
            if !(upper && lower) { return true }
        }
        return false
    }
}
