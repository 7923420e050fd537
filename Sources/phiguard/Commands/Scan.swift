import ArgumentParser
import Foundation
import PolicyLoading
import PolicyModel
import RepoAccess
import Scanning

extension Phiguard {
    struct Scan: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "scan",
            abstract: "Find PHI, secrets and calls to external AI services; exit 1 on findings.",
            discussion: "Default: the working tree (tracked and untracked-not-ignored files). Values are never printed: "
                + "only a redacted form and a fingerprint.")

        @OptionGroup var repo: RepoOptions
        @Argument(help: ArgumentHelp("Files or folders to scan (working tree only).", valueName: "path")) var paths: [String] = []
        @Flag(help: "Scan what the commit would add: staged blobs, added lines.") var staged = false
        @Option(help: ArgumentHelp("Scan the lines added since this revision (up to HEAD).", valueName: "rev")) var since: String?
        @Flag(help: "Scan every blob in reachable history, once, reporting the commit.") var history = false
        @Flag(help: "Scan standard input (path shown as '-').") var stdin = false
        @Option(help: "Output format: text, json or sarif.") var format: ScanFormat = .text
        @Option(help: ArgumentHelp("Accepted findings (default .phiguard/baseline.json).", valueName: "file")) var baseline: String?
        @Flag(help: "Write every current finding into the baseline and exit 0.") var updateBaseline = false
        @Option(help: ArgumentHelp("Skip (and list) files larger than this many MiB.", valueName: "MiB")) var maxFileSize: Int = 32

        func validate() throws {
            let modes = [staged, since != nil, history, stdin].filter { $0 }.count
            if modes > 1 { throw ValidationError("Choose one of --staged, --since, --history and --stdin.") }
            if modes > 0, !paths.isEmpty { throw ValidationError("Paths limit a working-tree scan; drop them or the mode flag.") }
            if !(1...4095).contains(maxFileSize) { throw ValidationError("--max-file-size must be between 1 and 4095 (MiB).") }
        }

        func run() throws {
            try runCommand {
                let repository = try repo.repository()
                let policy = try PolicyLoader.load(repository: repository).policy
                let scanner = try Scanner(repository: repository, policy: policy)
                let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                let baselineURL = baseline.map { URL(fileURLWithPath: $0, relativeTo: current).standardizedFileURL }
                // A baseline named on the command line must exist (a typo would otherwise accept nothing,
                // silently); --update-baseline creates it.
                if let baselineURL, !updateBaseline, !FileManager.default.fileExists(atPath: baselineURL.path) {
                    throw ValidationError("--baseline \(baseline ?? ""): no such file. Create it with --update-baseline.")
                }
                var options = ScanOptions(
                    mode: mode, paths: try paths.map { try repositoryPath($0, repository, current) },
                    maxFileSize: maxFileSize << 20, baseline: baselineURL)
                options.ignoresBaseline = updateBaseline
                let input = stdin ? [UInt8](FileHandle.standardInput.readDataToEndOfFile()) : []
                let result = try scanner.scan(options, input: input)
                for skipped in result.skipped { Diagnostics.print("phiguard: " + skipped.description) }
                if updateBaseline {
                    try writeBaseline(result, repository, baselineURL)
                    return
                }
                switch format {
                case .text: try writeOutput(ScanReport.text(result, color: Diagnostics.useColor))
                case .json: try writeOutput(ScanReport.json(result))
                case .sarif: try writeOutput(ScanReport.sarif(result, version: PhiguardVersion.current))
                }
                if result.exitCode != 0 { throw ExitCode(result.exitCode) }
            }
        }

        private var mode: ScanOptions.Mode {
            if staged { return .staged }
            if let since { return .since(since) }
            if history { return .history }
            return stdin ? .stdin : .workingTree
        }

        /// A path argument (relative to the current folder) as a repository-relative path.
        private func repositoryPath(_ path: String, _ repository: Repository, _ current: URL) throws -> String {
            let url = URL(fileURLWithPath: path, relativeTo: current).standardizedFileURL
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw ValidationError("\(path): no such file or folder.")
            }
            if url.path == repository.root.path { return "" }
            guard let relative = repository.relativePath(of: url) ?? repository.relativePath(of: url.resolvingSymlinksInPath()) else {
                throw ValidationError("\(path) is outside the repository \(repository.root.path).")
            }
            return relative
        }

        private func writeBaseline(_ result: ScanResult, _ repository: Repository, _ url: URL?) throws {
            let target = url ?? repository.url(Baseline.defaultPath)
            var transaction = FileTransaction(root: target.deletingLastPathComponent())
            transaction.add(target.lastPathComponent, .write(contents: Data(Baseline.render(result.findings).utf8), mode: nil))
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try transaction.commit()
            Diagnostics.print("phiguard: wrote \(result.findings.count) finding(s) to \(repository.relativePath(of: target) ?? target.path)")
        }
    }
}

/// `--format` for scan.
enum ScanFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif
}
