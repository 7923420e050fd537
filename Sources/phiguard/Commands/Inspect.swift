import ArgumentParser
import Inspection
import JSONDocument
import PolicyLoading
import PolicyModel
import RepoAccess
import Scaffolding

extension Phiguard {
    struct Inspect: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "inspect",
            abstract: "Report languages, frameworks, AI tool configs, hook managers, sensitive files and "
                + "PHI-adjacent code. Read-only.")

        @OptionGroup var repo: RepoOptions
        @Option(help: "Output format.") var format: ReportFormat = .text

        func run() throws {
            try runCommand {
                let repository = try repo.repository()
                let report = try Inspector.inspect(repository)
                let loaded = try PolicyLoader.load(repository: repository)
                // Without a policy file, init writes one from this inspection (its restricted paths
                // add files such as Copilot's path-scoped instructions): plan with that policy.
                let planned = loaded.fileExists ? loaded.policy : try PolicyLoader.parse(
                    try InitialPolicy.text(tools: InitialPolicy.tools(from: nil), inspection: report), file: PolicyLoader.relativePath)
                var paths = try Scaffolder(repository: repository, generatorVersion: PhiguardVersion.current)
                    .plannedPaths(policy: planned)
                if !loaded.fileExists { paths.insert(PolicyLoader.relativePath, at: 0) }
                let notes = EnforcementNotes.notes(for: loaded.policy.tools)
                let text = "\nWhat `phiguard init` would write:\n" + paths.map { "  \($0)\n" }.joined()
                    + "\nWhat the repository cannot enforce by itself:\n" + notes.map { "  \($0)\n" }.joined()
                let plan = (json: [
                    (key: "initWouldWrite", value: JSONValue.array(paths.map(JSONValue.string))),
                    (key: "enforcementNotes", value: JSONValue.array(notes.map(JSONValue.string))),
                ], text: text)
                try writeOutput(Self.render(report, repo: repository.root.path, format: format, plan: plan))
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
