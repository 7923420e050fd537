import ArgumentParser
import Scaffolding

extension Phiguard {
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove everything phiguard wrote, leaving the user's content byte for byte.")

        @OptionGroup var repo: RepoOptions
        @Flag(help: "Show the changes as a unified diff and write nothing.") var dryRun = false
        @Flag(help: "Also delete .phiguard/policy.yml.") var purge = false

        func run() throws {
            try runCommand {
                let repository = try repo.repository()
                let scanner = CommandScanner(repository: repository)
                let scaffolder = Scaffolder.forCommands(repository, scanner: scanner)
                let outcome = try scaffolder.remove(dryRun: dryRun, purge: purge)
                try writeOutput(RedactedReport.text(ScaffoldReport.text(outcome, verb: .remove, dryRun: dryRun), scanner: scanner))
            }
        }
    }
}
