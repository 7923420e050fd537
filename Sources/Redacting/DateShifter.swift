/// Moves a date written in any of the forms the scanner reads (`1984-03-12`, `03/12/1984`,
/// `12/03/84`, `19840312`, `12-Mar-1984`, `March 12th, 1984`, `12 March 1984`, `27th of September 1944`,
/// Spanish `24 de marzo de 1956`, and without a year `May 1st`) by a number of days,
/// writing the result in the same form: same order, separators, widths, month-word style and case.
struct DateShifter {
    private enum Role { case year, month, day, monthWord, ordinal, literal }

    private struct Token {
        var text: String
        var role: Role
    }

    private static let monthWords = ["january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december"]
    /// Spanish names, written back in Spanish (`setiembre` is read as September).
    private static let spanishMonthWords = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                            "septiembre", "octubre", "noviembre", "diciembre"]

    /// The date `text` names as a day, with the tokens to write a new one in its form; nil when it is
    /// not one date.
    private static func parse(_ text: String) -> (day: CivilDay, tokens: [Token])? {
        var tokens: [Token] = []
        for character in text {
            let role: Role = character.isNumber ? .year : character.isLetter ? .monthWord : .literal
            if let last = tokens.last, last.role == role, role != .literal {
                tokens[tokens.count - 1].text.append(character)
            } else {
                tokens.append(Token(text: String(character), role: role))
            }
        }
        let numbers = tokens.indices.filter { tokens[$0].role == .year }
        let words = tokens.indices.filter { tokens[$0].role == .monthWord }
        var year = 0, month = 0, day = 0
        if numbers.count == 1, words.isEmpty, tokens[numbers[0]].text.count == 8 {
            // 19840312: split into year, month and day tokens.
            let digits = tokens[numbers[0]].text
            year = Int(digits.prefix(4)) ?? 0
            month = Int(digits.dropFirst(4).prefix(2)) ?? 0
            day = Int(digits.suffix(2)) ?? 0
            tokens.replaceSubrange(numbers[0]...numbers[0], with: [
                Token(text: String(digits.prefix(4)), role: .year), Token(text: String(digits.dropFirst(4).prefix(2)), role: .month),
                Token(text: String(digits.suffix(2)), role: .day),
            ])
        } else if numbers.count == 3, words.isEmpty {
            let values = numbers.map { Int(tokens[$0].text) ?? 0 }
            let roles: [Role]
            if tokens[numbers[0]].text.count == 4 {
                roles = [.year, .month, .day]
            } else {
                guard [2, 4].contains(tokens[numbers[2]].text.count) else { return nil }
                roles = values[0] > 12 ? [.day, .month, .year] : [.month, .day, .year]
            }
            for (index, role) in zip(numbers, roles) { tokens[index].role = role }
            for (value, role) in zip(values, roles) {
                switch role {
                case .year: year = value
                case .month: month = value
                default: day = value
                }
            }
        } else if numbers.count == 2, !words.isEmpty {
            guard let monthIndex = words.first(where: { monthNumber(tokens[$0].text) != nil }),
                  let yearIndex = numbers.first(where: { tokens[$0].text.count == 4 }),
                  let dayIndex = numbers.first(where: { $0 != yearIndex })
            else { return nil }
            month = monthNumber(tokens[monthIndex].text) ?? 0
            year = Int(tokens[yearIndex].text) ?? 0
            day = Int(tokens[dayIndex].text) ?? 0
            tokens[yearIndex].role = .year
            tokens[dayIndex].role = .day
            markOtherWords(&tokens, words: words, month: monthIndex, day: dayIndex)
        } else if numbers.count == 1, !words.isEmpty, tokens[numbers[0]].text.count <= 2 {
            // `May 1st`, `22nd of February`: no year; a leap year stands in, and none is written.
            guard let monthIndex = words.first(where: { monthNumber(tokens[$0].text) != nil }) else { return nil }
            let dayIndex = numbers[0]
            month = monthNumber(tokens[monthIndex].text) ?? 0
            day = Int(tokens[dayIndex].text) ?? 0
            year = 2000
            tokens[dayIndex].role = .day
            markOtherWords(&tokens, words: words, month: monthIndex, day: dayIndex)
        } else {
            return nil
        }
        if year < 100 { year += year > 30 ? 1900 : 2000 }
        guard (1...12).contains(month), (1...31).contains(day), (1800...2200).contains(year) else { return nil }
        return (CivilDay(year: year, month: month, day: day), tokens)
    }

    /// `12th`: the letters right after the day are its ordinal suffix; any other word (`of`) is kept.
    private static func markOtherWords(_ tokens: inout [Token], words: [Int], month: Int, day: Int) {
        for index in words where index != month {
            let suffix = ["st", "nd", "rd", "th"].contains(tokens[index].text.lowercased())
            tokens[index].role = suffix && index == day + 1 ? .ordinal : .literal
        }
    }

    private static func monthNumber(_ word: String) -> Int? {
        let lower = word.lowercased()
        guard lower.count >= 3 else { return nil }
        if let english = monthWords.firstIndex(where: { $0.hasPrefix(lower) || (lower == "sept" && $0 == "september") }) {
            return english + 1
        }
        if lower == "setiembre" { return 9 }
        return spanishMonthWords.firstIndex { $0 == lower }.map { $0 + 1 }
    }

    /// `text` moved by `days`; when `cap` is given and the result is earlier, `cap` instead. Nil when
    /// `text` is not a date this reads.
    static func shift(_ text: String, by days: Int, notBefore cap: CivilDay? = nil) -> String? {
        guard let (original, tokens) = parse(text) else { return nil }
        var moved = CivilDay(days: original.days + days)
        if let cap, moved < cap { moved = cap }
        let (year, month, day) = moved.components
        // Beside a month word a day has a leading zero only when it was written with one (`7th`, not `07th`).
        let hasMonthWord = tokens.contains { $0.role == .monthWord }
        return tokens.map { token in
            switch token.role {
            case .year: token.text.count == 2 ? padded(year % 100, 2) : padded(year, token.text.count)
            case .month: padded(month, token.text.count)
            case .day: hasMonthWord && !token.text.hasPrefix("0") ? String(day) : padded(day, token.text.count)
            case .monthWord: monthWord(month, like: token.text)
            case .ordinal: ordinalSuffix(day, like: token.text)
            case .literal: token.text
            }
        }.joined()
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private static func monthWord(_ month: Int, like original: String) -> String {
        let spanish = spanishMonthWords.contains(original.lowercased()) || original.lowercased() == "setiembre"
        let names = spanish ? spanishMonthWords : monthWords
        var word = names[month - 1]
        // `May`, `June`, `July`, `mayo` are whole names: only an abbreviation is written abbreviated.
        if original.count <= 4, !names.contains(original.lowercased()) { word = String(word.prefix(3)) }
        if original == original.uppercased() { return word.uppercased() }
        if original.first?.isUppercase == true { return word.prefix(1).uppercased() + word.dropFirst() }
        return word
    }

    private static func ordinalSuffix(_ day: Int, like original: String) -> String {
        let suffix = (11...13).contains(day % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][day % 10] ?? "th"
        return original == original.uppercased() ? suffix.uppercased() : suffix
    }
}
