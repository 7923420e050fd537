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

/// Prints `JSONValue`s: pretty (the layout editors write) or compact (one line). It prints into a
/// byte buffer: appending to a String piece by piece was most of the time of a large FHIR run.
public enum JSONPrinter {
    /// Pretty-prints with one member or element per line; empty containers print as `{}` / `[]`.
    public static func pretty(_ value: JSONValue, style: JSONStyle = .standard) -> String {
        String(decoding: prettyBytes(value, style: style), as: UTF8.self)
    }

    /// `pretty` as UTF-8 bytes.
    public static func prettyBytes(_ value: JSONValue, style: JSONStyle = .standard) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(value, depth: 0, indent: Array(style.indent.utf8), into: &output)
        if style.trailingNewline { output.append(10) }
        return output
    }

    /// Prints on one line with no spaces: for JSON Lines and machine-read reports.
    public static func compact(_ value: JSONValue) -> String {
        String(decoding: compactBytes(value), as: UTF8.self)
    }

    /// `compact` as UTF-8 bytes.
    public static func compactBytes(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(1024)
        writeCompact(value, into: &output)
        return output
    }

    private static func write(_ value: JSONValue, depth: Int, indent: [UInt8], into output: inout [UInt8]) {
        switch value {
        case let .array(elements) where !elements.isEmpty:
            output.append(contentsOf: "[\n".utf8)
            for (index, element) in elements.enumerated() {
                appendIndent(indent, depth + 1, to: &output)
                write(element, depth: depth + 1, indent: indent, into: &output)
                if index < elements.count - 1 { output.append(44) }
                output.append(10)
            }
            appendIndent(indent, depth, to: &output)
            output.append(93)
        case let .object(object) where !object.isEmpty:
            output.append(contentsOf: "{\n".utf8)
            for (index, member) in object.members.enumerated() {
                appendIndent(indent, depth + 1, to: &output)
                appendString(member.key, to: &output)
                output.append(contentsOf: ": ".utf8)
                write(member.value, depth: depth + 1, indent: indent, into: &output)
                if index < object.members.count - 1 { output.append(44) }
                output.append(10)
            }
            appendIndent(indent, depth, to: &output)
            output.append(125)
        default:
            writeCompact(value, into: &output)
        }
    }

    private static func appendIndent(_ indent: [UInt8], _ depth: Int, to output: inout [UInt8]) {
        for _ in 0..<depth { output.append(contentsOf: indent) }
    }

    private static func writeCompact(_ value: JSONValue, into output: inout [UInt8]) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case let .bool(flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case let .number(text): output.append(contentsOf: text.utf8)
        case let .string(text): appendString(text, to: &output)
        case let .array(elements):
            output.append(91)
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(44) }
                writeCompact(element, into: &output)
            }
            output.append(93)
        case let .object(object):
            output.append(123)
            for (index, member) in object.members.enumerated() {
                if index > 0 { output.append(44) }
                appendString(member.key, to: &output)
                output.append(58)
                writeCompact(member.value, into: &output)
            }
            output.append(125)
        }
    }

    /// Appends `text` as a JSON string literal (escaping only what RFC 8259 requires) to UTF-8 bytes: `\"`, `\\`, the short escapes for
    /// \n \r \t \b \f and `\u00xx` for other control characters; everything else as it is.
    public static func appendString(_ text: String, to output: inout [UInt8]) {
        output.append(34)
        var text = text
        text.withUTF8 { utf8 in
            // Most strings need no escape: append them whole.
            guard utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
                output.append(contentsOf: utf8)
                return
            }
            for byte in utf8 {
                switch byte {
                case 0x22: output.append(contentsOf: [0x5C, 0x22])
                case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: output.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: output.append(contentsOf: [0x5C, 0x72])
                case 0x09: output.append(contentsOf: [0x5C, 0x74])
                case 0x08: output.append(contentsOf: [0x5C, 0x62])
                case 0x0C: output.append(contentsOf: [0x5C, 0x66])
                case ..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    output.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                default: output.append(byte)
                }
            }
        }
        output.append(34)
    }
}
