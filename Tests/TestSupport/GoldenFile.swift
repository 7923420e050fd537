import Foundation
import RepoAccess

/// Golden-file comparison: generated text is compared byte for byte with a committed file, and
/// re-recorded only when `PHIGUARD_RECORD_GOLDEN=1` is set (review the diff before committing).
public enum GoldenFile {
    /// Whether this run records golden files instead of comparing.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["PHIGUARD_RECORD_GOLDEN"] == "1" }

    /// Paths of the golden files recorded under `Golden/<folder>` next to the calling test file.
    public static func recordedPaths(in folder: String, testFile: String = #filePath) -> Set<String> {
        let root = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Golden/\(folder)")
        var result = Set<String>()
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.path + "/" + relative, isDirectory: &isDirectory),
               !isDirectory.boolValue
            {
                result.insert(relative)
            }
        }
        return result
    }

    /// Compares `actual` with `Golden/<name>` next to the calling test file; returns a diff when they differ.
    public static func mismatch(_ actual: String, named name: String, testFile: String = #filePath) -> String? {
        let url = URL(fileURLWithPath: testFile).deletingLastPathComponent()
            .appendingPathComponent("Golden").appendingPathComponent(name)
        if isRecording {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return "missing golden file Golden/\(name); run the tests with PHIGUARD_RECORD_GOLDEN=1 to record it"
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return nil }
        return "Golden/\(name) differs (re-record with PHIGUARD_RECORD_GOLDEN=1 if intended):\n"
            + UnifiedDiff.diff(path: name, old: expected, new: actual)
    }
}
