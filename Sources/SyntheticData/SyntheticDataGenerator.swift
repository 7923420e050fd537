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
            var digests = try writePatients(generator, referenceData, staging, &tally, progress)
            try ReferenceTableWriter(referenceData: referenceData).write(into: staging, tally: tally, digests: &digests)
            let files = try OutputFinisher(options: options, reference: reference).finish(staging, tally: tally, digests: digests)
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
    ) throws -> FileDigests {
        let csv = try SyntheaTables.patientTables.map { table -> BufferedFile in
            let file = try BufferedFile(staging.appendingPathComponent("csv/\(table.name).csv"))
            try file.write(table.header)
            return file
        }
        let fhir = try FHIRWriter(folder: staging, ndjson: options.formats.contains(.ndjson), bundles: options.formats.contains(.fhir),
                                  referenceData: referenceData)
        let work = SliceWork(generator: generator, renderer: RowRenderer(referenceData: referenceData),
                             answers: AnswerBook(reference: generator.reference), fhir: fhir.formats)
        let range = options.range
        let size = fhir.formats.ndjson || fhir.formats.bundles ? Self.chunk / 4 : Self.chunk
        let chunks = stride(from: range.lowerBound, to: range.upperBound, by: size).map { $0..<min($0 + size, range.upperBound) }
        // The next chunk is generated on the other cores while this one is written.
        var pending = chunks.first.map { first in BackgroundValue { work.generate(first) } }
        for (position, indices) in chunks.enumerated() {
            guard let current = pending else { break }
            let slices = try current.value()
            pending = position + 1 < chunks.count ? { let next = chunks[position + 1]; return BackgroundValue { work.generate(next) } }() : nil
            for slice in slices {
                for (file, table) in zip(csv, slice.tables) { try file.write(table.bytes) }
                for (patient, resources) in slice.fhir { try fhir.write(resources, patient: patient) }
                tally.merge(slice.tally)
            }
            progress?(indices.upperBound - range.lowerBound, range.count)
        }
        var digests = try fhir.close()
        for file in csv { digests.add(try file.close()) }
        return digests
    }

    /// Patients per chunk (a quarter of it with FHIR, whose output is larger): two chunks are in
    /// memory at once, one being written and the next being generated.
    static let chunk = 512
}

/// Generates, renders and tallies slices of a chunk on every core.
private struct SliceWork: Sendable {
    let generator: PatientGenerator
    let renderer: RowRenderer
    let answers: AnswerBook
    let fhir: (ndjson: Bool, bundles: Bool)

    /// Patients per slice: a slice's tally is merged once, not once per patient.
    static let size = 16

    /// One slice's CSV bytes per table, FHIR output per patient and tally.
    struct Slice: Sendable {
        var tables: [CSVLineWriter]
        var fhir: [(String, FHIRWriter.Rendered)] = []
        var tally = Tally()
    }

    /// The chunk's slices, in index order whatever the scheduling.
    func generate(_ indices: Range<Int>) -> [Slice] {
        let starts = Array(stride(from: indices.lowerBound, to: indices.upperBound, by: Self.size))
        let results = UnsafeSlots<Slice>(count: starts.count)
        DispatchQueue.concurrentPerform(iterations: starts.count) { position in
            let start = starts[position]
            results.set(position, slice(start..<min(start + Self.size, indices.upperBound)))
        }
        return results.values.compactMap { $0 }
    }

    private func slice(_ indices: Range<Int>) -> Slice {
        // Room for a typical slice, so the buffers rarely grow (patients, encounters, ... procedures).
        let bytesPerPatient = [300, 5_200, 200, 250, 12_500, 1_100, 50, 1_300]
        var slice = Slice(tables: bytesPerPatient.map { CSVLineWriter(capacity: $0 * indices.count) })
        for index in indices {
            guard let record = generator.patient(index) else { continue }
            renderer.append(record, to: &slice.tables)
            if fhir.ndjson || fhir.bundles {
                slice.fhir.append((record.person.id, FHIRWriter.render(record, referenceData: renderer.referenceData,
                                                                       ndjson: fhir.ndjson, bundles: fhir.bundles)))
            }
            answers.accumulate(record, into: &slice.tally)
            ReferenceTableWriter.accumulate(record, renderer: renderer, into: &slice.tally)
        }
        return slice
    }
}

/// Slots written by `concurrentPerform` workers, each slot by exactly one of them.
private final class UnsafeSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Value?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }
}
