/// What the rules know about the file being scanned: its path, role and the policy's markers.
final class FileContext {
    let path: String
    let role: FileRole
    let mrnPrefix: String
    let text: ScanText
    private var tripleQuoteOffsets: [Int]?
    /// The file read as a table, when it is a CSV/TSV whose header names person fields.
    lazy var table: DelimitedTable? = DelimitedTable(text: text, path: path)

    init(path: String, text: ScanText, mrnPrefix: String, role: FileRole? = nil) {
        self.path = path
        self.text = text
        self.mrnPrefix = mrnPrefix
        self.role = role ?? Self.role(of: path)
    }

    /// The role a file plays, from its name.
    static func role(of path: String) -> FileRole {
        if path == "-" { return .prompt }
        let (lower, ext) = nameAndExtension(path)
        if lower.hasPrefix(".env") { return .config }
        if ["license", "licence", "copying", "authors", "contributors", "notice", "maintainers", "credits", "changelog",
            "changes", "history", "news", "readme", "mailmap", "codeowners"].contains(where: { lower.hasPrefix($0) || lower == "." + $0 })
        {
            return .docs
        }
        switch ext {
        case "ipynb": return .notebook
        case "csv", "tsv", "psv", "jsonl", "ndjson", "log", "hl7", "dat", "sql", "xml", "out", "dump": return .data
        case "md", "markdown", "rst", "txt", "adoc", "tex", "html", "htm", "rtf", "org", "pod", "man", "1", "3", "texi":
            return .docs
        case "json", "yaml", "yml", "toml", "ini", "cfg", "conf", "properties", "env", "tf", "tfvars", "plist", "xcconfig":
            return .config
        case "py", "pyi", "js", "mjs", "cjs", "ts", "tsx", "jsx", "go", "rb", "java", "kt", "kts", "scala", "swift", "rs",
             "c", "h", "cc", "cpp", "hpp", "cs", "php", "r", "jl", "m", "sh", "bash", "zsh", "ps1", "lua", "pl", "pm",
             "dart", "ex", "exs", "erl", "clj", "groovy", "vue", "svelte", "sas", "do", "rmd", "qmd", "ml", "hs", "f90":
            return .code
        default: return .other
        }
    }

    /// The lowercase file name and extension of a path, read from its bytes once.
    static func nameAndExtension(_ path: String) -> (name: String, ext: String) {
        let bytes = Array(path.utf8)
        let nameStart = (bytes.lastIndex(of: 47) ?? -1) + 1
        let name = ByteClass.lowercased(bytes[nameStart...])
        guard let dot = name.lastIndex(of: 46), dot > 0 else { return (String(decoding: name, as: UTF8.self), "") }
        return (String(decoding: name, as: UTF8.self), String(decoding: name[(dot + 1)...], as: UTF8.self))
    }

    /// Whether `offset` is inside a Python triple-quoted string (a docstring, usually).
    func isInsideTripleQuotes(_ offset: Int) -> Bool {
        guard path.hasSuffix(".py") || path.hasSuffix(".pyi") else { return false }
        if tripleQuoteOffsets == nil { tripleQuoteOffsets = Self.tripleQuotes(in: text.bytes) }
        var inside = false
        for quote in tripleQuoteOffsets ?? [] {
            if quote >= offset { break }
            inside.toggle()
        }
        return inside
    }

    private static func tripleQuotes(in bytes: [UInt8]) -> [Int] {
        var offsets: [Int] = []
        var open: UInt8?
        var index = 0
        while index + 2 < bytes.count {
            let byte = bytes[index]
            if (byte == 34 || byte == 39), bytes[index + 1] == byte, bytes[index + 2] == byte, open == nil || open == byte {
                offsets.append(index)
                open = open == nil ? byte : nil
                index += 3
            } else {
                index += 1
            }
        }
        return offsets
    }

    /// Whether the line holding `offset` is a comment, or `offset` follows a comment marker on it.
    func isInComment(_ offset: Int) -> Bool {
        let start = text.lineStart(offset)
        var index = start
        while index < offset, text[index] == 32 || text[index] == 9 { index += 1 }
        let head = text.bytes[index..<min(text.count, index + 4)]
        for marker in ["#", "//", "/*", "*", "--", ";", "%", "<!--", "\"\"\"", "'''", "rem ", ".."]
        where head.starts(with: marker.utf8) {
            // `#include`, `#define` and shebangs are code, not comments, but they carry no PHI either.
            return true
        }
        // A trailing comment: ` # …` or ` // …` before the offset.
        var scan = index
        while scan + 1 < offset {
            let byte = text[scan]
            if (byte == 35 || (byte == 47 && text[scan + 1] == 47)), scan > start, text[scan - 1] == 32 || text[scan - 1] == 9 {
                return true
            }
            scan += 1
        }
        return false
    }
}

extension FileContext {
    /// The header of the CSV/TSV column holding `offset`, for context-keyed rules.
    func columnHeader(at offset: Int) -> String? {
        guard let table, let column = table.column(at: offset, in: text) else { return nil }
        let header = DelimitedTable.cells(text, 0..<table.headerEnd, delimiter: table.delimiter)
        return column < header.count ? text.string(header[column]) : nil
    }
}
