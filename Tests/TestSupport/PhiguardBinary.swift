import Foundation
import RepoAccess

/// The built `phiguard` executable, for end-to-end tests that run it as a user would.
public enum PhiguardBinary {
    /// The result of one run.
    public struct Run: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// `PHIGUARD_BIN`, else `phiguard` beside the test bundle in the build folder.
    public static var url: URL {
        if let override = ProcessInfo.processInfo.environment["PHIGUARD_BIN"] {
            return URL(fileURLWithPath: override)
        }
        var folder = Bundle.main.bundleURL
        // The test runner lives in .build/<triple>/debug (or inside an .xctest bundle there).
        while folder.path != "/" && !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("phiguard").path) {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("phiguard")
    }

    /// Runs phiguard with `arguments` in `directory`, feeding `input` on stdin; `NO_COLOR` is set.
    public static func run(_ arguments: [String], in directory: String, input: String? = nil) throws -> Run {
        let result = try ProcessRunner.run(url.path, arguments: arguments, input: input.map { Data($0.utf8) },
                                           in: directory)
        return Run(status: result.status, stdout: String(decoding: result.standardOutput, as: UTF8.self),
                   stderr: String(decoding: result.standardError, as: UTF8.self))
    }
}
