import Foundation

/// Guards every write: a path must stay inside the repository, also after following symbolic links.
public enum PathSafety {
    /// Throws unless writing `relativePath` under `root` lands inside `root`.
    ///
    /// Each existing component is resolved, so a link anywhere on the way (a linked folder or the
    /// file itself) that leads out of the repository is refused.
    public static func checkWritable(_ relativePath: String, in root: URL) throws {
        guard !relativePath.hasPrefix("/"), !relativePath.split(separator: "/").contains("..") else {
            throw RepoError.pathOutsideRepository(path: relativePath)
        }
        let rootPath = root.resolvingSymlinksInPath().path
        var current = rootPath
        for component in relativePath.split(separator: "/") {
            current += "/" + component
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else {
                continue
            }
            let resolved = URL(fileURLWithPath: current).resolvingSymlinksInPath().path
            guard resolved == rootPath || resolved.hasPrefix(rootPath + "/") else {
                throw RepoError.symlinkEscapesRepository(path: relativePath, target: destination)
            }
        }
    }

    /// Whether a repository-relative path is a symbolic link that leads outside the repository.
    public static func escapes(_ relativePath: String, in root: URL) -> Bool {
        (try? checkWritable(relativePath, in: root)) == nil
    }
}
