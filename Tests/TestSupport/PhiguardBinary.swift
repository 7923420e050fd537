import Foundation

/// The built `phiguard` executable, for end-to-end tests through the real binary.
public enum PhiguardBinary {
    /// What one run of the binary did.
    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// Why the binary could not be run.
    public enum LaunchError: LocalizedError {
        case notFound([String])

        public var errorDescription: String? {
            switch self {
            case let .notFound(places):
                "phiguard binary not found (looked in \(places.joined(separator: ", "))). "
                    + "Run `swift build` first or set PHIGUARD_BIN."
            }
        }
    }

    /// `PHIGUARD_BIN`, else `phiguard` beside the test bundle (`.build/<config>/`), else `.build/debug`.
    public static func url() throws -> URL {
        var places: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["PHIGUARD_BIN"], !explicit.isEmpty {
            places.append(URL(fileURLWithPath: explicit))
        }
        let bundle = Bundle.main.bundleURL
        places += [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent("phiguard") }
        places.append(FixtureRepo.packageRoot.appendingPathComponent(".build/debug/phiguard"))
        guard let found = places.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw LaunchError.notFound(places.map(\.path))
        }
        return found
    }

    /// Runs the binary with `arguments`, optional `stdin` text, in `directory` (default: the current one).
    public static func run(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil,
                           environment: [String: String] = [:]) throws -> Result
    {
        let process = Process()
        process.executableURL = try url()
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // Files, not pipes: a child writing a lot to both streams cannot block on a full pipe.
        let scratch = try TemporaryDirectory(prefix: "phiguard-run")
        let outURL = scratch.url.appendingPathComponent("stdout")
        let errURL = scratch.url.appendingPathComponent("stderr")
        let inURL = scratch.url.appendingPathComponent("stdin")
        try Data((stdin ?? "").utf8).write(to: inURL)
        for url in [outURL, errURL] { _ = FileManager.default.createFile(atPath: url.path, contents: nil) }
        let output = try FileHandle(forWritingTo: outURL)
        let errors = try FileHandle(forWritingTo: errURL)
        let input = try FileHandle(forReadingFrom: inURL)
        defer { try? output.close(); try? errors.close(); try? input.close() }
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }
}

extension PhiguardBinary {
    /// Runs the binary in the folder at `path`, feeding `input` on stdin, with `NO_COLOR` set.
    public static func run(_ arguments: [String], in path: String, input: String? = nil) throws -> Result {
        try run(arguments, stdin: input, in: URL(fileURLWithPath: path), environment: ["NO_COLOR": "1"])
    }
}
