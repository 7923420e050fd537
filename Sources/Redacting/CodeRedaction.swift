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
        let values = try redact(text, map: &map, path: path)
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
/// assistants are asked about (C-family, Python, Ruby, shell, R, SQL, Swift, TypeScript).
enum CodeTokens {
    enum Kind: Equatable {
        case identifier
        case comment(open: String, close: String)
        case string(quote: String)
        case other
    }

    struct Token {
        var text: String
        var kind: Kind
    }

    static func split(_ source: String) -> [Token] {
        let characters = Array(source)
        var tokens: [Token] = []
        var index = 0
        var other = ""
        func flush() {
            if !other.isEmpty { tokens.append(Token(text: other, kind: .other)) }
            other = ""
        }
        func starts(_ literal: String, at position: Int) -> Bool {
            let pattern = Array(literal)
            return position + pattern.count <= characters.count && Array(characters[position..<(position + pattern.count)]) == pattern
        }
        while index < characters.count {
            let character = characters[index]
            let atWordStart = index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber || characters[index - 1] == "_")
            if starts("/*", at: index) {
                flush()
                var end = index + 2
                while end < characters.count, !starts("*/", at: end) { end += 1 }
                end = min(characters.count, end + 2)
                tokens.append(Token(text: String(characters[index..<end]), kind: .comment(open: "/*", close: "*/")))
                index = end
            } else if starts("//", at: index) || (starts("--", at: index) && (index + 2 >= characters.count || characters[index + 2] == " "))
                        || (character == "#" && (index + 1 >= characters.count || characters[index + 1] == " " || characters[index + 1] == "!")) {
                flush()
                let open = character == "#" ? "#" : String(characters[index..<(index + 2)])
                var end = index
                while end < characters.count, characters[end] != "\n" { end += 1 }
                tokens.append(Token(text: String(characters[index..<end]), kind: .comment(open: open, close: "")))
                index = end
            } else if character == "\"" || character == "'" || character == "`" {
                flush()
                let quote = starts(String(repeating: character, count: 3), at: index) ? String(repeating: character, count: 3) : String(character)
                var end = index + quote.count
                while end < characters.count, !starts(quote, at: end) {
                    if characters[end] == "\\" { end += 1 }
                    if quote.count == 1, end < characters.count, characters[end] == "\n" { break }
                    end += 1
                }
                let closed = end < characters.count && starts(quote, at: end)
                end = min(characters.count, closed ? end + quote.count : end)
                tokens.append(Token(text: String(characters[index..<end]), kind: closed ? .string(quote: quote) : .other))
                index = end
            } else if (character.isLetter || character == "_" || character == "$") && atWordStart {
                flush()
                var end = index + 1
                while end < characters.count, characters[end].isLetter || characters[end].isNumber || characters[end] == "_" || characters[end] == "$" {
                    end += 1
                }
                tokens.append(Token(text: String(characters[index..<end]), kind: .identifier))
                index = end
            } else {
                other.append(character)
                index += 1
            }
        }
        flush()
        return tokens
    }
}
