import Foundation
@testable import Inspection
import RepoAccess
import TestSupport
import Testing

/// Plain git hooks: an active `.git/hooks` script or a `core.hooksPath` folder.
@Suite struct HookManagerTests {
    private func managers(_ fixture: FixtureRepo) throws -> [DetectedHookManager] {
        try Inspector.inspect(Repository.locate(fixture.root.path)).hookManagers
    }

    @Test func gitSampleHooksAreNotHooks() throws {
        let fixture = try FixtureRepo("lefthook-repo")
        try fixture.write(".git/hooks/pre-commit.sample", "#!/bin/sh\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fixture.path(".git/hooks/pre-commit.sample"))
        #expect(try managers(fixture) == [DetectedHookManager(kind: .lefthook, path: "lefthook.yml")])
    }

    @Test func anExecutableHookInGitHooksIsPlainGitHooks() throws {
        let fixture = try FixtureRepo("lefthook-repo")
        try fixture.write(".git/hooks/pre-commit", "#!/bin/sh\nexit 0\n")
        #expect(try managers(fixture).map(\.kind) == [.lefthook])
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fixture.path(".git/hooks/pre-commit"))
        #expect(try managers(fixture) == [
            DetectedHookManager(kind: .lefthook, path: "lefthook.yml"),
            DetectedHookManager(kind: .githooks, path: ".git/hooks"),
        ])
    }

    @Test func coreHooksPathNamesTheFolder() throws {
        let fixture = try FixtureRepo("existing-configs")
        try fixture.git("config", "core.hooksPath", ".githooks")
        #expect(try managers(fixture) == [
            DetectedHookManager(kind: .preCommit, path: ".pre-commit-config.yaml"),
            DetectedHookManager(kind: .githooks, path: ".githooks"),
        ])
    }

    @Test func huskysOwnHooksPathIsHusky() throws {
        let fixture = try FixtureRepo("express-api")
        try fixture.git("config", "core.hooksPath", ".husky/_")
        #expect(try managers(fixture) == [DetectedHookManager(kind: .husky, path: ".husky")])
    }
}
