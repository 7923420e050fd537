import Foundation
import RepoAccess
import TestSupport
import Testing

@Suite struct FileTransactionTests {
    @Test func writesAllFilesAtomicallyKeepingModes() throws {
        let repo = try ScratchRepo(files: ["hook.sh": "old\n"], git: false)
        chmod(repo.path + "/hook.sh", 0o755)
        var transaction = FileTransaction(root: repo.root)
        transaction.add("hook.sh", .write(contents: Data("new\n".utf8), mode: nil))
        transaction.add("a/b/new.txt", .write(contents: Data("x".utf8), mode: 0o600))
        try transaction.commit()
        #expect(repo.read("hook.sh") == "new\n")
        #expect(repo.read("a/b/new.txt") == "x")
        var status = stat()
        stat(repo.path + "/hook.sh", &status)
        #expect(status.st_mode & 0o777 == 0o755)
        stat(repo.path + "/a/b/new.txt", &status)
        #expect(status.st_mode & 0o777 == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: repo.path).filter { $0.contains("phiguard-tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func refusesASymlinkLeavingTheRepositoryAndWritesNothing() throws {
        let outside = try TemporaryDirectory(prefix: "outside")
        let repo = try ScratchRepo(files: ["keep.txt": "user\n"], git: false)
        try FileManager.default.createSymbolicLink(atPath: repo.path + "/CLAUDE.md", withDestinationPath: outside.path + "/target.md")
        var transaction = FileTransaction(root: repo.root)
        transaction.add("keep.txt", .write(contents: Data("changed\n".utf8), mode: nil))
        transaction.add("CLAUDE.md", .write(contents: Data("rules".utf8), mode: nil))
        #expect(throws: RepoError.self) { try transaction.commit() }
        #expect(repo.read("keep.txt") == "user\n")
        #expect(!FileManager.default.fileExists(atPath: outside.path + "/target.md"))
    }

    @Test func aFailedStagingRemovesTheFoldersItMadeAndTheTemporaryFiles() throws {
        let repo = try ScratchRepo(files: ["existing/keep.txt": "user\n", "afile": "not a folder\n"], git: false)
        var transaction = FileTransaction(root: repo.root)
        transaction.add(".phiguard/lock.json", .write(contents: Data("{}".utf8), mode: nil))
        transaction.add("existing/new/deeper/x.txt", .write(contents: Data("x".utf8), mode: nil))
        transaction.add("afile/y.txt", .write(contents: Data("y".utf8), mode: nil))
        #expect(throws: RepoError.self) { try transaction.commit() }
        #expect(!repo.exists(".phiguard"))
        #expect(!repo.exists("existing/new"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: repo.path + "/existing") == ["keep.txt"])
        #expect(repo.read("afile") == "not a folder\n")
    }

    @Test func deletesAndRemovesFoldersThatBecameEmpty() throws {
        let repo = try ScratchRepo(files: [".cursor/rules/phiguard.mdc": "x", ".cursor/other.json": "{}"], git: false)
        var transaction = FileTransaction(root: repo.root)
        transaction.add(".cursor/rules/phiguard.mdc", .delete(removeEmptyParents: true))
        try transaction.commit()
        #expect(!repo.exists(".cursor/rules"))
        #expect(repo.exists(".cursor/other.json"))
    }

    @Test func pathSafetyAllowsLinksInsideTheRepository() throws {
        let repo = try ScratchRepo(files: ["docs/AGENTS.md": "x"], git: false)
        try FileManager.default.createSymbolicLink(atPath: repo.path + "/AGENTS.md", withDestinationPath: "docs/AGENTS.md")
        #expect(throws: Never.self) { try PathSafety.checkWritable("AGENTS.md", in: repo.root) }
        #expect(throws: RepoError.self) { try PathSafety.checkWritable("../x", in: repo.root) }
    }
}
