/// Word lists written as one string literal each, split once at first use.
///
/// Array literals of a thousand strings cost the optimizer over 20 s of every fresh build (the
/// Scanning module took 65 s, now 43 s). The split works on UTF-8 bytes: splitting by `Character`
/// (grapheme breaking) cost ~3 ms of every `scan` and `guard` run.
enum WordList {
    /// The words of `text`, split at spaces and line breaks; a line that starts with `//` is a note.
    static func words(_ text: String) -> Set<String> {
        var words = Set<String>()
        for line in lines(of: text) {
            for word in line.split(separator: space) { words.insert(String(decoding: word, as: UTF8.self)) }
        }
        return words
    }

    /// The comma-separated phrases of `text` (a phrase may hold spaces); `//` lines are notes.
    static func phrases(_ text: String) -> Set<String> { Set(phrasesList(text)) }

    /// The comma-separated phrases of `text`, in order, without the spaces around them.
    static func phrasesList(_ text: String) -> [String] {
        let joined = Array(lines(of: text).joined(separator: [newline]))
        return joined.split(separator: comma).map { phrase in
            let isSpace = { (byte: UInt8) in byte == space || byte == newline || byte == tab || byte == carriageReturn }
            let start = phrase.firstIndex(where: { !isSpace($0) }) ?? phrase.endIndex
            let end = phrase.lastIndex(where: { !isSpace($0) }).map { $0 + 1 } ?? start
            return String(decoding: phrase[start..<max(start, end)], as: UTF8.self)
        }
    }

    /// The non-empty lines of `text` that are not `//` notes.
    private static func lines(of text: String) -> [ArraySlice<UInt8>] {
        Array(text.utf8).split(separator: newline).filter { line in
            !line.drop(while: { $0 == space }).starts(with: [slash, slash])
        }
    }

    private static let space = UInt8(ascii: " "), newline = UInt8(ascii: "\n"), tab = UInt8(ascii: "\t")
    private static let carriageReturn = UInt8(ascii: "\r"), comma = UInt8(ascii: ","), slash = UInt8(ascii: "/")
}
