/// What kind of file a buffer is, which decides where some rules apply.
enum FileRole: Sendable, Equatable, CaseIterable {
    case code, config, data, docs, notebook, prompt, log, other

    /// Free text, read as prose (SPEC "Free text"): prompts, commit messages, Markdown and notes, logs.
    /// Names and street addresses count there when context says they belong to a person.
    var isProse: Bool { self == .prompt || self == .docs || self == .log }

    /// The roles read as prose, and the roles read by their structure.
    static let prose: Set<FileRole> = Set(allCases.filter(\.isProse))
    static let structured: Set<FileRole> = Set(allCases.filter { !$0.isProse })
}

/// A candidate value a rule found: its byte range and what the validator concluded.
struct Candidate: Sendable, Equatable {
    var rule: Int
    var value: Range<Int>
    var verdict: Verdict
    /// For names and addresses: whether the field itself says the record is about a person.
    var personField: Bool = false
}

/// What a rule's judge sees: the buffer, the engine's match, and the file.
struct RuleInput {
    let text: ScanText
    let start: Int
    let end: Int
    let file: FileContext
}

/// One detection rule: an engine pattern that finds anchors and a judge that extracts and
/// validates the value, so a finding is a value that could really identify someone or grant access.
struct Rule: Sendable {
    let id: String
    let kind: FindingKind
    let severity: Severity
    /// The engine pattern that anchors the rule; empty for rules that read the text themselves.
    let expression: String
    var caseless = false
    /// The roles of files the rule applies to; nil for every file.
    var roles: Set<FileRole>? = nil
    let message: String
    /// Returns the value and its verdict, or nil when the match is not a value of this kind.
    let judge: @Sendable (RuleInput) -> (value: Range<Int>, verdict: Verdict, personField: Bool)?
}
