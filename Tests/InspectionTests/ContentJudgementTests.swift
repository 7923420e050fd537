import Foundation
@testable import Inspection
import RepoAccess
import TestSupport
import Testing

/// Candidates are judged from content: names alone neither make nor clear a file.
@Suite struct ContentJudgementTests {
    private func inspect(_ fixture: FixtureRepo) throws -> InspectionReport {
        try Inspector.inspect(Repository.locate(fixture.root.path))
    }

    @Test func aFileNamedForPatientsWithoutPatientContentIsNotACandidate() throws {
        let fixture = try FixtureRepo("django-clinic")
        let report = try inspect(fixture)
        #expect(FileManager.default.fileExists(atPath: fixture.path("analytics/patients.py")))
        #expect(!report.restrictedCandidates.contains { $0.path.hasPrefix("analytics/") })
        #expect(!report.restrictedCandidates.contains { $0.path == "patients/views.py" })
    }

    @Test func anInnocuouslyNamedFileDefiningAPatientsTableIsACandidate() throws {
        let fixture = try FixtureRepo("lefthook-repo")
        try fixture.write("internal/store/setup.sql", """
            CREATE TABLE IF NOT EXISTS "public"."patients" (
              id SERIAL PRIMARY KEY,
              medical_record_number TEXT NOT NULL,
              birth_date DATE
            );
            CREATE TABLE widgets (id SERIAL PRIMARY KEY, label TEXT);
            """)
        let report = try inspect(fixture)
        #expect(report.restrictedCandidates == [RestrictedCandidate(
            path: "internal/store/setup.sql",
            reason: "defines table patients with columns medical_record_number, birth_date")])
        #expect(report.restrictedTables == ["patients"])
    }

    @Test func aSQLDumpIsSensitiveAndItsPatientInsertsMakeItACandidate() throws {
        let fixture = try FixtureRepo("lefthook-repo")
        let rows = (1...3).map { "INSERT INTO encounters VALUES (\($0), 'SYN00000\($0)');\n" }.joined()
        try fixture.write("backup/full.sql", rows)
        try fixture.write("backup/catalog.sql", rows.replacingOccurrences(of: "encounters", with: "products"))
        try fixture.write("db/seed.sql", "CREATE TABLE roles (id INT);\nINSERT INTO roles VALUES (1);\nINSERT INTO roles VALUES (2);\n")
        let report = try inspect(fixture)
        #expect(report.sensitiveFiles == [
            SensitiveFile(path: "backup/catalog.sql", kind: "database-dump", tracked: false),
            SensitiveFile(path: "backup/full.sql", kind: "database-dump", tracked: false),
        ])
        #expect(report.restrictedCandidates == [
            RestrictedCandidate(path: "backup/full.sql", reason: "dump inserts rows into encounters"),
        ])
    }

    @Test func aDbtModelQueryingPatientTablesIsACandidate() throws {
        let fixture = try FixtureRepo("lefthook-repo")
        try fixture.write("warehouse/models/cohort.sql", "select p.id, e.admitted_at\nfrom {{ ref('patients') }} p\njoin {{ ref('encounters') }} e on e.pid = p.id\n")
        try fixture.write("warehouse/models/revenue.sql", "select sku, sum(amount) from {{ ref('orders') }} group by sku\n")
        let report = try inspect(fixture)
        #expect(report.restrictedCandidates == [RestrictedCandidate(
            path: "warehouse/models/cohort.sql", reason: "queries patient tables patients, encounters")])
        #expect(report.sensitiveFiles.isEmpty)
    }

    @Test func dataFilesAreJudgedByTheirHeaderOrKeys() throws {
        let fixture = try FixtureRepo("lefthook-repo")
        try fixture.write("exports/a.tsv", "MRN\tDOB\tZip\nSYN1\t1900-01-01\t00000\n")
        try fixture.write("exports/b.json", #"[{"patientId": "SYN1", "birthDate": "1900-01-01"}]"#)
        try fixture.write("exports/c.ndjson", #"{"resourceType": "Patient", "id": "syn-1"}"# + "\n")
        try fixture.write("exports/products.json", #"[{"name": "lamp", "address": "1 Example Way"}]"#)
        try fixture.write("exports/sites.csv", "name,address\nNorth,1 Example Way\n")
        let words = (1...40).map { "\"word\($0)\": \"words\($0)\"" }.joined(separator: ", ")
        try fixture.write("exports/inflections.json", "{\"diagnosis\": \"diagnoses\", \"address\": \"addresses\", \(words)}")
        try fixture.write("exports/visits.csv", "visit_id,icd10_code,sex\n1,Z00.00,F\n")
        let report = try inspect(fixture)
        #expect(report.sensitiveFiles.map(\.path) == ["exports/a.tsv", "exports/b.json", "exports/c.ndjson", "exports/visits.csv"])
        #expect(report.sensitiveFiles.allSatisfy { $0.kind == "patient-data" })
        #expect(report.restrictedCandidates.map(\.reason) == [
            "data file with patient columns mrn, dob, zip",
            "data file with patient columns patient_id, birth_date",
            "data file with patient columns patient_id",
            "data file with patient columns icd10_code, sex",
        ])
    }

    @Test func secretsAreFoundByNameAndIgnoredOnesAreReportedUntracked() throws {
        let fixture = try FixtureRepo("express-api")
        try fixture.write(".env", "API_TOKEN=placeholder\n")
        try fixture.write(".env.example", "API_TOKEN=\n")
        try fixture.write("deploy/id_rsa", "placeholder\n")
        try fixture.write("deploy/server.pem", "-----BEGIN PRIVATE KEY-----\nplaceholder\n")
        try fixture.write("deploy/ca.pem", "-----BEGIN CERTIFICATE-----\nplaceholder\n")
        try fixture.write("config/credentials.yml", "token: placeholder\n")
        let report = try inspect(fixture)
        #expect(report.sensitiveFiles == [
            SensitiveFile(path: ".env", kind: "env", tracked: false),
            SensitiveFile(path: "config/credentials.yml", kind: "credentials", tracked: false),
            SensitiveFile(path: "deploy/id_rsa", kind: "private-key", tracked: false),
            SensitiveFile(path: "deploy/server.pem", kind: "private-key", tracked: false),
        ])
    }

    @Test func notebooksWithoutOutputsAreNotSensitive() throws {
        let fixture = try FixtureRepo("r-research")
        let report = try inspect(fixture)
        #expect(!report.sensitiveFiles.contains { $0.path == "notebooks/clean.ipynb" })
        #expect(!report.restrictedCandidates.contains { $0.path == "notebooks/clean.ipynb" })
    }
}
