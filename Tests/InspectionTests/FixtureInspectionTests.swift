import Foundation
@testable import Inspection
import PolicyModel
import RepoAccess
import TestSupport
import Testing

/// The inspector on every fixture repository, with exact expectations.
@Suite struct FixtureInspectionTests {
    private func inspect(_ fixture: FixtureRepo) throws -> InspectionReport {
        try Inspector.inspect(Repository.locate(fixture.root.path))
    }

    @Test func djangoClinic() throws {
        let fixture = try FixtureRepo("django-clinic", untracked: [".env"])
        let report = try inspect(fixture)
        #expect(report.languages == ["Python"])
        #expect(report.frameworks == ["Django"])
        #expect(report.aiTools.isEmpty)
        #expect(report.hookManagers.isEmpty)
        #expect(report.sensitiveFiles == [
            SensitiveFile(path: ".env", kind: "env", tracked: false),
            SensitiveFile(path: "exports/patients_export.csv", kind: "patient-data", tracked: true),
        ])
        let patientTable = "table patients with columns mrn, date_of_birth, ssn, first_name, last_name, phone"
        #expect(report.restrictedCandidates == [
            RestrictedCandidate(
                path: "exports/patients_export.csv",
                reason: "data file with patient columns mrn, date_of_birth, ssn, first_name, last_name, phone"),
            RestrictedCandidate(
                path: "patients/migrations/0001_initial.py",
                reason: "defines \(patientTable); table clinic_diagnoses with columns icd10_code"),
            RestrictedCandidate(
                path: "patients/models.py",
                reason: "defines \(patientTable); table clinic_diagnoses with columns icd10_code"),
            RestrictedCandidate(
                path: "patients/urls.py",
                reason: "serves routes patients/, patients/<int:pk>/, patients/<int:pk>/diagnoses/"),
            RestrictedCandidate(
                path: "scripts/bootstrap.py", reason: "defines table visit_log with columns mrn, date_of_birth"),
        ])
        #expect(report.restrictedTables == ["clinic_diagnoses", "patients", "visit_log"])
        #expect(report.restrictedRoutes == ["/patients/*"])
        #expect(report.symlinksOutsideRepository.isEmpty)
    }

    @Test func expressAPI() throws {
        let fixture = try FixtureRepo("express-api")
        let report = try inspect(fixture)
        #expect(report.languages == ["JavaScript", "Prisma"])
        #expect(report.frameworks == ["Express", "Prisma", "Sequelize"])
        #expect(report.hookManagers == [DetectedHookManager(kind: .husky, path: ".husky")])
        #expect(report.sensitiveFiles.isEmpty)
        // Four of the five files under src/ handle patient data: the folder is proposed as a whole.
        #expect(report.restrictedCandidates.map(\.path) == ["prisma/schema.prisma", "src/**"])
        #expect(report.restrictedCandidates.first?.reason == "defines table claims with columns patient_id, diagnosis_code")
        #expect(report.restrictedCandidates.last?.reason.hasPrefix("4 of 5 files handle patient data: ") == true)
        #expect(report.restrictedTables == ["claims", "patients"])
        #expect(report.restrictedRoutes == ["/api/claims/*", "/patients/*"])
    }

    @Test func expressAPIFilesOneByOneWhenTheFolderIsMostlyOrdinary() throws {
        let fixture = try FixtureRepo("express-api")
        for index in 1...4 { try fixture.write("src/util/helper\(index).js", "module.exports = \(index);\n") }
        let candidates = try inspect(fixture).restrictedCandidates
        #expect(candidates == [
            RestrictedCandidate(path: "prisma/schema.prisma", reason: "defines table claims with columns patient_id, diagnosis_code"),
            RestrictedCandidate(path: "src/app.js", reason: "serves routes /api/claims/:claimId"),
            RestrictedCandidate(
                path: "src/models/patient.js",
                reason: "defines table patients with columns mrn, date_of_birth, given_name, family_name"),
            RestrictedCandidate(path: "src/routes/patients.js", reason: "serves routes /patients, /patients/:id"),
            RestrictedCandidate(path: "src/util/cache.js", reason: "defines table patients"),
        ])
    }

    @Test func rResearch() throws {
        let fixture = try FixtureRepo("r-research")
        let report = try inspect(fixture)
        #expect(report.languages == ["R", "Jupyter Notebook"])
        #expect(report.frameworks == ["Jupyter", "Shiny"])
        #expect(report.sensitiveFiles == [
            SensitiveFile(path: "data/patients.csv", kind: "patient-data", tracked: true),
            SensitiveFile(path: "notebooks/explore.ipynb", kind: "notebook-with-outputs", tracked: true),
        ])
        #expect(report.restrictedCandidates.map(\.path) == ["analysis/**", "data/patients.csv", "notebooks/explore.ipynb"])
        #expect(report.restrictedCandidates[0].reason.hasPrefix("3 of 3 files handle patient data: "))
        #expect(report.restrictedCandidates[1].reason
            == "data file with patient columns patient_id, mrn, birth_date, sex, zip")
        #expect(report.restrictedCandidates[2].reason
            == "notebook reads patient data from ../data/patients.csv; stored outputs show patient columns patient_id, mrn, birth_date")
        #expect(report.restrictedTables.isEmpty)
    }

    @Test func existingConfigs() throws {
        let report = try inspect(FixtureRepo("existing-configs"))
        #expect(report.aiTools == [
            DetectedAITool(tool: .agents, path: "AGENTS.md"),
            DetectedAITool(tool: .claude, path: ".claude"),
            DetectedAITool(tool: .claude, path: "CLAUDE.md"),
            DetectedAITool(tool: .cursor, path: ".cursorrules"),
            DetectedAITool(tool: .aider, path: ".aider.conf.yml"),
        ])
        #expect(report.hookManagers == [DetectedHookManager(kind: .preCommit, path: ".pre-commit-config.yaml")])
        #expect(report.sensitiveFiles.isEmpty)
        #expect(report.restrictedCandidates.isEmpty)
    }

    @Test func lefthookRepo() throws {
        let report = try inspect(FixtureRepo("lefthook-repo"))
        #expect(report.languages == ["Go"])
        #expect(report.hookManagers == [DetectedHookManager(kind: .lefthook, path: "lefthook.yml")])
    }

    @Test func malformedJSONDoesNotStopInspection() throws {
        let report = try inspect(FixtureRepo("malformed-json"))
        #expect(report.aiTools == [DetectedAITool(tool: .claude, path: ".claude")])
        #expect(report.languages == ["Python"])
    }
}
