import Foundation

/// Word lists written as one string literal each, split once at first use.
///
/// Array literals of a thousand strings cost the optimizer over 20 s of every fresh build (the
/// Scanning module took 65 s, now 43 s); splitting one string costs microseconds at run time.
enum WordList {
    /// The words of `text`, split at spaces and line breaks; a line that starts with `//` is a note.
    static func words(_ text: String) -> Set<String> {
        Set(notes(removedFrom: text).split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }

    /// The comma-separated phrases of `text` (a phrase may hold spaces); `//` lines are notes.
    static func phrases(_ text: String) -> Set<String> { Set(phrasesList(text)) }

    /// The comma-separated phrases of `text`, in order.
    static func phrasesList(_ text: String) -> [String] {
        notes(removedFrom: text).split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    private static func notes(removedFrom text: String) -> String {
        text.split(separator: "\n").filter { !$0.drop(while: { $0 == " " }).hasPrefix("//") }.joined(separator: "\n")
    }
}
