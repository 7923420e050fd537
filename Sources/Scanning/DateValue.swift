/// A calendar date found in text, for birth-date rules.
struct DateValue: Sendable, Equatable {
    var year: Int
    var month: Int
    var day: Int
    var range: Range<Int>

    /// The latest year a birth date may carry: dates after it are schedules, not births.
    static let latestBirthYear = 2030

    var isPlausibleBirthDate: Bool {
        (1900...Self.latestBirthYear).contains(year) && (1...12).contains(month) && (1...Self.days(in: month, year)).contains(day)
    }

    private static func days(in month: Int, _ year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The date that starts at, or has its day at, the digit at `digit` (an engine match's last byte):
    /// `1984-03-12`, `03/12/1984`, `12 March 1984` or `March 12, 1984`.
    static func parse(_ text: ScanText, digitAt digit: Int) -> DateValue? {
        var end = digit
        while end < text.count, ByteClass.isDigit(text[end]) || [45, 47, 46].contains(text[end]) { end += 1 }
        while end > digit, !ByteClass.isDigit(text[end - 1]) { end -= 1 }
        if let date = parse(text.string(digit..<end), offset: digit) { return date }
        // `08-Nov-2000`, `10.Sep.2024`: a day, a month word and a year joined by dashes, slashes or dots.
        var joined = digit
        while joined < text.count, joined - digit < 12, ByteClass.isAlphanumeric(text[joined]) || [45, 47, 46].contains(text[joined]) { joined += 1 }
        while joined > digit, !ByteClass.isDigit(text[joined - 1]) { joined -= 1 }
        if joined > end, let date = parse(text.string(digit..<joined), offset: digit) { return date }
        // `12 March 1984`: the digits, a month word, a year.
        if let date = parse(text.string(digit..<wordsEnd(text, from: digit, words: 3)), offset: digit) { return date }
        // `March 12, 1984`: the month word right before the day.
        var start = digit
        while start > 0, text[start - 1] == 32 { start -= 1 }
        let wordEnd = start
        while start > 0, ByteClass.isLetter(text[start - 1]) || text[start - 1] == 46 { start -= 1 }
        guard wordEnd > start else { return nil }
        return parse(text.string(start..<wordsEnd(text, from: digit, words: 2)), offset: start)
    }

    /// The end of `words` space- or comma-separated words starting at `from`, within one line.
    private static func wordsEnd(_ text: ScanText, from: Int, words: Int) -> Int {
        var index = from, seen = 0
        while index < text.count, seen < words, index - from < 32 {
            while index < text.count, ByteClass.isAlphanumeric(text[index]) || text[index] == 46 { index += 1 }
            seen += 1
            if seen == words { break }
            while index < text.count, text[index] == 32 || text[index] == 44 { index += 1 }
        }
        while index > from, text[index - 1] == 46 { index -= 1 }
        return index
    }

    /// Parses a whole string as a date; nil when it is not exactly one.
    static func parse(_ string: String, offset: Int = 0) -> DateValue? {
        // Nothing to trim: it starts with a letter or digit and does not end in a space or tab.
        guard let first = string.utf8.first, ByteClass.isAlphanumeric(first), let end = string.unicodeScalars.last,
              end != "\t", end.properties.generalCategory != .spaceSeparator
        else { return nil }
        let trimmed = string
        let range = offset..<(offset + string.utf8.count)
        // `19770905`: HL7, X12 and C-CDA write dates as eight digits.
        if trimmed.utf8.count == 8, trimmed.allSatisfy(\.isNumber), let year = Int(trimmed.prefix(4)), (1900...2100).contains(year),
           let month = Int(trimmed.dropFirst(4).prefix(2)), let day = Int(trimmed.suffix(2))
        {
            return DateValue(year: year, month: month, day: day, range: range)
        }
        let parts = trimmed.split(whereSeparator: { "-/.".contains($0) })
        if parts.count == 3, parts[0].allSatisfy(\.isNumber), parts[2].allSatisfy(\.isNumber), parts[2].count == 4,
           let month = monthNumber(String(parts[1])), let day = Int(parts[0]), let year = Int(parts[2])
        {
            return DateValue(year: year, month: month, day: day, range: range)
        }
        if parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }),
           let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2])
        {
            if parts[0].count == 4 { return DateValue(year: a, month: b, day: c, range: range) }
            guard parts[2].count == 4 || parts[2].count == 2 else { return nil }
            let year = parts[2].count == 4 ? c : (c > 30 ? 1900 + c : 2000 + c)
            // US order first; a first part over 12 can only be a day.
            return a > 12 ? DateValue(year: year, month: b, day: a, range: range) : DateValue(year: year, month: a, day: b, range: range)
        }
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map { word -> String in
            var word = word
            while word.first == "." { word.removeFirst() }
            while word.last == "." { word.removeLast() }
            return String(word)
        }
        guard words.count == 3 else { return nil }
        func ordinal(_ word: String) -> Int? {
            Int(word.hasSuffix("st") || word.hasSuffix("nd") || word.hasSuffix("rd") || word.hasSuffix("th")
                ? String(word.dropLast(2)) : word)
        }
        if let month = monthNumber(words[0]), let day = ordinal(words[1]), let year = Int(words[2]), words[2].count == 4 {
            return DateValue(year: year, month: month, day: day, range: range)
        }
        if let day = ordinal(words[0]), let month = monthNumber(words[1]), let year = Int(words[2]), words[2].count == 4 {
            return DateValue(year: year, month: month, day: day, range: range)
        }
        return nil
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func monthNumber(_ word: String) -> Int? {
        let lower = word.lowercased()
        guard lower.count >= 3, let index = months.firstIndex(where: { lower.hasPrefix($0) }) else { return nil }
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"][index]
        return full.hasPrefix(lower) || lower == "sept" ? index + 1 : nil
    }
}

import Foundation
