import Foundation

/// Why a scan could not run.
public enum ScanError: LocalizedError, Equatable {
    case badIdentifierPattern(name: String, pattern: String, reason: String)
    case engine(String)
    case unreadableBaseline(path: String, reason: String)
    case badRevision(String, reason: String)
    case notAGitRepository(mode: String)
    case git(String)

    public var errorDescription: String? {
        switch self {
        case let .badIdentifierPattern(name, pattern, reason):
            ".phiguard/policy.yml: identifiers: the pattern '\(pattern)' of '\(name)' does not compile (\(reason)). "
                + "Use a PCRE-style pattern without back-references or look-arounds."
        case let .engine(message):
            "the pattern engine failed: \(message)"
        case let .unreadableBaseline(path, reason):
            "\(path): \(reason). Fix the file, or delete it and run `phiguard scan --update-baseline` to write a new one."
        case let .badRevision(revision, reason):
            "--since \(revision): not a revision git knows (\(reason)). Pass a commit, tag or branch."
        case let .notAGitRepository(mode):
            "\(mode) needs a git repository; pass --repo with a git work tree, or scan the working tree without it."
        case let .git(message):
            "git failed: \(message)"
        }
    }
}
