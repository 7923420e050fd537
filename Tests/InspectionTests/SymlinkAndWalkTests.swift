import Foundation
@testable import Inspection
import RepoAccess
import TestSupport
import Testing

/// Links leading out of the repository are reported, never read; folders outside git are walked.
@Suite struct SymlinkAndWalkTests {
    @Test(arguments: [true, false])
    func linksOutOfTheRepositoryAreNeverFollowed(git: Bool) throws {
        let fixture = try FixtureRepo("symlink-escape", git: git)
        let outsideCSV = fixture.outside.appendingPathComponent("patients.csv").path
        #expect(FileManager.default.fileExists(atPath: outsideCSV))
        let report = try Inspector.inspect(Repository.locate(fixture.root.path))
        #expect(report.symlinksOutsideRepository == ["CLAUDE.md", "exports/patients.csv"])
        // The linked CSV holds patient columns outside the repo: reading it would have flagged it.
        #expect(report.sensitiveFiles.isEmpty)
        #expect(report.restrictedCandidates.isEmpty)
        #expect(report.aiTools == [DetectedAITool(tool: .claude, path: "CLAUDE.md")])
    }

    @Test func aToolFolderLinkedOutsideIsReported() throws {
        let fixture = try FixtureRepo("existing-configs", git: false)
        let outsideFolder = fixture.outside.appendingPathComponent("cursor-config")
        try FileManager.default.createDirectory(at: outsideFolder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: fixture.path(".cursor"), withDestinationPath: outsideFolder.path)
        try FileManager.default.createSymbolicLink(atPath: fixture.path(".roo"), withDestinationPath: "src")
        let report = try Inspector.inspect(Repository.locate(fixture.root.path))
        #expect(report.symlinksOutsideRepository == [".cursor"])
        #expect(report.aiTools.contains(DetectedAITool(tool: .cursor, path: ".cursor")))
        #expect(report.aiTools.contains(DetectedAITool(tool: .roo, path: ".roo")))
    }

    @Test func boundedReaderRefusesALinkEvenToAFileInside() throws {
        let fixture = try FixtureRepo("lefthook-repo", git: false)
        try FileManager.default.createSymbolicLink(atPath: fixture.path("alias.go"), withDestinationPath: "main.go")
        #expect(BoundedFileReader.sample(atPath: fixture.path("alias.go"), limit: 100) == nil)
        #expect(BoundedFileReader.entry(atPath: fixture.path("alias.go")) == .symbolicLink)
        let sample = try #require(BoundedFileReader.sample(atPath: fixture.path("main.go"), limit: 7))
        #expect(sample.text == "package")
        #expect(!sample.isComplete)
    }

    @Test func aFolderOutsideGitIsWalked() throws {
        let fixture = try FixtureRepo("django-clinic", git: false)
        let repository = try Repository.locate(fixture.root.path)
        #expect(!repository.isGitRepository)
        let report = try Inspector.inspect(repository)
        #expect(report.frameworks == ["Django"])
        #expect(report.sensitiveFiles.map(\.tracked) == [false, false])
        #expect(report.restrictedTables == ["clinic_diagnoses", "patients", "visit_log"])
    }
}
