import ArgumentParser

/// The `phiguard` root command: a translation layer from flags to the libraries, nothing more.
@main
struct Phiguard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phiguard",
        abstract: "Keep patient data and secrets out of AI coding assistants, commits and prompts.",
        discussion: "phiguard never opens a network connection.",
        version: PhiguardVersion.described,
        subcommands: [
            Inspect.self, Init.self, Apply.self, Check.self, Remove.self, Scan.self, Guard.self, Redact.self, Synth.self, Audit.self,
        ]
    )
}
