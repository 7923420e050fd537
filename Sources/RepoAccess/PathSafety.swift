import Foundation

/// Guards every write: a path must stay inside the repository, also after following symbolic links.
public enum PathSafety {
    /// Throws unless writing `relativePath` under `root` lands inside `root`.
    ///
    /// Each component is resolved, dangling links included, so a link anywhere on the way (a
    /// linked folder or the file itself) that leads out of the repository is refused.
    public static func checkWritable(_ relativePath: String, in root: URL) throws {
        guard !relativePath.hasPrefix("/"), !relativePath.split(separator: "/").contains("..") else {
            throw RepoError.pathOutsideRepository(path: relativePath)
        }
        let rootPath = root.resolvingSymlinksInPath().path
        let resolved = resolve(rootPath + "/" + relativePath)
        guard resolved == rootPath || resolved.hasPrefix(rootPath + "/") else {
            let link = firstLink(in: relativePath, root: rootPath) ?? relativePath
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: rootPath + "/" + link)) ?? resolved
            throw RepoError.symlinkEscapesRepository(path: link, target: target)
        }
    }

    /// Whether a repository-relative path is, or passes through, a link that leads outside the repository.
    public static func escapes(_ relativePath: String, in root: URL) -> Bool {
        (try? checkWritable(relativePath, in: root)) == nil
    }

    /// The absolute path after following every symbolic link, even one whose target does not exist.
    static func resolve(_ path: String) -> String {
        var pending = path.split(separator: "/").map(String.init)
        var resolved: [String] = []
        var hops = 0
        while !pending.isEmpty {
            let component = pending.removeFirst()
            if component == "." || component.isEmpty { continue }
            if component == ".." {
                _ = resolved.popLast()
                continue
            }
            let candidate = "/" + (resolved + [component]).joined(separator: "/")
            guard hops < 40, let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: candidate) else {
                resolved.append(component)
                continue
            }
            hops += 1
            if destination.hasPrefix("/") { resolved = [] }
            pending = destination.split(separator: "/").map(String.init) + pending
        }
        return "/" + resolved.joined(separator: "/")
    }

    private static func firstLink(in relativePath: String, root: String) -> String? {
        var current = ""
        for component in relativePath.split(separator: "/") {
            current += (current.isEmpty ? "" : "/") + component
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: root + "/" + current)) != nil {
                return current
            }
        }
        return nil
    }
}
