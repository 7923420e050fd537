import Foundation
@testable import Scanning
import Testing

/// The labelled code corpus written to disk, for the benchmark that runs phiguard and its peers on it
/// (`Benchmarks/detection/code-corpus.sh` sets `PHIGUARD_EXPORT_CORPUS` to the folder to fill).
@Suite struct LabeledCorpusExportTests {
    @Test func theCorpusExportsWithLabelsThatMatchItsFiles() throws {
        let environment = ProcessInfo.processInfo.environment
        let target = environment["PHIGUARD_EXPORT_CORPUS"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("phiguard-corpus-\(UUID().uuidString)")
        defer { if environment["PHIGUARD_EXPORT_CORPUS"] == nil { try? FileManager.default.removeItem(at: target) } }
        let corpus = LabeledCorpus(seed: UInt64(environment["PHIGUARD_EXPORT_SEED"] ?? "") ?? 1, rounds: 40)
        try LabeledCorpus.export(corpus, to: target)
        // Every label names a value its file holds, and every file was written.
        let labels = try String(contentsOf: target.appendingPathComponent("labels.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(labels.count == corpus.files.reduce(0) { $0 + $1.plants.count })
        for file in corpus.files {
            let written = try String(contentsOf: target.appendingPathComponent("files").appendingPathComponent(file.path), encoding: .utf8)
            #expect(written == file.text)
            #expect(file.plants.allSatisfy { written.contains($0.value) })
        }
    }
}

extension LabeledCorpus {
    /// Writes `files/<path>` for every file and `labels.jsonl`, one `{"path","kind","value"}` a plant
    /// (`kind` null for a decoy that must not be reported).
    static func export(_ corpus: LabeledCorpus, to folder: URL) throws {
        let files = folder.appendingPathComponent("files")
        try? FileManager.default.removeItem(at: folder)
        var labels = ""
        for file in corpus.files {
            let url = files.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: url)
            for plant in file.plants {
                let object: [String: Any] = ["path": file.path, "kind": plant.kind ?? NSNull(), "value": plant.value]
                let line = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                labels += String(decoding: line, as: UTF8.self) + "\n"
            }
        }
        try Data(labels.utf8).write(to: folder.appendingPathComponent("labels.jsonl"))
    }
}
