import Foundation
import RepoAccess

/// Short git queries for the inspector: stdout, or nil when git cannot start or exits non-zero.
enum QuickGit {
    /// Git's trimmed stdout.
    static func output(_ arguments: [String], in directory: String) -> String? {
        bytes(arguments, in: directory).map {
            String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// Git's stdout bytes.
    static func bytes(_ arguments: [String], in directory: String) -> [UInt8]? {
        guard let result = try? ProcessRunner.run("git", arguments: ["-C", directory] + arguments),
              result.status == 0
        else { return nil }
        return Array(result.standardOutput)
    }
}
