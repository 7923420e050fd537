import Foundation
import JSONDocument
import PolicyModel
import RepoAccess
import Scanning
@testable import SyntheticData
import TestSupport
import Testing

/// Runs of the generator into temporary folders.
enum Runs {
    static func generate(_ patients: Int, seed: UInt64, formats: Set<SynthFormat> = [.csv], shard: (Int, Int)? = nil,
                         in folder: TemporaryDirectory, name: String = "out") throws -> URL {
        let url = folder.url.appendingPathComponent(name)
        _ = try SyntheticDataGenerator(options: SynthOptions(patients: patients, seed: seed, output: url, formats: formats,
                                                             shard: shard.map { (index: $0.0, count: $0.1) })).run()
        return url
    }

    /// Every file below `url` with its bytes.
    static func files(_ url: URL) -> [String: Data] { directorySnapshot(url, includingFolders: false) }
}

@Suite struct DeterminismTests {
    @Test func sameSeedSameBytesWhateverTheFolder() throws {
        let folder = try TemporaryDirectory()
        let a = try Runs.generate(150, seed: 42, formats: Set(SynthFormat.allCases), in: folder, name: "a")
        let b = try Runs.generate(150, seed: 42, formats: Set(SynthFormat.allCases), in: folder, name: "b/nested")
        let filesA = Runs.files(a), filesB = Runs.files(b)
        #expect(filesA.count > 150)
        #expect(filesA.keys.sorted() == filesB.keys.sorted())
        #expect(filesA.filter { filesB[$0.key] != $0.value }.map(\.key).isEmpty)
    }

    @Test func differentSeedsDifferentPatients() throws {
        let folder = try TemporaryDirectory()
        let a = Runs.files(try Runs.generate(50, seed: 1, in: folder, name: "a"))
        let b = Runs.files(try Runs.generate(50, seed: 2, in: folder, name: "b"))
        #expect(a["csv/patients.csv"] != b["csv/patients.csv"])
        #expect(a["csv/encounters.csv"] != b["csv/encounters.csv"])
    }
}

@Suite struct ShardMergeTests {
    @Test(arguments: [2, 3])
    func shardsMergedEqualTheUnshardedRun(count: Int) throws {
        let folder = try TemporaryDirectory()
        let formats = Set(SynthFormat.allCases)
        let whole = try Runs.generate(121, seed: 9, formats: formats, in: folder, name: "whole")
        let shards = try (1...count).map { try Runs.generate(121, seed: 9, formats: formats, shard: ($0, count), in: folder, name: "shard\($0)") }
        // Shards are disjoint slices.
        let ids = try shards.map { shard in
            try String(contentsOf: shard.appendingPathComponent("csv/patients.csv"), encoding: .utf8).split(separator: "\n").dropFirst().map { $0.prefix(36) }
        }
        #expect(Set(ids.flatMap { $0 }).count == 121)
        let merged = folder.url.appendingPathComponent("merged")
        _ = try SyntheticDataMerger(output: merged, shards: shards.reversed()).merge()
        let expected = Runs.files(whole), actual = Runs.files(merged)
        #expect(expected.keys.sorted() == actual.keys.sorted())
        #expect(expected.filter { actual[$0.key] != $0.value }.map(\.key).sorted().isEmpty)
    }

    @Test func mergeRefusesIncompleteOrMixedShards() throws {
        let folder = try TemporaryDirectory()
        let one = try Runs.generate(20, seed: 3, shard: (1, 2), in: folder, name: "s1")
        let other = try Runs.generate(20, seed: 4, shard: (2, 2), in: folder, name: "s2")
        #expect(throws: SynthError.self) { try SyntheticDataMerger(output: folder.url.appendingPathComponent("m1"), shards: [one]).merge() }
        #expect(throws: SynthError.self) { try SyntheticDataMerger(output: folder.url.appendingPathComponent("m2"), shards: [one, other]).merge() }
    }

    @Test func mergeRefusesAShardWithAnotherVersionsColumns() throws {
        let folder = try TemporaryDirectory()
        let one = try Runs.generate(20, seed: 3, shard: (1, 2), in: folder, name: "s1")
        let two = try Runs.generate(20, seed: 3, shard: (2, 2), in: folder, name: "s2")
        // The layout before conditions had a SYSTEM column.
        let conditions = two.appendingPathComponent("csv/conditions.csv")
        let old = try String(contentsOf: conditions, encoding: .utf8).split(separator: "\n").map { line in
            CSVFormat.line(CSVFormat.fields(line).enumerated().filter { $0.offset != 4 }.map(\.element))
        }.joined()
        try Data(old.utf8).write(to: conditions)
        let merged = folder.url.appendingPathComponent("merged")
        do {
            _ = try SyntheticDataMerger(output: merged, shards: [one, two]).merge()
            Issue.record("merge accepted a shard with other columns")
        } catch let error as SynthError {
            #expect(error.localizedDescription.contains("s2/csv/conditions.csv:1: its columns differ"))
        }
        #expect(!FileManager.default.fileExists(atPath: merged.appendingPathComponent("csv").path))
    }

    @Test func forceReplacesPhiguardsFilesAndKeepsTheUsers() throws {
        let folder = try TemporaryDirectory()
        let out = folder.url.appendingPathComponent("out")
        let mine = ["fhir/my-bundle.json": "{\"mine\": 1}\n", "csv/my-lookup.csv": "a,b\n", "notes.txt": "keep\n", "data.sql": "-- mine\n"]
        for (path, text) in mine {
            let url = out.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        func generate(_ patients: Int, _ formats: Set<SynthFormat>) throws {
            _ = try SyntheticDataGenerator(options: SynthOptions(patients: patients, seed: 1, output: out, formats: formats, force: true)).run()
        }
        try generate(4, [.csv, .fhir])
        let bundles = { (try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("fhir").path)).filter { $0 != "my-bundle.json" } }
        #expect(try bundles().count == 5)  // four patients and the reference data
        try generate(2, [.csv])
        #expect(try bundles().isEmpty, "the first run's bundles were left behind")
        for (path, text) in mine {
            #expect(FileManager.default.contents(atPath: out.appendingPathComponent(path).path) == Data(text.utf8), "\(path)")
        }
        #expect(try SyntheticDataVerifier(folder: out).verify().mismatches.isEmpty)
    }

    @Test func aStagingFolderLeftByAnEarlierRunIsNotCommitted() throws {
        let folder = try TemporaryDirectory()
        let out = folder.url.appendingPathComponent("out")
        let stale = out.appendingPathComponent(".phiguard-staging-\(getpid())/fhir/stale-patient.json")
        try FileManager.default.createDirectory(at: stale.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: stale)
        _ = try Runs.generate(5, seed: 1, formats: [.csv, .fhir], in: folder)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("fhir/stale-patient.json").path))
        #expect(try SyntheticDataVerifier(folder: out).verify().mismatches.isEmpty)
    }
}

@Suite struct AnswerTests {
    @Test func everyAnswerMatchesItsSQLInSQLite() throws {
        let folder = try TemporaryDirectory()
        let out = try Runs.generate(600, seed: 11, in: folder)
        let report = try SyntheticDataVerifier(folder: out).verify()
        #expect(report.answersChecked >= 25)
        #expect(report.mismatches.isEmpty, "\(report.mismatches)")
        // A tampered file is named.
        let answers = out.appendingPathComponent("csv/conditions.csv")
        var text = try String(contentsOf: answers, encoding: .utf8)
        text = text.replacingOccurrences(of: "E11.9", with: "X11.9")
        try Data(text.utf8).write(to: answers)
        let tampered = try SyntheticDataVerifier(folder: out).verify()
        #expect(tampered.mismatches.contains("csv/conditions.csv: SHA-256 differs from the manifest"))
        #expect(tampered.mismatches.contains { $0.hasPrefix("diabetes-count:") })
    }

    @Test func answersMatchTheSqlite3ShellImport() throws {
        guard (try? ProcessRunner.run("which", arguments: ["sqlite3"]))?.status == 0 else {
            #expect(ProcessInfo.processInfo.environment["PHIGUARD_REQUIRE_VALIDATORS"] != "1", "sqlite3 is missing")
            return
        }
        let folder = try TemporaryDirectory()
        let out = try Runs.generate(300, seed: 5, in: folder)
        var script = try String(contentsOf: out.appendingPathComponent("schema.sql"), encoding: .utf8)
        for table in SyntheaTables.all.map(\.name) { script += ".import --csv --skip 1 csv/\(table).csv \(table)\n" }
        // `.mode quote` prints each row as SQL literals; a marker row separates the queries.
        script += ".mode quote\n"
        let answers = try JSONParser.parse(String(contentsOf: out.appendingPathComponent("answers.json"), encoding: .utf8))
        let list = answers["answers"]?.arrayValue ?? []
        for answer in list { script += (answer["sql"]?.stringValue ?? "") + ";\nSELECT 'phiguard-end-of-query';\n" }
        let result = try ProcessRunner.run("sqlite3", arguments: [":memory:"], input: Data(script.utf8), in: out.path)
        #expect(result.status == 0, "\(String(decoding: result.standardError, as: UTF8.self))")
        let blocks = String(decoding: result.standardOutput, as: UTF8.self).components(separatedBy: "'phiguard-end-of-query'\n")
        var checked = 0
        for (answer, block) in zip(list, blocks) {
            let rows: [[JSONValue]] = block.split(separator: "\n").map { line in
                line.split(separator: ",", omittingEmptySubsequences: false).map { literal in
                    if literal == "NULL" { return .null }
                    if literal.hasPrefix("'") { return .string(String(literal.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")) }
                    return .number(String(literal))
                }
            }
            #expect(SyntheticDataVerifier.equal(rows, answer["answer"]?.arrayValue ?? []), "\(answer["id"]?.stringValue ?? "")")
            checked += 1
        }
        #expect(checked >= 25)
    }
}

@Suite struct IdentifierTests {
    @Test func ssnsAreUniqueAndNeverIssuable() throws {
        var seen = Set<String>()
        for index in 0..<10_000 {
            guard let ssn = SyntheticIdentifiers.ssn(index: index, seed: 77) else { Issue.record("no SSN for \(index)"); return }
            seen.insert(ssn)
            let digits = ssn.compactMap(\.wholeNumberValue)
            #expect(digits.first == 9)
            let group = digits[3] * 10 + digits[4]
            #expect(SyntheticIdentifiers.neverIssuedGroups.contains(group))
        }
        #expect(seen.count == 10_000)
        #expect(SyntheticIdentifiers.ssn(index: SyntheticIdentifiers.ssnCapacity, seed: 77) == nil)
        #expect(SyntheticIdentifiers.ssnCapacity == 37_000_000)
    }

    @Test func everyValueKindIsSilentToTheScanner() throws {
        let scanner = try Scanner(repository: Repository(root: URL(fileURLWithPath: "/nonexistent"), gitDirectory: nil), policy: .builtInDefault)
        let keywords: [SyntheticValues.Kind: String] = [.ssn: "ssn", .mrn: "mrn", .npi: "npi", .mbi: "medicare mbi",
                                                        .dea: "dea", .phone: "phone", .email: "email", .patientID: "patient id",
                                                        .healthPlanID: "member id", .claimNumber: "claim number",
                                                        .accountNumber: "account number", .licenseNumber: "driver's license number",
                                                        .deviceID: "implant serial number", .vin: "VIN",
                                                        .ipAddress: "patient portal login from IP", .url: "patient chart at"]
        for kind in SyntheticValues.Kind.allCases {
            let values = SyntheticValues.values(kind, count: 200, seed: 3)
            #expect(Set(values).count > 1)
            // The values themselves, and identifiers beside the keyword that gives them context.
            let text = values.joined(separator: "\n") + "\n" + values.map { "\(keywords[kind] ?? "value"): \($0)" }.joined(separator: "\n")
            let findings = try scanner.findings(in: Array(text.utf8), path: "-")
            #expect(findings.isEmpty, "\(kind.rawValue): \(findings.count) finding(s), rules \(Set(findings.map(\.rule)).sorted())")
        }
        #expect(SyntheticValues.values(.npi, count: 50, seed: 1).allSatisfy { ["8", "9"].contains($0.prefix(1)) })
        #expect(SyntheticValues.values(.mbi, count: 50, seed: 1).allSatisfy { Array($0)[1] == "S" })
        #expect(SyntheticValues.values(.dea, count: 50, seed: 1).allSatisfy { $0.hasPrefix("Z") })
        #expect(SyntheticValues.values(.phone, count: 50, seed: 1).allSatisfy { $0.contains("-555-01") })
    }

    @Test func placesAvoidSafeHarborZIP3s() {
        #expect(PeopleTables.places.allSatisfy { !PeopleTables.restrictedZIP3.contains(String($0.zip.prefix(3))) })
    }
}

@Suite struct OutputScanTests {
    @Test func theScannerFindsNothingInGeneratedFilesEvenWithoutTheManifest() throws {
        let folder = try TemporaryDirectory()
        let out = try Runs.generate(200, seed: 21, formats: [.csv, .ndjson, .fhir, .sql], in: folder)
        try FileManager.default.removeItem(at: out.appendingPathComponent("synthetic-manifest.json"))
        let repository = Repository(root: out, gitDirectory: nil)
        let result = try Scanner(repository: repository, policy: .builtInDefault).scan(ScanOptions(maxFileSize: 1 << 30))
        #expect(result.files > 200)
        #expect(result.findings.isEmpty, "\(result.findings.count) finding(s), rules \(Set(result.findings.map(\.rule)).sorted())")
    }
}

@Suite struct EdgeCaseTests {
    @Test func anEmptyRunVerifies() throws {
        let folder = try TemporaryDirectory()
        let out = try Runs.generate(0, seed: 7, in: folder)
        #expect(try SyntheticDataVerifier(folder: out).verify().mismatches.isEmpty)
    }

    @Test func impossibleShardsAreRefused() throws {
        let folder = try TemporaryDirectory()
        #expect(throws: SynthError.self) { try Runs.generate(10, seed: 1, shard: (300_000_000_000, 300_000_000_000), in: folder) }
        let shard = try Runs.generate(10, seed: 1, shard: (1, 1), in: folder, name: "s")
        let manifest = shard.appendingPathComponent("synthetic-manifest.json")
        let text = try String(contentsOf: manifest, encoding: .utf8).replacingOccurrences(of: "\"1/1\"", with: "\"1/0\"")
        try Data(text.utf8).write(to: manifest)
        #expect(throws: SynthError.self) { try SyntheticDataMerger(output: folder.url.appendingPathComponent("m"), shards: [shard]).merge() }
    }
}
