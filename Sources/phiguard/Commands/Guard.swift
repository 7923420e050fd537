import ArgumentParser
import Foundation
import RepoAccess
import Guarding
import Scanning

extension Phiguard {
    struct Guard: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "guard",
            abstract: "Agent-hook adapter: read a hook event on stdin and block prompts, reads and writes that carry PHI or secrets.",
            discussion: "Answers in the agent's own protocol (Claude Code, Cursor, Gemini CLI). A malformed event fails closed.")

        @Argument(help: ArgumentHelp("The agent: \(GuardedAgent.allCases.map(\.rawValue).joined(separator: ", ")).")) var agent: GuardedAgent
        @Option(name: .long, help: ArgumentHelp("The repository (default: the event's cwd or workspace root).", valueName: "path"))
        var repo: String?

        func run() throws {
            let input = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            let response: GuardResponse
            do {
                let repository = try repo.map { try Repository.locate($0) }
                response = AgentGuard(agent: agent, repository: repository).respond(to: input)
            } catch {
                // A --repo that cannot be used blocks, like any other failure: the hook fails closed.
                response = AgentGuard(agent: agent, repository: nil)
                    .failClosed((error as? LocalizedError)?.errorDescription ?? "\(error)")
            }
            do {
                try writeOutput(response.standardOutput)
            } catch {
                // The agent cannot read the answer: block, as any other failure does.
                Diagnostics.print("phiguard: " + ((error as? LocalizedError)?.errorDescription ?? "\(error)"))
                throw ExitCode(2)
            }
            if !response.standardError.isEmpty { Diagnostics.print(response.standardError) }
            if response.exitCode != 0 { throw ExitCode(response.exitCode) }
        }
    }
}

extension GuardedAgent: ExpressibleByArgument {}
