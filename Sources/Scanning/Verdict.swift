/// What a validator concluded about a pattern match.
enum Verdict: Sendable, Equatable {
    /// A value that could identify someone or grant access.
    case finding
    /// A value of the kind's shape that no one can hold: reserved, documented example, or marked
    /// synthetic. Not a finding, but it makes the record it sits in synthetic.
    case synthetic
    /// Not a value of this kind at all.
    case rejected
}
