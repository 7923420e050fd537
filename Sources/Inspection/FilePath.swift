/// Cheap views of a repository-relative path, computed once per listed file.
struct FilePath: Sendable {
    /// The path as listed, `/`-separated.
    let path: String
    /// The last component.
    let name: String
    /// The lowercased extension without the dot ("" when none; a leading dot is not one).
    let fileExtension: String
    /// The folder, "" at the root.
    let folder: String
    /// The lowercased last component.
    let lowercasedName: String

    init(_ path: String) {
        self.path = path
        let utf8 = path.utf8
        if let slash = utf8.lastIndex(of: UInt8(ascii: "/")) {
            name = String(path[path.index(after: slash)...])
            folder = String(path[..<slash])
        } else {
            name = path
            folder = ""
        }
        let nameBytes = name.utf8
        if let dot = nameBytes.lastIndex(of: UInt8(ascii: ".")), dot != nameBytes.startIndex {
            fileExtension = String(name[name.index(after: dot)...]).lowercased()
        } else {
            fileExtension = ""
        }
        lowercasedName = name.lowercased()
    }

    /// The first path component (the whole path at the root).
    var topComponent: Substring {
        path.firstIndex(of: "/").map { path[..<$0] } ?? Substring(path)
    }

    /// Whether the file sits at the repository root.
    var isAtRoot: Bool { folder.isEmpty }
}
