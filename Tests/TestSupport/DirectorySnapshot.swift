import Foundation

/// Every file below `root` (not `.git`) with its bytes — and, with `includingFolders`, every folder
/// as `path/` — so two states of a tree can be compared byte for byte.
public func directorySnapshot(_ root: URL, includingFolders: Bool = false) -> [String: Data] {
    var result: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root.path)
    while let relative = enumerator?.nextObject() as? String {
        if relative == ".git" || relative.hasPrefix(".git/") { continue }
        var isDirectory: ObjCBool = false
        let full = root.path + "/" + relative
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else { continue }
        if isDirectory.boolValue {
            if includingFolders { result[relative + "/"] = Data() }
        } else {
            result[relative] = FileManager.default.contents(atPath: full) ?? Data()
        }
    }
    return result
}
