import Foundation
@testable import Inspection
@testable import RepoAccess
import TestSupport
import Testing

/// Inspect's listing in two halves and the large-repository read selection.
@Suite struct ListingAndSelectionTests {
    @Test func theTwoHalvesMatchTheWholeListing() throws {
        let fixture = try FixtureRepo("django-clinic", untracked: ["exports/patients_export.csv"])
        try fixture.write("notes/new file é.txt", "untracked, with a space and an accent in the name\n")
        try fixture.write("media/upload.bin", "ignored by the fixture's .gitignore\n")
        let repository = try Repository.locate(fixture.root.path)
        let ours = try FileListing.tracked(in: repository) + FileListing.untracked(in: repository)
        let theirs = try FileListing.files(in: repository)
        #expect(Set(ours) == Set(theirs))
        #expect(ours.count == theirs.count)
        #expect(ours.contains(ListedFile(path: "notes/new file é.txt", tracked: false)))
        #expect(ours.contains(ListedFile(path: "exports/patients_export.csv", tracked: false)))
        #expect(ours.contains(ListedFile(path: "patients/models.py", tracked: true)))
        #expect(!ours.contains { $0.path.hasPrefix("media/") })
    }

    @Test func aRepositoryWithoutCommitsListsEverythingAsUntracked() throws {
        let fixture = try FixtureRepo("django-clinic", git: false)
        try fixture.git("init", "-q")
        let report = try Inspector.inspect(Repository.locate(fixture.root.path))
        #expect(report.sensitiveFiles == [
            SensitiveFile(path: ".env", kind: "env", tracked: false),
            SensitiveFile(path: "exports/patients_export.csv", kind: "patient-data", tracked: false),
        ])
        #expect(report.restrictedCandidates.count == 5)
        #expect(report.frameworks == ["Django"])
    }

    @Test func theHalvesFailOutsideGitAndInspectWalksInstead() throws {
        let fixture = try FixtureRepo("lefthook-repo", git: false)
        let repository = try Repository.locate(fixture.root.path)
        #expect(throws: RepoError.self) { try FileListing.tracked(in: repository) }
        let listing = try RepositoryListing.start(repository)
        #expect(!listing.first.isEmpty && listing.first.allSatisfy { !$0.tracked })
    }

    @Test func aConflictedFileIsListedOnce() {
        let output = Data("H a.txt\u{0}M b.txt\u{0}M b.txt\u{0}M b.txt\u{0}? c d.txt\u{0}".utf8)
        #expect(FileListing.parse(output) == [
            ListedFile(path: "a.txt", tracked: true), ListedFile(path: "b.txt", tracked: true),
            ListedFile(path: "c d.txt", tracked: false),
        ])
    }

    @Test func largeRepositoriesReadOnlyHintedSourceFiles() {
        let paths = ["src/components/button.ts", "src/models/patient.ts", "api/v1/handler.py",
                     "lib/util.py", "etl/load.py", "lib/patients.py", "db/schema.sql", "exports/a.csv"]
        let files = paths.map { ListedFile(path: $0, tracked: true) }
        var small = PathSurvey(files)
        #expect(Set(small.takeJobs(fullReadLimit: 100).map(\.file.path.path)) == Set(paths))
        #expect(small.unreadSourceFiles == 0)
        #expect(small.takeJobs(fullReadLimit: 100).isEmpty)
        var large = PathSurvey(files)
        let picked = large.takeJobs(fullReadLimit: 2)
        #expect(large.unreadSourceFiles == 2)
        #expect(Set(picked.map(\.file.path.path)) == Set(paths).subtracting(["src/components/button.ts", "lib/util.py"]))
        // A later batch counts toward the same limit.
        large.add([ListedFile(path: "tools/fmt.py", tracked: false), ListedFile(path: "etl/more.py", tracked: false)])
        #expect(large.takeJobs(fullReadLimit: 2).map(\.file.path.path) == ["etl/more.py"])
        #expect(large.unreadSourceFiles == 3)
    }

    @Test(arguments: [
        ("services/billing/models/invoice.py", true), ("app/controllers/visits_controller.rb", true),
        ("web/src/components/Button.tsx", false), ("pkg/strutil/trim.go", false), ("lib/PatientCard.tsx", true),
        ("src/rapidjson/reader.py", false),
    ])
    func hintWordsAreWholeNameParts(path: String, hinted: Bool) {
        #expect(SourceSelection.isHinted(path) == hinted)
    }
}
