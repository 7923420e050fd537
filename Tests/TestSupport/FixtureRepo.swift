import Foundation
import RepoAccess

/// A private copy of a fixture repository from `Fixtures/repos/<name>`, in a temporary folder that
/// is removed when the value is released.
///
/// Layout: `<temp>/repo` is the copy, `<temp>/outside` a sibling folder outside it, where the links
/// listed in a fixture's `.fixture-links` (`link -> outside/target`, one per line) point: git cannot
/// ship links to absolute paths, so they are made here.
public final class FixtureRepo: @unchecked Sendable {
    /// Why a fixture could not be prepared.
    public enum SetupError: LocalizedError {
        case missingFixture(String)
        case commandFailed(String, String)

        public var errorDescription: String? {
            switch self {
            case let .missingFixture(path): "\(path): no such fixture. Add it under Fixtures/repos."
            case let .commandFailed(command, message): "\(command) failed: \(message)"
            }
        }
    }

    private let temporary: TemporaryDirectory
    /// The copied repository's root (symlinks resolved).
    public let root: URL
    /// A folder outside the repository, the target of escaping links.
    public let outside: URL

    /// The package root, found from this file's location (`<root>/Tests/TestSupport/FixtureRepo.swift`).
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The folder of the fixture `name` in the package.
    public static func source(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Fixtures/repos/\(name)")
    }

    /// Copies fixture `name`; with `git`, runs `git init` and commits every file except `untracked`
    /// (and what the fixture's own `.gitignore` ignores).
    public init(_ name: String, git: Bool = true, untracked: [String] = []) throws {
        let source = Self.source(name)
        guard FileManager.default.fileExists(atPath: source.path) else { throw SetupError.missingFixture(source.path) }
        temporary = try TemporaryDirectory(prefix: "phiguard-fixture-\(name)")
        root = temporary.url.appendingPathComponent("repo")
        outside = temporary.url.appendingPathComponent("outside")
        try FileManager.default.copyItem(at: source, to: root)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try makeLinks()
        if git { try commitAll(except: untracked) }
    }

    /// The absolute path of a repository-relative path.
    public func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// Writes `content` at a repository-relative path, creating folders.
    public func write(_ relative: String, _ content: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content.utf8).write(to: url)
    }

    /// Runs git in the repository and returns its stdout.
    @discardableResult
    public func git(_ arguments: String...) throws -> String {
        try run(arguments)
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let identity = ["-c", "user.name=phiguard tests", "-c", "user.email=tests@example.com",
                        "-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null"]
        let result = try ProcessRunner.run("git", arguments: ["-C", root.path] + identity + arguments)
        guard result.status == 0 else {
            throw SetupError.commandFailed(
                "git " + arguments.joined(separator: " "), String(decoding: result.standardError, as: UTF8.self))
        }
        return String(decoding: result.standardOutput, as: UTF8.self)
    }

    private func commitAll(except untracked: [String]) throws {
        try run(["init", "-q", "-b", "main"])
        try run(["add", "-A"])
        for path in untracked {
            try run(["rm", "-q", "-r", "--cached", "--", path])
        }
        try run(["commit", "-q", "--allow-empty", "--no-verify", "-m", "fixture"])
    }

    /// Creates the links of `.fixture-links` (removing that file from the copy).
    private func makeLinks() throws {
        let manifest = root.appendingPathComponent(".fixture-links")
        guard let text = try? String(contentsOf: manifest, encoding: .utf8) else { return }
        try FileManager.default.removeItem(at: manifest)
        for line in text.split(separator: "\n") {
            let parts = line.components(separatedBy: " -> ")
            guard parts.count == 2, parts[1].hasPrefix("outside/") else { continue }
            let target = outside.appendingPathComponent(String(parts[1].dropFirst("outside/".count)))
            if !FileManager.default.fileExists(atPath: target.path) {
                try Data(Self.outsideContent(for: target.lastPathComponent).utf8).write(to: target)
            }
            let link = root.appendingPathComponent(parts[0])
            try FileManager.default.createDirectory(
                at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        }
    }

    /// Content that would be noticed if phiguard ever read through a link: patient-shaped (synthetic).
    private static func outsideContent(for name: String) -> String {
        name.hasSuffix(".csv")
            ? "mrn,date_of_birth,ssn\nSYN999001,1900-01-01,000-00-0009\n"
            : "OUTSIDE THE REPOSITORY: phiguard must never read or write this file.\n"
    }
}
