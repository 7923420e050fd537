/// One detected value: where it is, what it is, and a redacted form that never reveals it.
public struct Finding: Sendable, Equatable {
    /// Repository-relative path with `/` separators; `-` for standard input.
    public var path: String
    /// 1-based line.
    public var line: Int
    /// 1-based column in UTF-8 bytes.
    public var column: Int
    public var kind: FindingKind
    /// The rule that found it, e.g. `phi.ssn`.
    public var rule: String
    public var severity: Severity
    /// Stable for the same value in the same file, so a baseline survives line moves.
    public var fingerprint: String
    /// The value's shape with at most its last two characters.
    public var redacted: String
    /// What was found and what to do, never the value.
    public var message: String
    /// The commit that introduced it (history scans).
    public var commit: String?
    /// The 1-based column in UTF-16 code units, which SARIF counts in.
    public var utf16Column: Int
    /// The same for the same kind and value in any file (a hash, never the value): the text report
    /// prints a value repeated across many places once.
    public var valueKey: String

    public init(
        path: String, line: Int, column: Int, kind: FindingKind, rule: String, severity: Severity,
        fingerprint: String, redacted: String, message: String, commit: String? = nil, utf16Column: Int? = nil,
        valueKey: String? = nil
    ) {
        self.valueKey = valueKey ?? fingerprint
        self.utf16Column = utf16Column ?? column
        self.path = path
        self.line = line
        self.column = column
        self.kind = kind
        self.rule = rule
        self.severity = severity
        self.fingerprint = fingerprint
        self.redacted = redacted
        self.message = message
        self.commit = commit
    }

    /// Whether the finding fails a scan (exit 1): everything but `low` (warn-only) findings.
    public var isBlocking: Bool { severity != .low }
}
