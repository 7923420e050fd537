import Scanning

/// `redact --code`: after the values, the patient context in source code. Identifiers whose words
/// carry it are renamed to neutral ones (consistently, keeping case style); comments and string
/// literals that carry it become numbered neutral markers in the same syntax. Tokens, not text
/// search: a rename never touches a keyword or part of another identifier, and the code keeps its shape.
extension Redactor {
    /// Words that carry patient or customer context, with the neutral word each becomes.
    static let contextWords: [String: String] = [
        "patient": "entity", "patients": "entities", "mrn": "ref", "mrns": "refs", "ssn": "code", "ssns": "codes",
        "diagnosis": "label", "diagnoses": "labels", "dob": "stamp", "birth": "start", "birthdate": "startdate",
        "medical": "domain", "member": "holder", "members": "holders", "subscriber": "holder", "beneficiary": "holder",
        "insured": "covered", "encounter": "event", "encounters": "events", "admission": "intake", "discharge": "outtake",
        "prescription": "script", "prescriptions": "scripts", "medication": "item", "medications": "items",
        "allergy": "flag", "allergies": "flags", "phi": "data", "pii": "data", "customer": "account", "customers": "accounts",
        "clinical": "core", "health": "core", "physician": "owner", "provider": "owner", "providers": "owners",
        "insurance": "coverage", "claim": "request", "claims": "requests", "symptom": "signal", "symptoms": "signals",
        "lab": "measure", "labs": "measures", "hiv": "marker", "cancer": "marker", "pregnancy": "state",
    ]

    /// Redacts values, then renames and rewrites patient context in code.
    public func redactCode(_ text: String, map: inout RedactionMap, restrictedTables: [String], path: String = "-") throws -> Result {
        let values = try redact(text, map: &map, path: path, asCode: true)
        var words = Self.contextWords
        for table in restrictedTables {
            let lower = table.lowercased()
            if words[lower] == nil { words[lower] = "records" }
            if lower.hasSuffix("s"), words[String(lower.dropLast())] == nil { words[String(lower.dropLast())] = "record" }
        }
        var rewritten = ""
        var commentNumber = map.count(of: "comment"), stringNumber = map.count(of: "string")
        let tokens = CodeTokens.split(values.text)
        let identifiers = Set(tokens.filter { $0.kind == .identifier }.map(\.text))
        for token in tokens {
            switch token.kind {
            case .identifier:
                rewritten += renamed(token.text, words: words, existing: identifiers, map: &map)
            case let .comment(open, close):
                let body = token.text.dropFirst(open.count).dropLast(close.count)
                guard Self.carriesContext(String(body), words: words) else { rewritten += token.text; continue }
                commentNumber += 1
                let marker = open + " [comment \(commentNumber) removed]" + (close.isEmpty ? "" : " " + close)
                map.add(kind: "comment", real: token.text, standIn: marker)
                rewritten += marker
            case let .string(quote):
                let body = String(token.text.dropFirst(quote.count).dropLast(quote.count))
                guard Self.carriesContext(body, words: words) else { rewritten += token.text; continue }
                stringNumber += 1
                // Interpolations (`${patient.name}`, `\(name)`) stay, renamed, so the literal keeps its parts.
                var inner = ""
                for (index, segment) in Self.interpolationSegments(body, quote: quote).enumerated() {
                    if segment.isInterpolation {
                        inner += CodeTokens.split(segment.text).map { $0.kind == .identifier ? renamed($0.text, words: words, existing: identifiers, map: &map) : $0.text }.joined()
                    } else if !segment.text.isEmpty {
                        inner += index == 0 ? "text \(stringNumber) removed" : " removed"
                    }
                }
                let marker = quote + inner + quote
                map.add(kind: "string", real: token.text, standIn: marker)
                rewritten += marker
            case .other:
                rewritten += token.text
            }
        }
        var result = values
        result.text = rewritten
        // Positions of value stand-ins are those before renaming (renames change lengths): report the code's own.
        result.remaining = try scanner.detectedValues(in: Array(rewritten.utf8), path: path).filter { found in
            found.isBlocking && found.kind.category != .egress
                && !map.isStandIn(String(decoding: Array(rewritten.utf8)[found.range], as: UTF8.self))
                && !Self.insideStandIn(found.range, rewritten, map)
        }.map { Remaining(kind: $0.kind.name, line: $0.line, column: $0.column) }
        return result
    }

    /// A literal's body cut into text and interpolations: `${…}` in backtick templates, `\(…)` in Swift
    /// strings, `{…}` is left as text (Python f-strings re-parse either way).
    static func interpolationSegments(_ body: String, quote: String) -> [(text: String, isInterpolation: Bool)] {
        let open: String? = quote.hasPrefix("`") ? "${" : quote.hasPrefix("\"") ? "\\(" : nil
        guard let open else { return [(body, false)] }
        let characters = Array(body)
        let opener = Array(open)
        var segments: [(text: String, isInterpolation: Bool)] = []
        var current = ""
        var index = 0
        while index < characters.count {
            if index + opener.count <= characters.count, Array(characters[index..<(index + opener.count)]) == opener {
                segments.append((current, false))
                current = ""
                var depth = 1
                var end = index + opener.count
                while end < characters.count, depth > 0 {
                    if characters[end] == "(" || characters[end] == "{" { depth += 1 }
                    if characters[end] == ")" || characters[end] == "}" { depth -= 1 }
                    end += 1
                }
                segments.append((String(characters[index..<end]), true))
                index = end
            } else {
                current.append(characters[index])
                index += 1
            }
        }
        segments.append((current, false))
        return segments
    }

    /// Whether the words of `text` carry patient context (a context word, whole).
    static func carriesContext(_ text: String, words: [String: String]) -> Bool {
        IdentifierWords.split(text).contains { words[$0.lowercased()] != nil }
    }

    /// Whether a finding in the rewritten code lies within a stand-in the map holds.
    private static func insideStandIn(_ range: Range<Int>, _ text: String, _ map: RedactionMap) -> Bool {
        let bytes = Array(text.utf8)
        let lineStart = bytes[..<range.lowerBound].lastIndex(of: 10).map { $0 + 1 } ?? 0
        let lineEnd = bytes[range.upperBound...].firstIndex(of: 10) ?? bytes.count
        let line = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        let value = String(decoding: bytes[range], as: UTF8.self)
        return map.pairs.contains { line.contains($0.standIn) && $0.standIn.contains(value) }
    }

    private func renamed(_ identifier: String, words: [String: String], existing: Set<String>, map: inout RedactionMap) -> String {
        if let existing = map.standIn(kind: "identifier", real: identifier) { return existing }
        let parts = IdentifierWords.split(identifier)
        guard parts.contains(where: { words[$0.lowercased()] != nil }) else { return identifier }
        var result = ""
        var cursor = identifier.startIndex
        for part in parts {
            guard let range = identifier.range(of: part, range: cursor..<identifier.endIndex) else { continue }
            result += identifier[cursor..<range.lowerBound]
            if let neutral = words[part.lowercased()] {
                result += part == part.uppercased() && part.count > 1 ? neutral.uppercased()
                    : part.first?.isUppercase == true ? neutral.prefix(1).uppercased() + neutral.dropFirst() : neutral
            } else {
                result += part
            }
            cursor = range.upperBound
        }
        result += identifier[cursor...]
        // The new name must be new to the snippet and the map, so restore is unambiguous.
        var candidate = result, suffix = 1
        while existing.contains(candidate) || map.isStandIn(candidate) {
            suffix += 1
            candidate = result + String(suffix)
        }
        map.add(kind: "identifier", real: identifier, standIn: candidate)
        return candidate
    }
}

/// The words of an identifier or a phrase: camelCase, PascalCase, snake_case, kebab-case and digits split.
enum IdentifierWords {
    static func split(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            guard character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previous = nil
                continue
            }
            if let last = previous, !current.isEmpty,
               (last.isLowercase && character.isUppercase) || (last.isNumber != character.isNumber) {
                words.append(current)
                current = ""
            } else if let last = previous, last.isUppercase, character.isLowercase, current.count > 1 {
                // `HTTPServer`: the last capital starts the next word.
                words.append(String(current.dropLast()))
                current = String(current.last ?? character)
            }
            current.append(character)
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}

/// A source text as identifiers, comments, string literals and everything else, for the languages
/// assistants are asked about (C-family, Python, Ruby, shell, R, SQL, Swift, TypeScript). Lexed on
/// UTF-8 bytes, so a 10 MB file takes milliseconds.
enum CodeTokens {
    enum Kind: Equatable {
        case identifier
        case comment(open: String, close: String)
        case string(quote: String)
        case other
    }

    struct Token {
        /// Byte offsets in the source.
        var range: Range<Int>
        var kind: Kind
        var text: String
    }

    static func split(_ source: String) -> [Token] {
        let bytes = Array(source.utf8)
        return lex(bytes).map { raw in
            let text = String(decoding: bytes[raw.range], as: UTF8.self)
            let kind: Kind = switch raw.kind {
            case .identifier: .identifier
            case .other: .other
            case let .comment(open, close): .comment(open: String(text.prefix(open)), close: String(text.suffix(close)))
            case let .string(width): .string(quote: String(text.prefix(width)))
            }
            return Token(range: raw.range, kind: kind, text: text)
        }
    }

    /// Whether a file at `path` is source code whose comments and literals this lexer tells from its
    /// code: C-family, Python, Go, Swift, Java and Kotlin. Files that mix code with text (JSX and Vue
    /// templates, shell heredocs, R Markdown, MATLAB's `%` comments) or use `'` for more than strings
    /// (Rust's lifetimes) are read as text throughout.
    static func lexesFully(_ path: String) -> Bool {
        guard Scanning.Scanner.isSourceCode(path), let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return fullyLexedExtensions.contains(path[path.index(after: dot)...].lowercased())
    }

    private static let fullyLexedExtensions: Set<String> = [
        "py", "pyi", "js", "mjs", "cjs", "ts", "go", "java", "kt", "kts", "swift", "c", "h", "cc", "cpp", "hpp", "cs", "dart",
    ]

    /// The byte ranges of the comments and string literals: where code holds prose.
    static func literalsAndComments(in bytes: [UInt8]) -> [Range<Int>] {
        lex(bytes, keepsCode: false).compactMap { token in
            switch token.kind {
            case .comment, .string: token.range
            case .identifier, .other: nil
            }
        }
    }

    /// A token as the lexer finds it: delimiters by their length in bytes.
    struct RawToken {
        enum Kind {
            case identifier, comment(open: Int, close: Int), string(width: Int), other

            var isCode: Bool {
                switch self {
                case .identifier, .other: true
                case .comment, .string: false
                }
            }
        }
        var range: Range<Int>
        var kind: Kind
    }

    /// Without `keepsCode`, only the comments and literals are returned (identifiers are still skipped whole).
    static func lex(_ input: [UInt8], keepsCode: Bool = true) -> [RawToken] {
        input.withUnsafeBufferPointer { lex($0, keepsCode: keepsCode) }
    }

    private static func lex(_ bytes: UnsafeBufferPointer<UInt8>, keepsCode: Bool) -> [RawToken] {
        var tokens: [RawToken] = []
        var index = 0
        var otherStart = 0
        let count = bytes.count
        func byte(_ position: Int) -> UInt8 { position < count ? bytes[position] : 0 }
        func emit(_ end: Int, _ kind: RawToken.Kind) {
            if keepsCode, otherStart < index { tokens.append(RawToken(range: otherStart..<index, kind: .other)) }
            if keepsCode || !(kind.isCode) { tokens.append(RawToken(range: index..<end, kind: kind)) }
            index = end
            otherStart = end
        }
        Self.byteClasses.withUnsafeBufferPointer { classes in
        while index < count {
            let current = bytes[index]
            // Spaces, digits, operators: nothing starts at them (most bytes outside words).
            guard classes[Int(current)] & (Self.opensToken | Self.startsIdentifier) != 0 else {
                index += 1
                continue
            }
            let next = byte(index + 1)
            if current == 47, next == 42 {  // `/*`
                var end = index + 2
                while end < count, !(bytes[end] == 42 && byte(end + 1) == 47) { end = ByteSearch.first(of: 42, in: bytes, from: end + 1) }
                emit(min(count, end + 2), .comment(open: 2, close: end < count ? 2 : 0))
            } else if (current == 47 && next == 47) || (current == 45 && next == 45 && (index + 2 >= count || bytes[index + 2] == 32))
                        || (current == 35 && (index + 1 >= count || next == 32 || next == 33)) {  // `//`, `-- `, `# `, `#!`
                // To the line's end, before a CRLF's `\r` (a rewritten comment keeps the file's line ends).
                let end = ByteSearch.first(of: 10, 13, 13, in: bytes, from: index)
                emit(end, .comment(open: current == 35 ? 1 : 2, close: 0))
            } else if current == 34 || current == 39 || current == 96 {
                let width = next == current && byte(index + 2) == current ? 3 : 1
                var end = index + width
                func closes(at position: Int) -> Bool {
                    position + width <= count && bytes[position] == current && (width == 1 || (bytes[position + 1] == current && bytes[position + 2] == current))
                }
                // Only the quote, a backslash and a line break matter inside: the rest is passed eight bytes at a time.
                while end < count {
                    end = ByteSearch.first(of: current, 92, 10, in: bytes, from: end)
                    guard end < count, !closes(at: end) else { break }
                    if bytes[end] == 92 {
                        end += 1
                        if width == 1, end < count, bytes[end] == 10 { break }
                    } else if bytes[end] == 10, width == 1 {
                        break
                    }
                    end += 1
                }
                let closed = end < count && closes(at: end)
                emit(min(count, closed ? end + width : end), closed ? .string(width: width) : .other)
            } else if isIdentifierStart(at: index, in: bytes) {
                var end = index + 1
                while end < count, classes[Int(bytes[end])] & Self.continuesIdentifier != 0 { end += 1 }
                emit(end, .identifier)
            } else {
                index += 1
            }
        }
        }
        if keepsCode, otherStart < count { tokens.append(RawToken(range: otherStart..<count, kind: .other)) }
        return tokens
    }

    /// A letter, `_` or `$` that does not continue a word (a letter or digit before it).
    private static func isIdentifierStart(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let byte = bytes[index]
        guard isLetterByte(byte) || byte == 95 || byte == 36 else { return false }
        return index == 0 || !(isLetterByte(bytes[index - 1]) || (48...57).contains(bytes[index - 1]) || bytes[index - 1] == 95)
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        isLetterByte(byte) || (48...57).contains(byte) || byte == 95 || byte == 36
    }

    /// What each byte can be to the lexer, as the flags below (a table: the lexer asks at every byte).
    private static let byteClasses: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        var flags: UInt8 = 0
        if [47, 45, 35, 34, 39, 96].contains(byte) { flags |= opensToken }
        if isLetterByte(byte) || byte == 95 || byte == 36 { flags |= startsIdentifier }
        if isIdentifierByte(byte) { flags |= continuesIdentifier }
        return flags
    }
    /// `/`, `-`, `#` or a quote: a comment or a literal may start there.
    private static let opensToken: UInt8 = 1
    /// A letter, `_` or `$`.
    private static let startsIdentifier: UInt8 = 2
    private static let continuesIdentifier: UInt8 = 4

    /// An ASCII letter, or any byte of a non-ASCII character (letters outside literals are identifiers' in the languages served).
    private static func isLetterByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || ((byte | 0x20) >= 97 && (byte | 0x20) <= 122)
    }
}
