import ArgumentParser
import Foundation
import Inspection
import PolicyLoading
import PolicyModel
import Scaffolding

extension Phiguard {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Inspect the repository, write .phiguard/policy.yml if absent, then apply it.")

        @OptionGroup var repo: RepoOptions
        @Option(help: ArgumentHelp("Comma-separated tools for a new policy (default: every supported tool).",
                                   valueName: "list"))
        var tools: String?
        @Flag(help: "Show the changes as a unified diff and write nothing.") var dryRun = false
        @Flag(help: "Do not ask for confirmation.") var yes = false

        func run() throws {
            try runCommand {
                let repository = try repo.repository()
                let scanner = CommandScanner(repository: repository)
                let scaffolder = Scaffolder.forCommands(repository, scanner: scanner)
                let inspection = try Inspector.inspect(repository)
                let policyExists = FileManager.default.fileExists(atPath: repository.url(PolicyLoader.relativePath).path)
                let policyText = policyExists
                    ? nil : try InitialPolicy.text(tools: InitialPolicy.tools(from: tools), inspection: inspection)
                if !dryRun, !yes, isatty(STDIN_FILENO) == 1, !confirm(repository: repository.root.path) {
                    Diagnostics.print("phiguard: nothing was written.")
                    throw ExitCode(1)
                }
                if !inspection.aiTools.isEmpty {
                    let names = Set(inspection.aiTools.map(\.tool.rawValue)).sorted().joined(separator: ", ")
                    Diagnostics.print("phiguard: AI tools found in the repository: \(names)")
                }
                for line in Self.trackedWarnings(inspection.sensitiveFiles.filter(\.tracked).map { ($0.path, "\($0.kind)") }) {
                    Diagnostics.print(line)
                }
                let outcome = try scaffolder.initialize(policyText: policyText, dryRun: dryRun, force: false)
                try writeOutput(RedactedReport.text(ScaffoldReport.text(outcome, verb: .apply, dryRun: dryRun), scanner: scanner))
                for note in outcome.enforcementNotes { Diagnostics.print("note: \(note)") }
                if !dryRun { for stage in HookActivation.inactiveStages(in: repository) { Diagnostics.print(stage.warning) } }
                if outcome.refused { throw ExitCode(1) }
            }
        }

        /// Sensitive files git already tracks: each named with its fix, the first few only when
        /// there are many (a repository of exports would otherwise print a screenful).
        static func trackedWarnings(_ files: [(path: String, kind: String)], limit: Int = 5) -> [String] {
            let shown = files.count > limit + 1 ? Array(files.prefix(limit)) : files
            var lines = shown.map { file in
                "phiguard: \(file.path) (\(file.kind)) is tracked by git; .gitignore will not untrack it: "
                    + "run git rm --cached -- \(shellQuoted(file.path))"
            }
            if shown.count < files.count {
                lines.append("phiguard: \(files.count - shown.count) more sensitive files are tracked by git; "
                    + "`phiguard inspect` lists them all (run git rm --cached on each).")
            }
            return lines
        }

        /// A path as one POSIX shell word.
        static func shellQuoted(_ path: String) -> String {
            let plain = path.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "/._-+@%:,".unicodeScalars.contains($0) }
            return plain && !path.isEmpty && !path.hasPrefix("-") ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }

        private func confirm(repository: String) -> Bool {
            Diagnostics.print("phiguard will write AI rules, exclusions and hooks into \(repository). Proceed? [y/N] ")
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
            return answer == "y" || answer == "yes"
        }
    }
}
