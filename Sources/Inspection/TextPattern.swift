import Foundation

/// A compiled regular expression that returns capture groups as strings.
///
/// Wraps `NSRegularExpression` so analyzers read as "find these names", and so a pattern that
/// fails to compile (a programming error, never user input) simply matches nothing.
struct TextPattern: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented thread-safe for matching.
    private let expression: NSRegularExpression?

    init(_ pattern: String, caseInsensitive: Bool = false) {
        var options: NSRegularExpression.Options = [.anchorsMatchLines]
        if caseInsensitive { options.insert(.caseInsensitive) }
        expression = try? NSRegularExpression(pattern: pattern, options: options)
    }

    /// Every match in `text`: the UTF-16 offset of the match and its non-empty capture groups
    /// (or the whole match when the pattern has no groups).
    func matches(in text: String) -> [(offset: Int, captures: [String])] {
        guard let expression else { return [] }
        let source = text as NSString
        let whole = NSRange(location: 0, length: source.length)
        return expression.matches(in: text, range: whole).map { result in
            var captures: [String] = []
            if result.numberOfRanges == 1 {
                captures.append(source.substring(with: result.range))
            }
            for index in stride(from: 1, to: result.numberOfRanges, by: 1) {
                let range = result.range(at: index)
                if range.location != NSNotFound, range.length > 0 {
                    captures.append(source.substring(with: range))
                }
            }
            return (result.range.location, captures)
        }
    }

    /// The first capture of every match.
    func firstCaptures(in text: String) -> [String] {
        matches(in: text).compactMap(\.captures.first)
    }

    /// Whether the pattern occurs in `text`.
    func occurs(in text: String) -> Bool {
        guard let expression else { return false }
        let source = text as NSString
        return expression.firstMatch(in: text, range: NSRange(location: 0, length: source.length)) != nil
    }
}
