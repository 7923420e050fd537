import Foundation
import PolicyModel
import RepoAccess
@testable import Scanning
import Testing

/// The scanner against the labeled corpus: every planted true value found, no decoy reported.
@Suite struct PrecisionRecallTests {
    struct Score {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    }

    /// Scores every file of a corpus; returns the totals and the per-kind figures.
    static func score(_ corpus: LabeledCorpus) throws -> (total: Score, byKind: [String: Score], misses: [String]) {
        let scanner = try Scanner(repository: Repository(root: URL(fileURLWithPath: "/nonexistent"), gitDirectory: nil),
                                  policy: Policy.builtInDefault)
        var total = Score(), byKind: [String: Score] = [:], misses: [String] = []
        for file in corpus.files {
            let bytes = Array(file.text.utf8)
            let findings = try scanner.findings(in: bytes, path: file.path)
            let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 10 }.map { $0 + 1 }
            let offsets = findings.map { lineStarts[$0.line - 1] + $0.column - 1 }
            var matched = Set<Int>()
            for plant in file.plants {
                guard let kind = plant.kind else { continue }
                let ranges = occurrences(of: plant.value, in: bytes)
                if let index = findings.indices.first(where: { i in
                    findings[i].kind.name == kind && ranges.contains { $0.contains(offsets[i]) }
                }) {
                    matched.insert(index)
                    total.truePositives += 1
                    byKind[kind, default: Score()].truePositives += 1
                } else {
                    total.falseNegatives += 1
                    byKind[kind, default: Score()].falseNegatives += 1
                    misses.append("missed \(kind) in \(file.path)")
                }
            }
            for (index, finding) in findings.enumerated() where !matched.contains(index) {
                // Another finding on the same planted value (e.g. an ITIN also read as a tax id) is not a false alarm.
                let onTruePlant = file.plants.contains { plant in
                    plant.kind == finding.kind.name && occurrences(of: plant.value, in: bytes).contains { $0.contains(offsets[index]) }
                }
                if onTruePlant { continue }
                total.falsePositives += 1
                byKind[finding.kind.name, default: Score()].falsePositives += 1
                misses.append("false \(finding.kind.name) (\(finding.rule)) at \(file.path):\(finding.line):\(finding.column)")
            }
        }
        return (total, byKind, misses)
    }

    static func occurrences(of value: String, in bytes: [UInt8]) -> [Range<Int>] {
        let needle = Array(value.utf8)
        guard !needle.isEmpty, bytes.count >= needle.count else { return [] }
        return (0...(bytes.count - needle.count)).filter { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
            .map { $0..<($0 + needle.count) }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func precisionAndRecallReachTheBar(seed: UInt64) throws {
        let corpus = LabeledCorpus(seed: seed, rounds: 40)
        let (total, byKind, misses) = try Self.score(corpus)
        let report = byKind.keys.sorted().map { kind in
            let score = byKind[kind] ?? Score()
            return "\(kind): TP \(score.truePositives) FP \(score.falsePositives) FN \(score.falseNegatives) "
                + String(format: "P %.3f R %.3f", score.precision, score.recall)
        }.joined(separator: "\n")
        print("seed \(seed): " + String(format: "precision %.4f recall %.4f", total.precision, total.recall) + "\n" + report)
        // Every kind SPEC lists is planted.
        let planted = Set(corpus.files.flatMap { $0.plants.compactMap(\.kind) })
        #expect(planted.isSuperset(of: FindingKind.builtIn.map(\.name)), "kinds not planted: \(Set(FindingKind.builtIn.map(\.name)).subtracting(planted))")
        #expect(total.precision >= 0.99, "\(misses.prefix(20).joined(separator: "\n"))")
        #expect(total.recall >= 0.99, "\(misses.prefix(20).joined(separator: "\n"))")
        // The bar: every kind with ten labels or more at 0.99 precision and recall.
        for (kind, score) in byKind where score.truePositives + score.falseNegatives >= 10 {
            let where_ = misses.filter { $0.contains(" \(kind) ") || $0.contains(" \(kind) (") }.prefix(5).joined(separator: "; ")
            #expect(score.recall >= 0.99 && score.precision >= 0.99, "\(kind): \(score) \(where_)")
        }
    }

    @Test func noPlantedValueAppearsInAnyOutput() throws {
        let corpus = LabeledCorpus(seed: 7, rounds: 5)
        let scanner = try Scanner(repository: Repository(root: URL(fileURLWithPath: "/nonexistent"), gitDirectory: nil),
                                  policy: Policy.builtInDefault)
        var findings: [Finding] = []
        for file in corpus.files { findings += try scanner.findings(in: Array(file.text.utf8), path: file.path) }
        #expect(findings.count > 100)
        let result = ScanResult(findings: findings, baselined: [], skipped: [], syntheticFiles: 0, files: corpus.files.count,
                                bytes: 0, seconds: 0)
        let outputs = [ScanReport.text(result, color: false), ScanReport.json(result), ScanReport.sarif(result, version: "test")]
        // Egress plants are SDK and host names, not values to hide.
        let values = corpus.files.flatMap {
            $0.plants.filter { $0.kind != nil && $0.kind != "ai-endpoint" && $0.kind != "banned-package" && $0.value.count >= 6 }.map(\.value)
        }
        #expect(values.count > 100)
        for output in outputs {
            // Count, never list: the values stand in for real PHI, and a failure message must not print them.
            let leakedCount: Int = values.reduce(0) { $0 + (output.contains($1) ? 1 : 0) }
            #expect(leakedCount == 0)
        }
    }
}
