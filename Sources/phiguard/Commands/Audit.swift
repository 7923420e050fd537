import ArgumentParser
import Audit
import Foundation
import RepoAccess

extension Phiguard {
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit",
            abstract: "Write the evidence an auditor asks for; exit 1 when there are gaps.")

        @OptionGroup var repo: RepoOptions
        @Option(help: "Output format: md, html or json.") var format: AuditRenderer.Format = .md
        @Option(help: ArgumentHelp("Write the report to this file instead of stdout.", valueName: "file")) var out: String?
        @Option(help: ArgumentHelp("Count AI-assisted commits since this date (git date syntax).", valueName: "date"))
        var since: String?

        func run() throws {
            try runCommand {
                let repository = try repo.repository()
                let auditor = Auditor(repository: repository, generatorVersion: PhiguardVersion.current,
                                      scanners: AuditScanning.scanners)
                let report = try auditor.report(since: try since.map(SinceDate.validated))
                let text = AuditRenderer.render(report, as: format)
                if let out {
                    let url = URL(fileURLWithPath: out, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
                    var transaction = FileTransaction(root: url.deletingLastPathComponent())
                    transaction.add(url.lastPathComponent, .write(contents: Data(text.utf8), mode: nil))
                    try transaction.commit()
                    Diagnostics.print("phiguard: wrote \(out) (\(report.gaps.count) gap(s))")
                } else {
                    try writeOutput(text)
                }
                if !report.gaps.isEmpty { throw ExitCode(1) }
            }
        }
    }
}

extension AuditRenderer.Format: ExpressibleByArgument {}
