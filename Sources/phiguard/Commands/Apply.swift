import ArgumentParser
import Scaffolding

extension Phiguard {
    struct Apply: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "apply",
            abstract: "Regenerate every artifact from .phiguard/policy.yml.")

        @OptionGroup var repo: RepoOptions
        @Flag(help: "Show the changes as a unified diff and write nothing.") var dryRun = false
        @Flag(help: "Overwrite managed regions that were edited by hand.") var force = false

        func run() throws {
            try runCommand {
                let repository = try repo.repository()
                let scanner = CommandScanner(repository: repository)
                let scaffolder = Scaffolder.forCommands(repository, scanner: scanner)
                let outcome = try scaffolder.apply(dryRun: dryRun, force: force)
                try writeOutput(RedactedReport.text(ScaffoldReport.text(outcome, verb: .apply, dryRun: dryRun), scanner: scanner))
                // A stage configured through a hook manager is not live until the manager installs it (exit code unchanged).
                for stage in HookActivation.inactiveStages(in: repository) { Diagnostics.print(stage.warning) }
                if outcome.refused { throw ExitCode(1) }
            }
        }
    }
}
