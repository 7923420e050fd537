import ArgumentParser
import Foundation
import PolicyLoading
import PolicyModel
import RepoAccess
import SyntheticData

extension Phiguard {
    struct Synth: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "synth",
            abstract: "Generate deterministic synthetic patients with validated answers; verify and merge them.",
            subcommands: [Generate.self, Verify.self, Merge.self, Value.self])
    }
}

extension Phiguard.Synth {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate",
            abstract: "Write synthetic patients (CSV, FHIR, SQLite) with answers.json and a manifest.")

        @Option(help: "How many patients (the whole run, before sharding).") var patients: Int
        @Option(help: "The seed: the same seed and arguments give byte-identical files.") var seed: UInt64
        @Option(help: ArgumentHelp("The output folder (created; must be empty unless --force).", valueName: "dir")) var out: String
        @Option(help: ArgumentHelp("Records end at this date.", valueName: "YYYY-MM-DD")) var referenceDate = SynthOptions.defaultReferenceDate
        @Option(help: ArgumentHelp("Comma-separated: csv, ndjson, fhir, sqlite, sql (csv is always written).", valueName: "list"))
        var formats = "csv"
        @Option(help: ArgumentHelp("Write only slice I of N (1 ≤ I ≤ N); merge the slices with `synth merge`.", valueName: "I/N"))
        var shard: String?
        @Flag(help: "Replace phiguard's files in a folder that is not empty.") var force = false
        @Flag(help: "No progress on stderr.") var quiet = false

        func run() throws {
            try runCommand {
                let options = try makeOptions()
                let showProgress = !quiet && isatty(STDERR_FILENO) == 1
                let report: @Sendable (Int, Int) -> Void = { done, total in
                    FileHandle.standardError.write(Data("\rphiguard synth: \(done)/\(total) patients".utf8))
                }
                let summary = try SyntheticDataGenerator(options: options).run(progress: showProgress ? report : nil)
                if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
                if !quiet {
                    Diagnostics.print("phiguard synth: wrote \(summary.patients) patients, \(summary.files.count) files to \(out) in "
                                      + String(format: "%.1f", summary.seconds) + " s")
                }
            }
        }

        private func makeOptions() throws -> SynthOptions {
            var chosen = Set<SynthFormat>()
            for name in formats.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !name.isEmpty {
                guard let format = SynthFormat(rawValue: name) else {
                    throw SynthError.badArgument("--formats: unknown format '\(name)'. Valid formats: \(SynthFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
                }
                chosen.insert(format)
            }
            var shardValue: (Int, Int)?
            if let shard {
                let parts = shard.split(separator: "/").compactMap { Int($0) }
                guard parts.count == 2, parts[1] >= 1, (1...parts[1]).contains(parts[0]) else {
                    throw SynthError.badArgument("--shard \(shard): expected I/N with 1 ≤ I ≤ N, e.g. 2/8.")
                }
                shardValue = (parts[0], parts[1])
            }
            let policy = try PolicyLoader.load(repository: try Repository.locate(nil)).policy
            var options = SynthOptions(
                patients: patients, seed: seed, output: URL(fileURLWithPath: out).standardizedFileURL, referenceDate: referenceDate,
                formats: chosen, shard: shardValue, force: force, mrnPrefix: policy.synthetic.mrnPrefix)
            options.generatorVersion = PhiguardVersion.current
            return options
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Run every answer's SQL in SQLite and check the manifest hashes; exit 1 on any mismatch.")

        @Argument(help: "A folder written by `synth generate` or `synth merge`.") var dir: String

        func run() throws {
            try runCommand {
                let report = try SyntheticDataVerifier(folder: URL(fileURLWithPath: dir)).verify()
                for mismatch in report.mismatches { try writeOutput("mismatch: \(mismatch)\n") }
                try writeOutput("phiguard synth verify: \(report.answersChecked) answers, \(report.filesChecked) files; "
                            + (report.mismatches.isEmpty ? "all match\n" : "\(report.mismatches.count) mismatch(es)\n"))
                if !report.mismatches.isEmpty { throw ExitCode(1) }
            }
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Combine the shard folders of one run into one, equal to the unsharded run.")

        @Argument(help: "The merged output folder.") var out: String
        @Argument(help: "The shard folders.") var dirs: [String]
        @Flag(help: "Replace phiguard's files in an output folder that is not empty.") var force = false

        func run() throws {
            try runCommand {
                let summary = try SyntheticDataMerger(
                    output: URL(fileURLWithPath: out).standardizedFileURL, shards: dirs.map { URL(fileURLWithPath: $0) }, force: force,
                    generatorVersion: PhiguardVersion.current).merge()
                Diagnostics.print("phiguard synth merge: \(summary.patients) patients from \(dirs.count) shards into \(out)")
            }
        }
    }

    struct Value: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "value",
            abstract: "Print clearly synthetic values for fixtures: name, ssn, mrn, npi, mbi, dea, phone, email, address, dob, icd10, loinc, rxnorm, patient-id, health-plan-id, claim-number, account-number, license-number, device-id, vin, ip-address, url.")

        @Argument(help: "The kind of value.") var kind: SyntheticValues.Kind
        @Option(help: "How many values.") var count = 1
        @Option(help: "The seed.") var seed: UInt64 = 1

        func validate() throws {
            if count < 0 { throw ValidationError("--count must be 0 or more.") }
        }

        func run() throws {
            try runCommand {
                let policy = try PolicyLoader.load(repository: try Repository.locate(nil)).policy
                let values = SyntheticValues.values(kind, count: count, seed: seed, mrnPrefix: policy.synthetic.mrnPrefix)
                try writeOutput(values.map { $0 + "\n" }.joined())
            }
        }
    }
}

extension SyntheticValues.Kind: ExpressibleByArgument {}
