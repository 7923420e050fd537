import Foundation
@testable import Inspection
import RepoAccess
import TestSupport
import Testing

/// Frameworks from manifests and imports, and binary data files judged by name and size.
@Suite struct FrameworkAndDataTests {
    @Test(arguments: [
        ("requirements-dev.txt", "flask>=3.0\nFlask-SQLAlchemy==3.1\n# django is not used\n", ["Flask", "SQLAlchemy"]),
        ("pyproject.toml", "[project]\ndependencies = [\n  \"fastapi>=0.110\",\n  \"apache-airflow==2.9\",\n]\n", ["FastAPI", "Airflow"]),
        ("Gemfile", "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\n", ["Rails"]),
        ("pom.xml", "<artifactId>spring-boot-starter-web</artifactId>\n", ["Spring"]),
        ("package.json", #"{"dependencies": {"next": "14.2.0", "@nestjs/core": "10.0.0", "left-pad": "1.0.0"}}"#, ["NestJS", "Next.js"]),
        ("DESCRIPTION", "Package: x\nImports: shiny, dplyr\n", ["Shiny"]),
    ])
    func manifests(name: String, text: String, expected: [String]) throws {
        let kind = try #require(FrameworkDetector.manifest(named: name))
        #expect(FrameworkDetector.frameworks(inManifest: kind, text: text).sorted() == expected.sorted())
    }

    @Test func importsAndMarkerFiles() throws {
        let fixture = try FixtureRepo("lefthook-repo")
        try fixture.write("dags/nightly.py", "from airflow import DAG\n\nwith DAG('nightly') as dag:\n    pass\n")
        try fixture.write("warehouse/dbt_project.yml", "name: warehouse\n")
        try fixture.write("web/server.ts", "import express from 'express';\nconst app = express();\n")
        let report = try Inspector.inspect(Repository.locate(fixture.root.path))
        #expect(report.frameworks == ["Airflow", "Express", "dbt"])
    }

    @Test func malformedPackageJSONIsNotAnError() throws {
        #expect(FrameworkDetector.frameworks(inManifest: .node, text: "{\"dependencies\": {\"express\": }") == [])
    }

    @Test func binaryDataIsJudgedByNameAndSize() throws {
        let fixture = try FixtureRepo("lefthook-repo")
        try fixture.write("exports/patients_2024.parquet", "PAR1 not really parquet")
        try fixture.write("exports/prices.xlsx", "PK not really xlsx")
        try fixture.write("exports/empty_claims.parquet", "")
        let report = try Inspector.inspect(Repository.locate(fixture.root.path))
        #expect(report.sensitiveFiles == [
            SensitiveFile(path: "exports/patients_2024.parquet", kind: "patient-data", tracked: false),
            SensitiveFile(path: "exports/prices.xlsx", kind: "data-export", tracked: false),
        ])
        #expect(report.restrictedCandidates == [RestrictedCandidate(
            path: "exports/patients_2024.parquet", reason: "parquet data file named for patient data (content not parsed)")])
    }
}
