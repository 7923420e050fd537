import Dispatch
import Foundation
import JSONDocument
import RepoAccess

/// `phiguard synth generate`: streams patients into every requested format and writes the schema,
/// the validated answers and the manifest. Output is byte-identical for the same arguments.
public struct SyntheticDataGenerator {
    public let options: SynthOptions

    public init(options: SynthOptions) {
        self.options = options
    }

    /// What a run wrote.
    public struct Summary: Sendable {
        public var patients: Int
        public var files: [String]
        public var seconds: Double
    }

    public func run(progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> Summary {
        let started = Date()
        let reference = try validate()
        let staging = try OutputFolder.stage(options.output, force: options.force)
        do {
            let referenceData = ReferenceData(seed: options.seed)
            let generator = PatientGenerator(seed: options.seed, reference: reference, mrnPrefix: options.mrnPrefix, referenceData: referenceData)
            var tally = Tally()
            try writePatients(generator, referenceData, staging, &tally, progress)
            try ReferenceTableWriter(referenceData: referenceData).write(into: staging, tally: tally)
            let files = try OutputFinisher(options: options, reference: reference).finish(staging, tally: tally)
            try OutputFolder.commit(staging, into: options.output)
            return Summary(patients: tally["patients"], files: files, seconds: Date().timeIntervalSince(started))
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }

    private func validate() throws -> CivilDate {
        guard options.patients >= 0 else { throw SynthError.badArgument("--patients must be 0 or more (got \(options.patients)).") }
        guard options.patients <= SyntheticIdentifiers.ssnCapacity else {
            throw SynthError.tooManyPatients(requested: options.patients, capacity: SyntheticIdentifiers.ssnCapacity)
        }
        guard let reference = CivilDate(iso: options.referenceDate), (1950...2200).contains(reference.year) else {
            throw SynthError.badArgument("--reference-date \(options.referenceDate): expected a date YYYY-MM-DD between 1950 and 2200.")
        }
        if let shard = options.shard, shard.count < 1 || shard.count > 1_000_000 || !(1...shard.count).contains(shard.index) {
            throw SynthError.badArgument("--shard \(shard.index)/\(shard.count): N must be between 1 and 1,000,000 and I between 1 and N.")
        }
        return reference
    }

    private func writePatients(
        _ generator: PatientGenerator, _ referenceData: ReferenceData, _ staging: URL, _ tally: inout Tally,
        _ progress: (@Sendable (Int, Int) -> Void)?
    ) throws {
        let csv = try SyntheaTables.patientTables.map { table -> BufferedFile in
            let file = try BufferedFile(staging.appendingPathComponent("csv/\(table.name).csv"))
            try file.write(CSVFormat.line(table.columns.map(\.0)))
            return file
        }
        let fhir = try FHIRWriter(folder: staging, ndjson: options.formats.contains(.ndjson), bundles: options.formats.contains(.fhir),
                                  referenceData: referenceData)
        let renderer = RowRenderer(referenceData: referenceData)
        let answers = AnswerBook(reference: generator.reference)
        let range = options.range
        let chunk = 512
        for start in stride(from: range.lowerBound, to: range.upperBound, by: chunk) {
            let indices = start..<min(start + chunk, range.upperBound)
            for (record, rows, resources) in Self.generate(indices, generator, renderer, fhir.formats) {
                for (file, bytes) in zip(csv, rows) { try file.write(bytes) }
                try fhir.write(resources, patient: record.person.id)
                answers.accumulate(record, into: &tally)
                ReferenceTableWriter.accumulate(record, renderer: renderer, into: &tally)
            }
            progress?(indices.upperBound - range.lowerBound, range.count)
        }
        try csv.forEach { try $0.close() }
        try fhir.close()
    }

    /// Generates a chunk of patients on every core; the result is in index order whatever the scheduling.
    /// Generates and renders a chunk of patients on every core; the result is in index order whatever the scheduling.
    static func generate(_ indices: Range<Int>, _ generator: PatientGenerator, _ renderer: RowRenderer,
                         _ fhir: (ndjson: Bool, bundles: Bool)) -> [Rendered] {
        let results = UnsafeResults(count: indices.count)
        DispatchQueue.concurrentPerform(iterations: indices.count) { offset in
            results.set(offset, generator.patient(indices.lowerBound + offset).map { record in
                (record, renderer.rows(record),
                 FHIRWriter.render(record, referenceData: renderer.referenceData, ndjson: fhir.ndjson, bundles: fhir.bundles))
            })
        }
        return results.values.compactMap { $0 }
    }

    /// A generated patient with its CSV bytes per table and its FHIR output.
    typealias Rendered = (PatientRecord, [[UInt8]], FHIRWriter.Rendered)
}

/// Slots written by `concurrentPerform` workers, each slot by exactly one of them.
private final class UnsafeResults: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [SyntheticDataGenerator.Rendered?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: SyntheticDataGenerator.Rendered?) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }
}
