import ArgumentParser
import Inspection
import JSONDocument
import RepoAccess

extension Phiguard {
    struct Inspect: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report languages, frameworks, AI tool configs, hook managers, sensitive files and "
                + "PHI-adjacent code. Read-only.")

        @OptionGroup var repo: RepoOptions
        @Option(help: "Output format.") var format: ReportFormat = .text

        func run() throws {
            try runCommand {
                let repository = try repo.repository()
                let report = try Inspector.inspect(repository)
                writeOutput(Self.render(report, repo: repository.root.path, format: format))
            }
        }

        /// The report in `format`. `plan` is where the scaffolder adds what `init` would write:
        /// a JSON member (appended to the object) and a text section (appended to the report).
        static func render(
            _ report: InspectionReport, repo: String, format: ReportFormat,
            plan: (json: [(key: String, value: JSONValue)], text: String)? = nil
        ) -> String {
            switch format {
            case .json:
                JSONPrinter.pretty(report.jsonValue(repo: repo, extra: plan?.json ?? []))
            case .text:
                report.text(repo: repo, extra: plan?.text ?? "")
            }
        }
    }
}
