import Foundation

/// The output formats `synth generate` writes besides the always-written schema, answers and manifest.
public enum SynthFormat: String, Sendable, CaseIterable {
    case csv, ndjson, fhir, sqlite, sql
}

/// What to generate.
public struct SynthOptions: Sendable {
    public var patients: Int
    public var seed: UInt64
    public var output: URL
    /// `YYYY-MM-DD`; records end there.
    public var referenceDate: String
    public var formats: Set<SynthFormat>
    /// `(index, count)` with 1 ≤ index ≤ count, for `--shard I/N`.
    public var shard: (index: Int, count: Int)?
    public var force: Bool
    /// The policy's `synthetic.mrnPrefix`.
    public var mrnPrefix: String
    /// The phiguard version recorded in the manifest.
    public var generatorVersion: String = "0.1.0"

    public static let defaultReferenceDate = "2026-01-01"

    public init(patients: Int, seed: UInt64, output: URL, referenceDate: String = SynthOptions.defaultReferenceDate,
                formats: Set<SynthFormat> = [.csv], shard: (index: Int, count: Int)? = nil, force: Bool = false, mrnPrefix: String = "SYN") {
        self.patients = patients
        self.seed = seed
        self.output = output
        self.referenceDate = referenceDate
        self.formats = formats
        self.shard = shard
        self.force = force
        self.mrnPrefix = mrnPrefix
    }

    /// The patient indices this run (or shard) writes: a contiguous slice, so shards concatenate in order.
    var range: Range<Int> {
        guard let shard else { return 0..<patients }
        return (patients * (shard.index - 1) / shard.count)..<(patients * shard.index / shard.count)
    }

    var shardLabel: String? { shard.map { "\($0.index)/\($0.count)" } }
}

/// Why synthetic data could not be generated, verified or merged.
public enum SynthError: LocalizedError, Equatable {
    case badArgument(String)
    case outputNotEmpty(String)
    case tooManyPatients(requested: Int, capacity: Int)
    case unreadable(path: String, reason: String)
    case mismatchedShards(String)
    case database(String)

    public var errorDescription: String? {
        switch self {
        case let .badArgument(message): message
        case let .outputNotEmpty(path):
            "\(path) is not empty. Choose an empty or new folder, or pass --force to replace phiguard's files in it."
        case let .tooManyPatients(requested, capacity):
            "--patients \(requested): synthetic SSNs come from the never-issued 9xx space outside the IRS ranges, which holds \(capacity) unique numbers. Generate at most \(capacity) patients per seed."
        case let .unreadable(path, reason): "\(path): \(reason)"
        case let .mismatchedShards(message): message
        case let .database(message): "SQLite: \(message)"
        }
    }
}
