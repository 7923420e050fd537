import Foundation
import PackagePlugin

/// Compiles the git commit the package is checked out at into the target, for `--version`.
/// Its inputs are git's HEAD and the ref files it may point at, so a new commit rebuilds it.
@main
struct EmbedBuildCommit: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let package = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appending(path: "BuildCommit.swift")
        return [
            .buildCommand(
                displayName: "Embedding the build commit",
                executable: try context.tool(named: "BuildCommitReader").url,
                arguments: [package.path, output.path],
                inputFiles: gitInputs(package),
                outputFiles: [output]),
        ]
    }

    /// HEAD, the ref it names and packed-refs, in the work tree's git folder and its common folder.
    private func gitInputs(_ package: URL) -> [URL] {
        let dotGit = package.appending(path: ".git")
        var folders = [dotGit]
        if let pointer = try? String(contentsOf: dotGit, encoding: .utf8), pointer.hasPrefix("gitdir:") {
            let path = pointer.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespacesAndNewlines)
            folders = [path.hasPrefix("/") ? URL(fileURLWithPath: path) : package.appending(path: path)]
        }
        if let common = try? String(contentsOf: folders[0].appending(path: "commondir"), encoding: .utf8) {
            let path = common.trimmingCharacters(in: .whitespacesAndNewlines)
            folders.append(path.hasPrefix("/") ? URL(fileURLWithPath: path) : folders[0].appending(path: path))
        }
        var files = [folders[0].appending(path: "HEAD")]
        if let head = try? String(contentsOf: files[0], encoding: .utf8), head.hasPrefix("ref:") {
            let ref = head.dropFirst("ref:".count).trimmingCharacters(in: .whitespacesAndNewlines)
            files += folders.map { $0.appending(path: ref) }
        }
        files += folders.map { $0.appending(path: "packed-refs") }
        return files.filter { FileManager.default.fileExists(atPath: $0.path) }
    }
}
