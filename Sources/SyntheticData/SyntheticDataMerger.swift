import Foundation
import JSONDocument

/// `phiguard synth merge OUT DIR…`: joins the shards of one run into exactly what the unsharded run writes.
public struct SyntheticDataMerger {
    public let output: URL
    public let shards: [URL]
    public let force: Bool
    public let generatorVersion: String

    public init(output: URL, shards: [URL], force: Bool = false, generatorVersion: String = "0.1.0") {
        self.output = output
        self.shards = shards
        self.force = force
        self.generatorVersion = generatorVersion
    }

    private struct Shard {
        var folder: URL
        var index: Int
        var count: Int
        var arguments: JSONValue
        var tally: Tally
    }

    public func merge() throws -> SyntheticDataGenerator.Summary {
        let started = Date()
        let parts = try shards.map(read).sorted { $0.index < $1.index }
        guard let first = parts.first else { throw SynthError.badArgument("synth merge needs at least one shard folder.") }
        guard parts.map(\.index) == Array(1...first.count), parts.allSatisfy({ $0.count == first.count }) else {
            throw SynthError.mismatchedShards("the folders hold shards \(parts.map { "\($0.index)/\($0.count)" }.joined(separator: ", ")); pass every shard 1/\(first.count)…\(first.count)/\(first.count) of one run, once each.")
        }
        for part in parts where !Self.sameRun(part.arguments, first.arguments) {
            throw SynthError.mismatchedShards("\(part.folder.path) comes from a different run (its seed, patient count, reference date, formats or MRN prefix differ).")
        }
        let options = try Self.options(from: first.arguments, output: output, force: force, version: generatorVersion)
        guard let reference = CivilDate(iso: options.referenceDate) else { throw SynthError.badArgument("the shards' reference date is not a date") }
        let staging = try OutputFolder.stage(output, force: force)
        do {
            var tally = Tally()
            for part in parts { tally.merge(part.tally) }
            var digests = try concatenate(parts, into: staging, formats: options.formats)
            try ReferenceTableWriter(referenceData: ReferenceData(seed: options.seed)).write(into: staging, tally: tally, digests: &digests)
            let files = try OutputFinisher(options: options, reference: reference).finish(staging, tally: tally, digests: digests)
            try OutputFolder.commit(staging, into: output)
            return .init(patients: tally["patients"], files: files, seconds: Date().timeIntervalSince(started))
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }

    private func read(_ folder: URL) throws -> Shard {
        func json(_ name: String) throws -> JSONValue {
            try OutputFolder.readJSON(folder.appendingPathComponent(name), hint: "pass folders written by `phiguard synth generate --shard I/N`")
        }
        let manifest = try json(Manifest.fileName), answers = try json("answers.json")
        guard let arguments = manifest["arguments"], let label = arguments["shard"]?.stringValue,
              let slash = label.firstIndex(of: "/"), let index = Int(label[..<slash]), let count = Int(label[label.index(after: slash)...]),
              count >= 1, (1...count).contains(index)
        else { throw SynthError.mismatchedShards("\(folder.path) is not a shard (its manifest has no valid `shard` I/N).") }
        var tally = Tally()
        for member in answers["partials"]?.objectValue?.members ?? [] { tally.add(member.key, member.value.intValue ?? 0) }
        return Shard(folder: folder, index: index, count: count, arguments: arguments, tally: tally)
    }

    private static func sameRun(_ a: JSONValue, _ b: JSONValue) -> Bool {
        ["patients", "seed", "referenceDate", "formats", "mrnPrefix"].allSatisfy { a[$0] == b[$0] }
    }

    private static func options(from arguments: JSONValue, output: URL, force: Bool, version: String) throws -> SynthOptions {
        guard let patients = arguments["patients"]?.intValue, case let .number(seedText)? = arguments["seed"], let seed = UInt64(seedText),
              let reference = arguments["referenceDate"]?.stringValue
        else { throw SynthError.mismatchedShards("the shards' manifest arguments are incomplete") }
        let formats = Set((arguments["formats"]?.arrayValue ?? []).compactMap { $0.stringValue.flatMap(SynthFormat.init) })
        var options = SynthOptions(patients: patients, seed: seed, output: output, referenceDate: reference, formats: formats,
                                   force: force, mrnPrefix: arguments["mrnPrefix"]?.stringValue ?? "SYN")
        options.generatorVersion = version
        return options
    }

    /// Concatenates the shards' patient files; returns the digests of the files it wrote.
    private func concatenate(_ parts: [Shard], into staging: URL, formats: Set<SynthFormat>) throws -> FileDigests {
        let manager = FileManager.default
        var digests = FileDigests()
        for table in SyntheaTables.patientTables {
            let file = try BufferedFile(staging.appendingPathComponent("csv/\(table.name).csv"))
            let header = table.header
            try file.write(header)
            let expected = Array(header.utf8.dropLast())
            for part in parts {
                var header = true
                let source = part.folder.appendingPathComponent("csv/\(table.name).csv")
                try CSVLines.forEachLine(source) { line in
                    if header {
                        header = false
                        // Rows are copied as they are: a shard with other columns (another phiguard version) would shift them.
                        guard line.elementsEqual(expected) else {
                            throw SynthError.mismatchedShards("\(source.path):1: its columns differ from this version's; "
                                + "regenerate every shard with this phiguard before merging.")
                        }
                        return
                    }
                    if !line.isEmpty { try file.writeLine(line) }
                }
            }
            digests.add(try file.close())
        }
        if formats.contains(.ndjson) {
            try manager.createDirectory(at: staging.appendingPathComponent("ndjson"), withIntermediateDirectories: true)
            for type in FHIRWriter.resourceTypes + ["Organization", "Practitioner"] {
                let file = try BufferedFile(staging.appendingPathComponent("ndjson/\(type).ndjson"))
                // Reference resources are the same in every shard: take them once.
                for part in ["Organization", "Practitioner"].contains(type) ? [parts[0]] : parts {
                    try CSVLines.forEachLine(part.folder.appendingPathComponent("ndjson/\(type).ndjson")) { line in
                        if !line.isEmpty { try file.writeLine(line) }
                    }
                }
                digests.add(try file.close())
            }
        }
        if formats.contains(.fhir) {
            try manager.createDirectory(at: staging.appendingPathComponent("fhir"), withIntermediateDirectories: true)
            for part in parts {
                for name in try manager.contentsOfDirectory(atPath: part.folder.appendingPathComponent("fhir").path).sorted() {
                    let target = staging.appendingPathComponent("fhir/\(name)")
                    if manager.fileExists(atPath: target.path) { continue }
                    try manager.copyItem(at: part.folder.appendingPathComponent("fhir/\(name)"), to: target)
                }
            }
        }
        return digests
    }
}
