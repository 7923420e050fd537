import ArgumentParser
import Scaffolding

extension Phiguard {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Fail (exit 1) when an artifact is missing, stale or edited by hand: for CI.")

        @OptionGroup var repo: RepoOptions
        @Option(help: "Output format: text or json.") var format: ReportFormat = .text

        func run() throws {
            try runCommand {
                let repository = try repo.repository()
                let scanner = CommandScanner(repository: repository)
                let scaffolder = Scaffolder.forCommands(repository, scanner: scanner)
                let outcome = try scaffolder.check()
                let report = format == .json ? ScaffoldReport.checkJSON(outcome) : ScaffoldReport.checkText(outcome)
                try writeOutput(RedactedReport.text(report, scanner: scanner))
                // A stage configured through a hook manager is not live until the manager installs it (exit code unchanged).
                for stage in HookActivation.inactiveStages(in: repository) { Diagnostics.print(stage.warning) }
                if !outcome.isClean { throw ExitCode(1) }
            }
        }
    }
}
