/// Values that are obviously placeholders, templates or look-ups rather than real data.
enum PlaceholderValues {
    /// Digits that run up or down by one (1234567) or repeat one digit (0000000): example values.
    static func isSequentialOrRepeated(_ digits: [UInt8]) -> Bool {
        guard digits.count >= 4 else { return false }
        if Set(digits).count == 1 { return true }
        let steps = zip(digits, digits.dropFirst()).map { (Int($1) - Int($0) + 10) % 10 }
        return Set(steps).count == 1 && (steps[0] == 1 || steps[0] == 9)
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
        for marker in ["${", "{{", "<", ">", "%s", "%(", "$(", "(", ")", "[", "]", "{", "}", " ", "\\n", "process.env",
                       "os.environ", "getenv", "env(", "env.", "vault:", "secrets."] where ByteClass.contains(lower, marker)
        {
            return true
        }
        if let first = lower.first, first == 36 || first == 37 || first == 64 { return true }  // $VAR, %VAR%, @var
        if secretWords.contains(where: { ByteClass.contains(lower, $0) }) { return true }
        if Set(lower).count <= 3 { return true }
        return false
    }
}
