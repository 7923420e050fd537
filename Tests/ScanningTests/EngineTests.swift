import Foundation
import PolicyModel
import RepoAccess
@testable import Scanning
import Testing

/// The engine reports every match wherever it sits in the buffer (Debian's Vectorscan AVX-512 scan
/// missed addresses whose `@` was past the first 64 bytes; phiguard scans with the AVX2 code).
@Suite struct EngineTests {
    @Test func matchesAtEveryOffsetAreReported() throws {
        let scanner = try Scanner(repository: Repository(root: URL(fileURLWithPath: "/nonexistent"), gitDirectory: nil),
                                  policy: .builtInDefault)
        var missed = 0, total = 0
        for before in stride(from: 0, to: 300, by: 7) {
            for after in stride(from: 0, to: 120, by: 11) {
                let text = String(repeating: "x", count: before) + " liam.okafor7@kp.org and ssn 219-45-6788" + String(repeating: " ", count: after)
                let kinds = try scanner.findings(in: Array(text.utf8), path: "log.log").map(\.kind)
                total += 1
                if kinds != [.email, .ssn] { missed += 1 }
            }
        }
        #expect(missed == 0, "\(missed) of \(total) buffers lost a match")
    }

    @Test func theCompiledDatabaseIsCachedAndReused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("phiguard-hsdb-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let patterns = [EnginePattern(expression: #"\bssn\b"#, caseless: true, id: 0)]
        _ = try PatternDatabase(patterns, cache: folder)
        let cached = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".hsdb") }
        #expect(cached.count == 1)
        let reloaded = try PatternDatabase(patterns, cache: folder)
        let scratch = try reloaded.makeScratch()
        let matches = try Array("the SSN field".utf8).withUnsafeBytes { try reloaded.scan($0, scratch: scratch) }
        #expect(matches == [EngineMatch(pattern: 0, start: 4, end: 7)])
        // A corrupt cache file is ignored and recompiled, not trusted.
        try Data("garbage".utf8).write(to: folder.appendingPathComponent(cached[0]))
        let recompiled = try PatternDatabase(patterns, cache: folder)
        #expect(try Array("ssn".utf8).withUnsafeBytes { try recompiled.scan($0, scratch: recompiled.makeScratch()) }.count == 1)
    }

    /// Each version and policy caches its own database; those unused for 30 days, the oldest beyond 32,
    /// and day-old leftovers of interrupted writes go when a new one is stored. Other files stay.
    @Test func storingADatabasePrunesOldAndSurplusOnes() throws {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("phiguard-hsdb-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: folder) }
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        func file(_ name: String, daysOld: Double) throws {
            let path = folder.appendingPathComponent(name).path
            try Data("x".utf8).write(to: URL(fileURLWithPath: path))
            try manager.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -daysOld * 24 * 3600)], ofItemAtPath: path)
        }
        try file("rules-stale.hsdb", daysOld: 40)
        try file(".rules-x.hsdb.1.tmp", daysOld: 2)
        try file("notes.txt", daysOld: 400)
        for index in 0..<40 { try file("rules-recent\(index).hsdb", daysOld: Double(index) / 10) }
        let patterns = [EnginePattern(expression: #"\bmrn\b"#, caseless: true, id: 0)]
        _ = try PatternDatabase(patterns, cache: folder)
        let left = Set(try manager.contentsOfDirectory(atPath: folder.path))
        let databases = left.filter { $0.hasSuffix(".hsdb") }
        #expect(databases.count == 32, "\(databases.count) databases kept")
        #expect(!left.contains("rules-stale.hsdb") && !left.contains(".rules-x.hsdb.1.tmp") && left.contains("notes.txt"))
        // The newest are kept (the one just stored among them), the oldest go.
        #expect(left.contains("rules-recent0.hsdb") && left.contains("rules-recent30.hsdb") && !left.contains("rules-recent31.hsdb"))
        // A database in use is touched when loaded, so it counts as recent.
        let stored = try #require(databases.first { !$0.hasPrefix("rules-recent") })
        let path = folder.appendingPathComponent(stored).path
        try manager.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -50 * 24 * 3600)], ofItemAtPath: path)
        _ = try PatternDatabase(patterns, cache: folder)
        let touched = try #require(try manager.attributesOfItem(atPath: path)[.modificationDate] as? Date)
        #expect(Date().timeIntervalSince(touched) < 3600)
    }
}
