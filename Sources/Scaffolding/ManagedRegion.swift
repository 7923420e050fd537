/// Finds, inserts, replaces and removes phiguard's delimited region in a text, touching no other byte.
struct ManagedRegion {
    let syntax: MarkerSyntax
    /// The file name used in error messages.
    let file: String
    /// Distinguishes a second region in the same file (`# phiguard:begin commit-msg`); nil for the usual one.
    var name: String? = nil

    private var beginMarker: String { syntax.begin + (name.map { " " + $0 } ?? "") }
    private var endMarker: String { syntax.end + (name.map { " " + $0 } ?? "") }

    /// The location of an existing region: the UTF-8 byte range from its begin line through its end line's newline.
    struct Location: Equatable {
        var range: Range<Int>
        var text: String
    }

    /// The region in `text`, nil when absent; throws on a lone or repeated marker.
    func find(in text: String) throws -> Location? {
        let lines = LineIndex(text)
        var begin: Int?
        var found: Location?
        for index in lines.indices {
            let content = lines.content(index).trimmingWhitespace
            if content == beginMarker {
                guard begin == nil, found == nil else {
                    throw ScaffoldError.unbalancedMarkers(file: file, line: index + 1, marker: beginMarker)
                }
                begin = index
            } else if content == endMarker {
                guard let start = begin else {
                    throw ScaffoldError.unbalancedMarkers(file: file, line: index + 1, marker: endMarker)
                }
                let range = lines.start(of: start)..<lines.end(of: index)
                found = Location(range: range, text: lines.slice(range))
                begin = nil
            }
        }
        if let begin { throw ScaffoldError.unbalancedMarkers(file: file, line: begin + 1, marker: beginMarker) }
        return found
    }

    /// The full region text for a body, each line prefixed with `indent`.
    func render(body: String, indent: String = "") -> String {
        var lines = [indent + beginMarker]
        var content = body
        if content.hasSuffix("\n") { content.removeLast() }
        if !content.isEmpty {
            lines += content.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.isEmpty ? "" : indent + $0
            }
        }
        lines.append(indent + endMarker)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` with `region` inserted at the end; returns the new text and the separator that was added.
    func append(_ region: String, to text: String) -> (text: String, joiner: String) {
        if text.isEmpty { return (region, "") }
        let joiner = text.hasSuffix("\n\n") ? "" : text.hasSuffix("\n") ? "\n" : "\n\n"
        return (text + joiner + region, joiner)
    }

    /// `text` with `region` inserted after a leading `#!` line (or at the top).
    func insertAfterShebang(_ region: String, in text: String) -> (text: String, joiner: String) {
        guard text.hasPrefix("#!") else { return (region + text, "") }
        guard let newline = text.firstIndex(of: "\n") else { return (text + "\n" + region, "\n") }
        let split = text.index(after: newline)
        return (String(text[..<split]) + region + String(text[split...]), "")
    }

    /// `text` with the region at `location` replaced by `region`.
    func replace(_ location: Location, with region: String, in text: String) -> String {
        var bytes = Array(text.utf8)
        bytes.replaceSubrange(location.range, with: Array(region.utf8))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` without the region at `location`, and without the separator phiguard added before it.
    func remove(_ location: Location, from text: String, joiner: String?) -> String {
        var bytes = Array(text.utf8)
        bytes.removeSubrange(location.range)
        if let joiner, !joiner.isEmpty {
            let joinerBytes = Array(joiner.utf8)
            let start = location.range.lowerBound - joinerBytes.count
            if start >= 0, Array(bytes[start..<location.range.lowerBound]) == joinerBytes,
               location.range.lowerBound == bytes.count
            {
                bytes.removeSubrange(start..<location.range.lowerBound)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Line boundaries of a text, in UTF-8 byte offsets.
struct LineIndex {
    private let bytes: [UInt8]
    private var starts: [Int] = [0]

    init(_ text: String) {
        bytes = Array(text.utf8)
        for (offset, byte) in bytes.enumerated() where byte == 0x0A && offset + 1 < bytes.count {
            starts.append(offset + 1)
        }
        if bytes.isEmpty { starts = [] }
    }

    var indices: Range<Int> { 0..<starts.count }
    var count: Int { starts.count }
    var byteCount: Int { bytes.count }

    func start(of line: Int) -> Int { starts[line] }

    /// The offset just past the line's newline (or the end of the text).
    func end(of line: Int) -> Int { line + 1 < starts.count ? starts[line + 1] : bytes.count }

    /// The line's text without its newline.
    func content(_ line: Int) -> String {
        var end = end(of: line)
        if end > starts[line], bytes[end - 1] == 0x0A { end -= 1 }
        if end > starts[line], bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[starts[line]..<end], as: UTF8.self)
    }

    func slice(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
        return String(scalars)
    }

    /// The leading spaces and tabs.
    var leadingWhitespace: String { String(prefix { $0 == " " || $0 == "\t" }) }
}
