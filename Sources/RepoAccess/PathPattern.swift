import Foundation

/// A gitignore-style path pattern (the policy's `restricted.paths`, `secrets`, `data`), parsed once,
/// with its renderings in each AI tool's syntax and the matcher they are all held to.
///
/// Supports `*` (within a segment), `?`, `[...]` classes, `**` (any number of segments), a leading
/// `/` (anchored at the root), a trailing `/` (a folder and everything under it), and patterns
/// without a `/` matching a name at any depth — the rules of gitignore(5). Negation (`!`) is not a
/// pattern the policy can use: most tools' exclusion syntaxes cannot express it.
public struct PathPattern: Sendable, Hashable {
    /// The pattern as written.
    public let source: String
    /// Matches only at the root (a leading `/`, or a `/` before the last character).
    public let anchored: Bool
    /// Matches a folder and everything under it (a trailing `/`).
    public let directoryOnly: Bool
    private let segments: [String]

    public init(_ pattern: String) {
        source = pattern
        var body = pattern
        directoryOnly = body.hasSuffix("/")
        while body.hasSuffix("/") { body.removeLast() }
        let anchored = body.hasPrefix("/") || (body.dropLast().contains("/") && !body.hasPrefix("**/"))
        self.anchored = anchored
        if body.hasPrefix("/") { body.removeFirst() }
        var parts = body.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if !anchored && parts.first != "**" { parts.insert("**", at: 0) }
        segments = parts
    }

    /// Why the policy cannot use this pattern, or nil when it can.
    public var problem: String? {
        if source.allSatisfy({ $0.isWhitespace || $0 == "/" }) {
            return "it is empty, so it matches nothing"
        }
        if segments.allSatisfy({ $0 == "**" }) {
            return "it matches every file; name the folders or files to exclude"
        }
        if source.hasPrefix("#") {
            return "a leading # makes the line a comment in every ignore file; drop the #"
        }
        if source.hasPrefix("!") {
            return "a negated pattern cannot be expressed in most tools' exclusion syntax; list only what to exclude"
        }
        if source.first?.isWhitespace == true || source.last?.isWhitespace == true {
            return "it starts or ends with whitespace, which the tools' syntaxes treat differently"
        }
        if source.contains("\\") { return "it holds a backslash; write paths with / and without escapes" }
        if source.contains(where: { $0.isNewline || $0 == "\u{0}" }) { return "it holds a line break or a NUL character" }
        // The folder steps between the anchoring `/` and the folder-only `/`s (`//foo` keeps an empty one).
        var body = source[...]
        while body.hasSuffix("/") { body.removeLast() }
        if body.hasPrefix("/") { body.removeFirst() }
        if body.split(separator: "/", omittingEmptySubsequences: false).contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            return "it has an empty, . or .. folder step; write the path from the repository root without them"
        }
        var open = false
        for character in source {
            if character == "[" { open = true } else if character == "]" { open = false }
        }
        if open { return "a [ character class is not closed" }
        return nil
    }

    // MARK: Renderings

    /// The line of a gitignore-syntax ignore file (`.cursorignore`, `.aiexclude`, `.gitignore`, …).
    public var gitignoreLine: String { source }

    /// A glob relative to the repository root for tools whose rules are anchored (`src/phi/**` →
    /// `/src/phi/**`) or match at any depth (`.env` → `**/.env`).
    public var rootRelativeGlob: String {
        var body = source
        while body.hasSuffix("/") { body.removeLast() }
        if body.hasPrefix("/") { body.removeFirst() }
        var glob = anchored || body.hasPrefix("**/") ? body : "**/" + body
        if directoryOnly {
            // `phi/**/` is the folders inside phi: what is inside them is `phi/*/**`.
            if glob == "**" || glob.hasSuffix("/**") { glob = String(glob.dropLast()) }
            glob += "/**"
        }
        return anchored ? "/" + glob : glob
    }

    /// Root-relative globs for tools whose matcher is a plain glob over the whole path (Copilot's
    /// `applyTo`, Zed's `private_files`, Firebender's `ignore`): `*` stays in one folder and a name does
    /// not reach inside a folder of that name, so a pattern that may name a folder also gets `/**`.
    public var plainGlobs: [String] {
        var glob = rootRelativeGlob
        if glob.hasPrefix("/") { glob.removeFirst() }
        return glob.hasSuffix("/**") ? [glob] : [glob, glob + "/**"]
    }

    /// Permission rules in Claude Code's syntax, one per tool (`Read(/src/phi/**)`, `Edit(...)`).
    ///
    /// Claude Code (and Qwen Code) read a leading `/` as relative to the project and a bare `**/name`
    /// as any depth; `Edit` rules also cover the Write tool.
    public func permissionRules(tools: [String]) -> [String] {
        tools.map { "\($0)(\(rootRelativeGlob))" }
    }

    /// Patterns for a wildcard matcher where `*` also crosses `/` (OpenCode's permissions): the
    /// root-relative path and what is inside it, below any folder too for an unanchored pattern. Such a
    /// matcher cannot say "one folder level", so `data/*.csv` also selects deeper files: never fewer.
    public var wildcardPatterns: [String] {
        var glob = rootRelativeGlob
        if glob.hasPrefix("/") { glob.removeFirst() }
        let segments = glob.split(separator: "/").map(String.init)
        // A `**` folder step is either no folder or `*` (which crosses `/`); a trailing one is what is inside.
        var variants: [[String]] = [[]]
        for (index, segment) in segments.enumerated() {
            if segment == "**" {
                variants = index == segments.count - 1 ? variants.map { $0 + ["*"] } : variants.flatMap { [$0, $0 + ["*"]] }
            } else {
                // No character classes there: `[ab]` becomes `?`, one character of any kind.
                variants = variants.map { $0 + [segment.replacingOccurrences(of: #"\[[^\]]*\]"#, with: "?", options: .regularExpression)] }
            }
        }
        var result: [String] = []
        for variant in variants {
            let body = variant.joined(separator: "/")
            // A name also selects what is inside a folder of that name.
            for pattern in body == "*" || body.hasSuffix("/*") ? [body] : [body, body + "/*"] where !result.contains(pattern) {
                result.append(pattern)
            }
        }
        return result
    }

    /// Whether `path` (a file path) is matched, itself or through one of its parent folders.
    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/").map(String.init)
        // A pattern matching a folder matches everything below it.
        let lastPrefix = directoryOnly ? parts.count - 1 : parts.count
        guard lastPrefix >= 1 else { return false }
        for length in 1...lastPrefix where Self.match(segments[...], parts[0..<length]) {
            return true
        }
        return false
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            let rest = pattern.dropFirst()
            // A trailing `/**` is everything inside the folder, not the folder's own name (gitignore(5)).
            if rest.isEmpty, pattern.startIndex > 0 { return !path.isEmpty }
            var candidate = path
            while true {
                if match(rest, candidate) { return true }
                guard !candidate.isEmpty else { return false }
                candidate = candidate.dropFirst()
            }
        }
        guard let name = path.first, matchSegment(Array(head.utf8)[...], Array(name.utf8)[...]) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    private static func matchSegment(_ pattern: ArraySlice<UInt8>, _ name: ArraySlice<UInt8>) -> Bool {
        guard let first = pattern.first else { return name.isEmpty }
        switch first {
        case UInt8(ascii: "*"):
            var candidate = name
            while true {
                if matchSegment(pattern.dropFirst(), candidate) { return true }
                guard !candidate.isEmpty else { return false }
                candidate = candidate.dropFirst()
            }
        case UInt8(ascii: "?"):
            return !name.isEmpty && matchSegment(pattern.dropFirst(), name.dropFirst())
        case UInt8(ascii: "["):
            guard let character = name.first, let close = pattern.dropFirst(2).firstIndex(of: UInt8(ascii: "]")) else {
                return !name.isEmpty && name.first == first && matchSegment(pattern.dropFirst(), name.dropFirst())
            }
            var set = pattern[(pattern.startIndex + 1)..<close]
            let negated = set.first == UInt8(ascii: "!") || set.first == UInt8(ascii: "^")
            if negated { set = set.dropFirst() }
            var matched = false
            var index = set.startIndex
            while index < set.endIndex {
                if index + 2 < set.endIndex, set[index + 1] == UInt8(ascii: "-") {
                    if set[index]...set[index + 2] ~= character { matched = true }
                    index += 3
                } else {
                    if set[index] == character { matched = true }
                    index += 1
                }
            }
            return matched != negated && matchSegment(pattern[(close + 1)...], name.dropFirst())
        case UInt8(ascii: "\\") where pattern.count > 1:
            let literal = pattern[pattern.startIndex + 1]
            return name.first == literal && matchSegment(pattern.dropFirst(2), name.dropFirst())
        default:
            return name.first == first && matchSegment(pattern.dropFirst(), name.dropFirst())
        }
    }
}
