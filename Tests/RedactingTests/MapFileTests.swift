import Foundation
@testable import Redacting
import TestSupport
import Testing

@Suite struct MapFileTests {
    /// The check that skips git must never skip it where git would find a work tree.
    @Test func gitIsAskedOnlyWhereAGitEntryOrGitVariableCouldPlaceTheMapInAWorkTree() throws {
        let outside = try TemporaryDirectory(prefix: "map-outside")
        let nested = outside.url.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        #expect(!MapFile.mayBeInsideWorkTree(nested, environment: [:]))
        #expect(MapFile.mayBeInsideWorkTree(nested, environment: ["GIT_DIR": "/elsewhere/.git"]))
        #expect(MapFile.mayBeInsideWorkTree(nested, environment: ["GIT_WORK_TREE": "/elsewhere"]))

        // A worktree or submodule has a `.git` file, not a folder; either counts, at any level above.
        try Data("gitdir: /elsewhere\n".utf8).write(to: outside.url.appendingPathComponent("a/.git"))
        #expect(MapFile.mayBeInsideWorkTree(nested, environment: [:]))
        #expect(MapFile.mayBeInsideWorkTree(outside.url.appendingPathComponent("a"), environment: [:]))

        let repo = try ScratchRepo(files: ["README.md": "# app\n", "sub/.keep": ""])
        #expect(MapFile.mayBeInsideWorkTree(repo.root.appendingPathComponent("notes/deeper"), environment: [:]))
        // A link from outside into the work tree: git works on the real path, so the check must too.
        let link = outside.url.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: repo.root.appendingPathComponent("sub"))
        #expect(MapFile.mayBeInsideWorkTree(link, environment: [:]))
    }
}
