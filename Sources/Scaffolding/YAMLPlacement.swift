import Yams

/// Where a managed region goes inside a YAML file so that it becomes part of the node at a key path,
/// found from the parsed document's positions rather than by rewriting the YAML.
struct YAMLPlacement: Equatable {
    /// UTF-8 offset at which the region's lines are inserted (always a line start or the end of text).
    var offset: Int
    /// Indentation of the region's lines.
    var indent: String
    /// Keys of the path that do not exist yet; the region creates them.
    var missingKeys: [String]
    /// A newline to add first when the file does not end with one.
    var joiner: String

    /// Locates the node at `path` in `text`.
    static func locate(path: [String], in text: String, file: String) throws -> YAMLPlacement {
        let root = try compose(text, file: file)
        let lines = LineIndex(text)
        let endJoiner = text.isEmpty || text.hasSuffix("\n") ? "" : "\n"
        guard let root else {
            return YAMLPlacement(offset: lines.byteCount, indent: "", missingKeys: path, joiner: endJoiner)
        }
        guard case let .mapping(rootMapping) = root else {
            throw ScaffoldError.unsupportedYAMLShape(
                file: file, line: root.mark?.line ?? 1, column: root.mark?.column ?? 1, key: "(document)")
        }
        var mapping = rootMapping
        var ownerIndent = -1
        var ownerLine = -1
        for (depth, key) in path.enumerated() {
            guard let (keyNode, value) = mapping.first(where: { $0.key.string == key }) else {
                let childIndent = mapping.keys.first.map { ($0.mark?.column ?? 1) - 1 } ?? ownerIndent + 2
                let end = endOfBlock(after: ownerLine, ownerIndent: ownerIndent, lines: lines)
                return placement(at: end, lines: lines, indent: childIndent, missing: Array(path[depth...]))
            }
            let keyIndent = (keyNode.mark?.column ?? 1) - 1
            let keyLine = (keyNode.mark?.line ?? 1) - 1
            let isLast = depth == path.count - 1
            if isFlow(value, lines: lines) {
                throw ScaffoldError.unsupportedYAMLShape(
                    file: file, line: keyLine + 1, column: keyIndent + 1, key: path[...depth].joined(separator: "."))
            }
            switch value {
            case let .mapping(child) where !isLast:
                mapping = child
                ownerIndent = keyIndent
                ownerLine = keyLine
            case let .mapping(child):
                let indent = (child.keys.first?.mark?.column ?? keyIndent + 3) - 1
                let end = endOfBlock(after: keyLine, ownerIndent: keyIndent, lines: lines)
                return placement(at: end, lines: lines, indent: indent, missing: [])
            case .sequence where isLast:
                let indent = (value.mark?.column ?? keyIndent + 3) - 1
                let end = endOfBlock(after: keyLine, ownerIndent: keyIndent, lines: lines, indentlessItems: true)
                return placement(at: end, lines: lines, indent: indent, missing: [])
            case let .scalar(scalar) where scalar.string.isEmpty && scalar.tag == .implicit:
                // `key:` with no value yet: the region supplies the value on the following lines.
                let end = lines.end(of: keyLine)
                return placement(at: end, lines: lines, indent: keyIndent + 2, missing: Array(path[(depth + 1)...]))
            default:
                throw ScaffoldError.unsupportedYAMLShape(
                    file: file, line: keyLine + 1, column: keyIndent + 1, key: path[...depth].joined(separator: "."))
            }
        }
        return YAMLPlacement(offset: lines.byteCount, indent: "", missingKeys: [], joiner: endJoiner)
    }

    /// Whether a collection is written in flow style (`[a, b]`, `{a: 1}`), judged from its first character.
    private static func isFlow(_ node: Node, lines: LineIndex) -> Bool {
        guard let mark = node.mark, mark.line - 1 < lines.count else { return false }
        switch node {
        case .mapping, .sequence:
            let line = lines.content(mark.line - 1)
            let start = line.unicodeScalars.dropFirst(mark.column - 1).first
            return start == "[" || start == "{"
        default:
            return false
        }
    }

    /// The region body for a leaf `body`, wrapped in the keys that are still missing.
    func wrap(_ body: String) -> String {
        var prefix = ""
        var lines: [String] = []
        for key in missingKeys {
            lines.append(prefix + key + ":")
            prefix += "  "
        }
        var leaf = body
        if leaf.hasSuffix("\n") { leaf.removeLast() }
        lines += leaf.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : prefix + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func placement(at offset: Int, lines: LineIndex, indent: Int, missing: [String]) -> YAMLPlacement {
        // An insertion at the very end of a file without a final newline needs one first.
        let needsNewline = offset == lines.byteCount && lines.count > 0
            && !lines.slice(0..<lines.byteCount).hasSuffix("\n")
        return YAMLPlacement(
            offset: offset, indent: String(repeating: " ", count: max(0, indent)), missingKeys: missing,
            joiner: needsNewline ? "\n" : "")
    }

    /// The offset just after the last content line of the block that follows `line`: every later
    /// line indented deeper than `ownerIndent` (blank and comment lines included, but not counted
    /// as the block's end), and, for a sequence, `- ` items at the owner's own indentation.
    private static func endOfBlock(after line: Int, ownerIndent: Int, lines: LineIndex, indentlessItems: Bool = false)
        -> Int
    {
        var lastContent = line
        var index = line + 1
        while index < lines.count {
            let content = lines.content(index)
            let trimmed = content.trimmingWhitespace
            let indent = content.leadingWhitespace.count
            // The end marker of another phiguard region belongs to the block: insert after it, never inside.
            if trimmed.hasPrefix(MarkerSyntax.hash.end), indent > ownerIndent {
                lastContent = index
                index += 1
                continue
            }
            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                index += 1
                continue
            }
            let isIndentlessItem = indentlessItems && indent == ownerIndent && (trimmed == "-" || trimmed.hasPrefix("- "))
            guard indent > ownerIndent || isIndentlessItem else { break }
            if trimmed == "---" || trimmed == "..." { break }
            lastContent = index
            index += 1
        }
        return lastContent < 0 ? 0 : lines.end(of: lastContent)
    }

    private static func compose(_ text: String, file: String) throws -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            switch error {
            case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
                throw ScaffoldError.malformedYAML(file: file, line: mark.line, column: mark.column, reason: problem)
            default:
                throw ScaffoldError.malformedYAML(file: file, line: 1, column: 1, reason: "\(error)")
            }
        }
    }
}
