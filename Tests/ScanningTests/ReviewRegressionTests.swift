import Foundation
import PolicyModel
import RepoAccess
@testable import Scanning
import TestSupport
import Testing

/// Cases a review found: each failed before its fix.
@Suite struct ReviewRegressionTests {
    static let ssn = "219-45-6788"

    private func scanner(_ repo: ScratchRepo? = nil) throws -> Scanning.Scanner {
        try Scanning.Scanner(repository: repo.map { try $0.repository() } ?? Repository(root: URL(fileURLWithPath: "/nonexistent"), gitDirectory: nil),
                    policy: .builtInDefault)
    }

    @Test(arguments: ["MBI: 4TQ7-RX2-HW58", "Medicare ID 4TQ7RX2HW58", "mbi 4TQ7-RX2HW58", "DEA: BP4819201", "DEA number BP4819201"])
    func uppercaseKeywordsAndOneDashMBIs(text: String) throws {
        #expect(try scanner().findings(in: Array(text.utf8), path: "-").count == 1)
    }

    /// CMS's and the DEA's published examples are documentation, not people.
    @Test(arguments: ["MBI: 1EG4-TE5-MK73", "NPI 1234567893", "DEA: AB1234563", "call 617-555-0100 or 212-555-1234"])
    func publishedExamplesAreQuiet(text: String) throws {
        #expect(try scanner().findings(in: Array(text.utf8), path: "-").isEmpty)
    }

    @Test func stagedNamesWithSpacesPlusPlusLinesAndGlobCharacters() throws {
        let repo = try ScratchRepo(files: ["a1.txt": "ssn \(Self.ssn)\n", "README.md": "# x\n"])
        try repo.write("my notes.txt", "ssn \(Self.ssn)\n")
        try repo.write("plus.txt", "++ x\n" + String(repeating: "line\n", count: 14) + "ssn: 287-65-4321\n")
        try repo.write("a[1].txt", "nothing here\n")
        try repo.run(["git", "add", "my notes.txt", "plus.txt", "a[1].txt"])
        let findings = try scanner(repo).scan(ScanOptions(mode: .staged)).findings
        #expect(findings.map { $0.path }.sorted() == ["my notes.txt", "plus.txt"])
        #expect(findings.first { $0.path == "plus.txt" }?.line == 16)
    }

    @Test func historyIncludesMergeResolutions() throws {
        let repo = try ScratchRepo(files: ["notes.txt": "base\n"])
        try repo.run(["git", "checkout", "-q", "-b", "side"])
        try repo.write("notes.txt", "side\n")
        try repo.run(["git", "commit", "-q", "-am", "side"])
        try repo.run(["git", "checkout", "-q", "main"])
        try repo.write("notes.txt", "main\n")
        try repo.run(["git", "commit", "-q", "-am", "main"])
        _ = try? repo.run(["git", "merge", "-q", "side"])
        try repo.write("notes.txt", "resolved: ssn 287-65-4321\n")
        try repo.run(["git", "commit", "-q", "-am", "merge"])
        #expect(try scanner(repo).scan(ScanOptions(mode: .history)).findings.count == 1)
    }

    @Test func sarifColumnsCountUTF16() throws {
        let text = "naïve résumé ssn \(Self.ssn)"
        let finding = try #require(try scanner().findings(in: Array(text.utf8), path: "-").first)
        #expect(finding.column == 21)  // UTF-8 bytes
        #expect(finding.utf16Column == 18)  // three two-byte characters before it
    }

    /// After a field label an eight-digit number is the id even when it reads as a date; after a bare
    /// word in prose (`visit 20190412`) it stays a date and is not an id.
    @Test func labelledEightDigitIdsThatReadAsDatesAreIds() throws {
        let json = Array("{\n  \"patient_id\": \"20174836\"\n}\n".utf8)
        let kinds = try scanner().findings(in: json, path: "fixtures/encounter.json").map(\.kind)
        #expect(kinds == [.patientID])
        let prose = Array("the follow-up visit 20190412 was moved".utf8)
        #expect(try scanner().findings(in: prose, path: "-").allSatisfy { $0.kind != .patientID })
    }

    /// A notebook's output is data: a first-of-January birth date there is a birth date.
    @Test func firstOfJanuaryBirthDatesInNotebookOutputsAreFound() throws {
        let notebook = Array(#"{"cells": [{"outputs": [{"output_type": "stream", "text": ["patient dob 1962-01-01\n"]}]}]}"#.utf8)
        #expect(try scanner().findings(in: notebook, path: "explore.ipynb").map(\.kind) == [.dob])
        let code = Array(#"let example = Patient(dob: "1962-01-01")"#.utf8)
        #expect(try scanner().findings(in: code, path: "Sources/Example.swift").isEmpty)
    }
}
