import Foundation
@testable import Inspection
import RepoAccess
import TestSupport
import Testing

/// Inspect's own git listing and the large-repository read selection.
@Suite struct ListingAndSelectionTests {
    @Test func gitListingMatchesFileListing() throws {
        let fixture = try FixtureRepo("django-clinic", untracked: ["exports/patients_export.csv"])
        try fixture.write("notes/new file é.txt", "untracked, with a space and an accent in the name\n")
        try fixture.write("media/upload.bin", "ignored by the fixture's .gitignore\n")
        let repository = try Repository.locate(fixture.root.path)
        let ours = try #require(GitFileListing.files(in: fixture.root.path))
        let theirs = try FileListing.files(in: repository)
        #expect(Set(ours) == Set(theirs))
        #expect(ours.count == theirs.count)
        #expect(ours.contains(ListedFile(path: "notes/new file é.txt", tracked: false)))
        #expect(ours.contains(ListedFile(path: "exports/patients_export.csv", tracked: false)))
        #expect(ours.contains(ListedFile(path: "patients/models.py", tracked: true)))
        #expect(!ours.contains { $0.path.hasPrefix("media/") })
    }

    @Test func gitListingFailsOutsideGit() throws {
        let fixture = try FixtureRepo("lefthook-repo", git: false)
        #expect(GitFileListing.files(in: fixture.root.path) == nil)
    }

    @Test func largeRepositoriesReadOnlyHintedSourceFiles() {
        let paths = ["src/components/button.ts", "src/models/patient.ts", "api/v1/handler.py",
                     "lib/util.py", "etl/load.py", "lib/patients.py", "db/schema.sql", "exports/a.csv"]
        let survey = PathSurvey(paths.map { ListedFile(path: $0, tracked: true) })
        let all = survey.selectedJobs(fullReadLimit: 100)
        #expect(all.unreadSources == 0)
        #expect(Set(all.jobs.map(\.file.path.path)) == Set(paths))
        let picked = survey.selectedJobs(fullReadLimit: 2)
        #expect(picked.unreadSources == 2)
        #expect(Set(picked.jobs.map(\.file.path.path)) == Set(paths).subtracting(["src/components/button.ts", "lib/util.py"]))
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
