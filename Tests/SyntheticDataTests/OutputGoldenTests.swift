import Foundation
@testable import SyntheticData
import TestSupport
import Testing

/// A small run's answers and patient table, byte for byte: any change to the generator shows as a
/// reviewable diff (re-record with `PHIGUARD_RECORD_GOLDEN=1`).
@Suite struct SynthGoldenTests {
    @Test func answersAndPatientsOfASmallRun() throws {
        let folder = try TemporaryDirectory()
        let out = try Runs.generate(12, seed: 1, in: folder)
        for name in ["answers.json", "csv/patients.csv", "csv/conditions.csv", "synthetic-manifest.json"] {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            let mismatch = GoldenFile.mismatch(text, named: "seed1-12/\(name)")
            #expect(mismatch == nil, "\(mismatch ?? "")")
        }
    }
}
