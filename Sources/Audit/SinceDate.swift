import Foundation

/// `--since` values audit accepts: a calendar date (`2026-01-01`, optionally with a time) or git's
/// relative forms (`2 weeks ago`, `yesterday`). git itself reads anything else as "now", which
/// would silently count no commit at all.
public enum SinceDate {
    /// The value unchanged when it is one of those forms; otherwise an error saying what to pass.
    public static func validated(_ text: String) throws -> String {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        if ["now", "today", "yesterday"].contains(value) { return text }
        if value.range(of: #"^[0-9]+ (second|minute|hour|day|week|month|year)s? ago$"#, options: .regularExpression) != nil {
            return text
        }
        if let match = value.range(of: #"^([0-9]{4})-([0-9]{2})-([0-9]{2})([ t][0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$"#, options: .regularExpression),
           match.lowerBound == value.startIndex, isCalendarDate(String(value.prefix(10))) {
            return text
        }
        throw SinceDateError(value: text)
    }

    private static func isCalendarDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), parts[2] >= 1 else { return false }
        var components = DateComponents(year: parts[0], month: parts[1])
        components.day = 1
        guard let first = Calendar(identifier: .gregorian).date(from: components),
              let days = Calendar(identifier: .gregorian).range(of: .day, in: .month, for: first)
        else { return false }
        return days.contains(parts[2])
    }
}

/// A `--since` value audit cannot read.
public struct SinceDateError: LocalizedError, Equatable {
    public let value: String
    public var errorDescription: String? {
        "--since '\(value)' is not a date: pass YYYY-MM-DD (optionally with HH:MM), or a relative form such as '2 weeks ago'."
    }
}
