import Foundation
import JSONDocument
import RepoAccess
import TestSupport
import Testing

/// `phiguard synth` through the binary: every format, FHIR checked by an independent validator,
/// verify and merge exit codes, and the errors a user can make.
@Suite struct SynthCommandTests {
    @Test func generateVerifyAndValidateFHIRIndependently() throws {
        let folder = try TemporaryDirectory()
        let out = folder.url.appendingPathComponent("data").path
        let generate = try PhiguardBinary.run(["synth", "generate", "--patients", "60", "--seed", "4", "--out", out,
                                               "--formats", "csv,ndjson,fhir,sqlite,sql"], in: folder.path)
        #expect(generate.status == 0, "\(generate.stderr)")
        #expect(generate.stderr.contains("wrote 60 patients"))
        let verify = try PhiguardBinary.run(["synth", "verify", out], in: folder.path)
        #expect(verify.status == 0, "\(verify.stdout)")
        #expect(verify.stdout.contains("all match"))
        let bundles = try FileManager.default.contentsOfDirectory(atPath: out + "/fhir").filter { $0.hasSuffix(".json") }
        #expect(bundles.count == 61)  // one per patient, and the organizations and practitioners they refer to
        guard let python = testPython else {
            #expect(!validatorsRequired, "the test venv is missing: run Scripts/run-tests.sh")
            return
        }
        let script = """
            import glob, json, sys
            import fhir.resources
            from fhir.resources import construct_fhir_element
            from fhir.resources.bundle import Bundle
            assert fhir.resources.__fhir_version__ == "4.0.1", fhir.resources.__fhir_version__
            out = sys.argv[1]
            bundles = sorted(glob.glob(out + "/fhir/*.json"))
            for path in bundles:
                bundle = Bundle.parse_file(path)
                assert bundle.type == "transaction", path
            resources = 0
            for path in sorted(glob.glob(out + "/ndjson/*.ndjson")):
                kind = path.rsplit("/", 1)[1].split(".")[0]
                for line in open(path):
                    construct_fhir_element(kind, json.loads(line)); resources += 1
            print(len(bundles), resources)
            """
        let check = try ProcessRunner.run(python, arguments: ["-c", script, out])
        #expect(check.status == 0, "\(String(decoding: check.standardError, as: UTF8.self).suffix(2000))")
        let counts = String(decoding: check.standardOutput, as: UTF8.self).split(separator: " ").compactMap { Int(String($0).trimmed) }
        #expect(counts.first == 61)
        #expect((counts.last ?? 0) > 1000)
    }

    @Test func shardsAndMergeThroughTheBinary() throws {
        let folder = try TemporaryDirectory()
        for index in 1...2 {
            let run = try PhiguardBinary.run(["synth", "generate", "--patients", "40", "--seed", "8", "--shard", "\(index)/2",
                                              "--out", "s\(index)", "--quiet"], in: folder.path)
            #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
        }
        #expect(try PhiguardBinary.run(["synth", "merge", "merged", "s1", "s2"], in: folder.path).status == 0)
        #expect(try PhiguardBinary.run(["synth", "generate", "--patients", "40", "--seed", "8", "--out", "whole", "--quiet"], in: folder.path).status == 0)
        let merged = try String(contentsOf: folder.url.appendingPathComponent("merged/synthetic-manifest.json"), encoding: .utf8)
        let whole = try String(contentsOf: folder.url.appendingPathComponent("whole/synthetic-manifest.json"), encoding: .utf8)
        #expect(merged == whole)
        #expect(try PhiguardBinary.run(["synth", "verify", "merged"], in: folder.path).status == 0)
    }

    @Test func badArgumentsAreClearErrorsAndWriteNothing() throws {
        let folder = try TemporaryDirectory()
        let negative = try PhiguardBinary.run(["synth", "generate", "--patients=-5", "--seed", "1", "--out", "x"], in: folder.path)
        #expect(negative.status == 2)
        #expect(negative.stderr.contains("--patients must be 0 or more"))
        let format = try PhiguardBinary.run(["synth", "generate", "--patients", "5", "--seed", "1", "--out", "x", "--formats", "csv,parquet"], in: folder.path)
        #expect(format.status == 2)
        #expect(format.stderr.contains("unknown format 'parquet'"))
        let shard = try PhiguardBinary.run(["synth", "generate", "--patients", "5", "--seed", "1", "--out", "x", "--shard", "3/2"], in: folder.path)
        #expect(shard.status == 2)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("x").path))
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("busy"), withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: folder.url.appendingPathComponent("busy/notes.txt"))
        let busy = try PhiguardBinary.run(["synth", "generate", "--patients", "5", "--seed", "1", "--out", "busy"], in: folder.path)
        #expect(busy.status == 2)
        #expect(busy.stderr.contains("not empty"))
        let forced = try PhiguardBinary.run(["synth", "generate", "--patients", "5", "--seed", "1", "--out", "busy", "--force", "--quiet"], in: folder.path)
        #expect(forced.status == 0)
        #expect((try? String(contentsOf: folder.url.appendingPathComponent("busy/notes.txt"), encoding: .utf8)) == "mine\n")
        let missing = try PhiguardBinary.run(["synth", "verify", "nowhere"], in: folder.path)
        #expect(missing.status == 2)
        try Data("tampered\n".utf8).write(to: folder.url.appendingPathComponent("busy/csv/payers.csv"))
        let tampered = try PhiguardBinary.run(["synth", "verify", "busy"], in: folder.path)
        #expect(tampered.status == 1)
        #expect(tampered.stdout.contains("csv/payers.csv: SHA-256 differs from the manifest"))
    }

    @Test func valuesAreDeterministicAndSilent() throws {
        let folder = try TemporaryDirectory()
        let first = try PhiguardBinary.run(["synth", "value", "ssn", "--count", "5", "--seed", "3"], in: folder.path)
        let again = try PhiguardBinary.run(["synth", "value", "ssn", "--count", "5", "--seed", "3"], in: folder.path)
        #expect(first.status == 0 && first.stdout == again.stdout)
        #expect(first.stdout.split(separator: "\n").count == 5)
        let scan = try PhiguardBinary.run(["scan", "--stdin"], in: folder.path, input: "ssn " + first.stdout.replacingOccurrences(of: "\n", with: "\nssn "))
        #expect(scan.status == 0, "\(scan.stdout.count)")
        #expect(try PhiguardBinary.run(["synth", "value", "passport"], in: folder.path).status == 64)
    }
}
