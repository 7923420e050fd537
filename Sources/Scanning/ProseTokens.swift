/// Free text cut into words, numbers and punctuation, with byte ranges, for the prose readers.
struct ProseTokens {
    enum Kind: Equatable {
        /// Letters (and digits after the first letter), with inner apostrophes and hyphens (`O'Brien`, `A1c`).
        case word
        /// Starts with a digit: `67F`, `221B`, `03/12/1961`, `4521`.
        case number
        /// One punctuation byte (or a multi-byte dash or quote, as its first byte).
        case punctuation(UInt8)
        case newline
    }

    struct Token {
        var range: Range<Int>
        var kind: Kind
        /// A word ending in `'s`: the `'s` is left out of `range`.
        var possessive = false
        /// The token follows a sentence end (`.`, `!`, `?`), a line start or a colon.
        var startsSentence = false
        /// Whitespace separates it from the token before.
        var spaceBefore = false
    }

    let text: ScanText
    private(set) var tokens: [Token] = []

    init(_ text: ScanText, in range: Range<Int>? = nil) {
        self.text = text
        let bytes = text.bytes
        let bounds = range ?? 0..<bytes.count
        var index = bounds.lowerBound
        var sentenceStart = true
        var space = false
        while index < bounds.upperBound {
            let byte = bytes[index]
            if byte == 10 {
                tokens.append(Token(range: index..<(index + 1), kind: .newline))
                sentenceStart = true
                space = false
                index += 1
                continue
            }
            if byte == 32 || byte == 9 || byte == 13 {
                space = true
                index += 1
                continue
            }
            var token: Token
            if Self.isLetter(bytes, index) {
                let end = Self.wordEnd(bytes, from: index, limit: bounds.upperBound)
                token = Token(range: index..<end, kind: .word)
                // `Maria's`, `Maria’s`: the name without its possessive ending.
                if end - index > 2, bytes[end - 1] | 0x20 == 115, bytes[end - 2] == 39 {
                    token.range = index..<(end - 2)
                    token.possessive = true
                } else if end - index > 4, bytes[end - 1] | 0x20 == 115, bytes[end - 2] == 0x99, bytes[end - 3] == 0x80, bytes[end - 4] == 0xE2 {
                    token.range = index..<(end - 4)
                    token.possessive = true
                }
                // `I'm`, `I've`, `I'll`, `I'd`: the pronoun, never a name (`Im` is a Census surname).
                if bytes[index] == 73, end - index >= 3, bytes[index + 1] == 39 || bytes[index + 1] == 0xE2 {
                    token.kind = .punctuation(39)
                }
                index = end
            } else if ByteClass.isDigit(byte) {
                var end = index
                while end < bounds.upperBound, ByteClass.isAlphanumeric(bytes[end])
                        || ([47, 45, 46, 58].contains(bytes[end]) && end + 1 < bounds.upperBound && ByteClass.isDigit(bytes[end + 1])) {
                    end += 1
                }
                token = Token(range: index..<end, kind: .number)
                index = end
            } else {
                let width = byte >= 0xC0 ? (byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2) : 1
                let end = min(index + width, bounds.upperBound)
                token = Token(range: index..<end, kind: .punctuation(byte))
                index = end
            }
            token.startsSentence = sentenceStart
            token.spaceBefore = space
            tokens.append(token)
            space = false
            switch token.kind {
            case let .punctuation(mark): sentenceStart = [46, 33, 63, 58, 59, 124, 62, 42, 35, 45].contains(mark) && (mark != 46 || !isAbbreviation(before: tokens.count - 1))
            default: sentenceStart = false
            }
        }
    }

    var count: Int { tokens.count }

    /// The first token that starts at or after byte `offset`.
    func firstIndex(startingAtOrAfter offset: Int) -> Int? {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.lowerBound < offset { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count ? low : nil
    }
    subscript(_ index: Int) -> Token { tokens[index] }

    /// The token's bytes.
    func bytes(_ index: Int) -> ArraySlice<UInt8> { text.bytes[tokens[index].range] }

    /// The token's text, lowercased (ASCII).
    func lower(_ index: Int) -> String { String(decoding: ByteClass.lowercased(bytes(index)), as: UTF8.self) }

    func isWord(_ index: Int) -> Bool { index >= 0 && index < count && tokens[index].kind == .word }

    func isPunctuation(_ index: Int, _ mark: UInt8) -> Bool {
        index >= 0 && index < count && tokens[index].kind == .punctuation(mark)
    }

    /// A word that starts with an uppercase letter and is not all capitals (`Maria`, `McDonald`, `O'Brien`).
    func isCapitalized(_ index: Int) -> Bool {
        guard isWord(index) else { return false }
        let word = bytes(index)
        guard let first = word.first else { return false }
        let upperFirst = (65...90).contains(first) || (first == 0xC3 && (word.dropFirst().first.map { (0x80...0x9E).contains($0) } ?? false))
        return upperFirst && (word.count == 1 || word.dropFirst().contains { (97...122).contains($0) || $0 >= 0x80 })
    }

    /// A word in capitals only, two letters or more (`GONZALEZ`).
    func isAllCapitals(_ index: Int) -> Bool {
        guard isWord(index) else { return false }
        let word = bytes(index)
        return word.count >= 2 && word.allSatisfy { (65...90).contains($0) || $0 == 39 || $0 == 45 }
    }

    /// A single capital letter, optionally followed by `.`: a middle initial.
    func isInitial(_ index: Int) -> Bool {
        guard isWord(index), tokens[index].range.count == 1, let byte = bytes(index).first else { return false }
        return (65...90).contains(byte)
    }

    /// Whether the `.` at `index` ends an abbreviation (`Mr.`, `Dr.`, `St.`, an initial) rather than a sentence.
    private func isAbbreviation(before index: Int) -> Bool {
        guard index > 0, tokens[index - 1].kind == .word else { return false }
        let word = String(decoding: ByteClass.lowercased(text.bytes[tokens[index - 1].range]), as: UTF8.self)
        return word.count == 1 || ProseVocabulary.abbreviations.contains(word)
    }

    private static func isLetter(_ bytes: [UInt8], _ index: Int) -> Bool {
        let byte = bytes[index]
        if ByteClass.isLetter(byte) { return true }
        guard byte >= 0xC0 else { return false }
        // U+2000–U+206F (dashes, quotes, bullets) and U+00A0–U+00BF are punctuation, not letters.
        if byte == 0xE2, index + 1 < bytes.count, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 { return false }
        if byte == 0xC2 { return false }
        return true
    }

    /// The end of a word starting at `start`: letters, UTF-8 letters, and `'`, `’` or `-` between letters.
    private static func wordEnd(_ bytes: [UInt8], from start: Int, limit: Int) -> Int {
        var end = start
        while end < limit {
            let byte = bytes[end]
            // Letters, and digits after a letter: `A1c`, `O2`, `T2DM`, `POD2`.
            if ByteClass.isLetter(byte) || (end > start && ByteClass.isDigit(byte)) { end += 1; continue }
            if byte >= 0x80 {
                // A typographic apostrophe between letters stays inside the word.
                if byte == 0xE2, end + 3 < limit, bytes[end + 1] == 0x80, bytes[end + 2] == 0x99, isLetter(bytes, end + 3) {
                    end += 3
                    continue
                }
                if byte >= 0xC0, isLetter(bytes, end) {
                    end += 1
                    while end < limit, bytes[end] & 0xC0 == 0x80 { end += 1 }
                    continue
                }
                break
            }
            if (byte == 39 || byte == 45), end + 1 < limit, end > start, ByteClass.isLetter(bytes[end + 1]) { end += 1; continue }
            break
        }
        return end
    }
}
