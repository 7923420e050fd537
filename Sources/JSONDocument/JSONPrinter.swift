/// How a JSON document is laid out: the indentation unit and whether the file ends in a newline.
public struct JSONStyle: Equatable, Sendable {
    /// The text of one indentation level, e.g. two spaces or a tab.
    public var indent: String
    /// Whether the printed document ends with a newline.
    public var trailingNewline: Bool

    /// Two-space indentation and a final newline: what editors and `JSON.stringify(v, null, 2)` write.
    public static let standard = JSONStyle(indent: "  ", trailingNewline: true)

    public init(indent: String, trailingNewline: Bool) {
        self.indent = indent
        self.trailingNewline = trailingNewline
    }

    /// The style of an existing JSON text: the indentation of its first indented line and its ending.
    public static func detect(in text: String) -> JSONStyle {
        var indent = JSONStyle.standard.indent
        for line in text.split(separator: "\n", omittingEmptySubsequences: true).dropFirst() {
            let leading = line.prefix { $0 == " " || $0 == "\t" }
            if !leading.isEmpty {
                indent = String(leading)
                break
            }
        }
        return JSONStyle(indent: indent, trailingNewline: text.isEmpty || text.hasSuffix("\n"))
    }
}

/// Prints `JSONValue`s: pretty (the layout editors write) or compact (one line).
public enum JSONPrinter {
    /// Pretty-prints with one member or element per line; empty containers print as `{}` / `[]`.
    public static func pretty(_ value: JSONValue, style: JSONStyle = .standard) -> String {
        var output = ""
        write(value, depth: 0, style: style, into: &output)
        if style.trailingNewline { output += "\n" }
        return output
    }

    /// Prints on one line with no spaces: for JSON Lines and machine-read reports.
    public static func compact(_ value: JSONValue) -> String {
        var output = ""
        writeCompact(value, into: &output)
        return output
    }

    private static func write(_ value: JSONValue, depth: Int, style: JSONStyle, into output: inout String) {
        switch value {
        case let .array(elements) where !elements.isEmpty:
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += String(repeating: style.indent, count: depth + 1)
                write(element, depth: depth + 1, style: style, into: &output)
                output += index == elements.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: style.indent, count: depth) + "]"
        case let .object(object) where !object.isEmpty:
            output += "{\n"
            for (index, member) in object.members.enumerated() {
                output += String(repeating: style.indent, count: depth + 1)
                appendString(member.key, to: &output)
                output += ": "
                write(member.value, depth: depth + 1, style: style, into: &output)
                output += index == object.members.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: style.indent, count: depth) + "}"
        default:
            writeCompact(value, into: &output)
        }
    }

    private static func writeCompact(_ value: JSONValue, into output: inout String) {
        switch value {
        case .null: output += "null"
        case let .bool(flag): output += flag ? "true" : "false"
        case let .number(text): output += text
        case let .string(text): appendString(text, to: &output)
        case let .array(elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                writeCompact(element, into: &output)
            }
            output += "]"
        case let .object(object):
            output += "{"
            for (index, member) in object.members.enumerated() {
                if index > 0 { output += "," }
                appendString(member.key, to: &output)
                output += ":"
                writeCompact(member.value, into: &output)
            }
            output += "}"
        }
    }

    /// Appends `text` as a JSON string literal, escaping only what RFC 8259 requires.
    public static func appendString(_ text: String, to output: inout String) {
        output += "\""
        // Most strings need no escape: append them whole rather than scalar by scalar.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
