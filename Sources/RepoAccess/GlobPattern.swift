/// A gitignore-style pattern matched against repository-relative paths.
///
/// Supports `*` (within a segment), `?`, `[...]` classes, `**` (any number of segments), a leading
/// `/` (anchored at the root), a trailing `/` (a folder and everything under it), and patterns
/// without a `/` matching a name at any depth — the rules of gitignore(5).
public struct GlobPattern: Sendable, Hashable {
    /// The pattern as written.
    public let source: String
    private let segments: [String]
    private let directoryOnly: Bool

    public init(_ pattern: String) {
        source = pattern
        var body = pattern
        directoryOnly = body.hasSuffix("/")
        while body.hasSuffix("/") { body.removeLast() }
        let anchored = body.hasPrefix("/") || body.dropLast().contains("/")
        if body.hasPrefix("/") { body.removeFirst() }
        var parts = body.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if !anchored { parts.insert("**", at: 0) }
        segments = parts
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
