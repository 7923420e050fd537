import ArgumentParser
import Foundation
import JSONDocument
import PolicyLoading
import PolicyModel
import Redacting
import RepoAccess
import Scanning

extension Phiguard {
    struct Redact: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "redact",
            abstract: "Replace PHI and secrets in a prompt, log or snippet by synthetic stand-ins; --restore puts them back.",
            discussion: "The map of real values and stand-ins is private (mode 0600, default "
                + "$XDG_CACHE_HOME/phiguard/redact/last.json) and never printed. Exit 1, printing nothing, when a "
                + "finding would remain in the output; 2 on bad input.")

        @OptionGroup var repo: RepoOptions
        @Argument(help: ArgumentHelp("The file to read (default: standard input).", valueName: "file")) var file: String?
        @Flag(help: "Read standard input.") var stdin = false
        @Option(help: ArgumentHelp("The map to use and extend (default: a new map at the default path).", valueName: "file"))
        var map: String?
        @Flag(help: "Also rename identifiers and rewrite comments that carry patient context (source code).") var code = false
        @Flag(help: "Put the real values back into a text (a model's answer) that holds this map's stand-ins.") var restore = false
        @Option(help: "Output format: text, or json ({\"text\", \"replacements\"}, never a value).") var format: RedactFormat = .text

        func validate() throws {
            if stdin, file != nil { throw ValidationError("Give a file or --stdin, not both.") }
            if restore, code { throw ValidationError("--restore puts back what the map holds; --code applies to redaction.") }
        }

        func run() throws {
            try runCommand {
                var clock = PhaseClock()
                let preparation = restore ? nil : Redactor.prepare()
                // Also when redaction stops early with an error: the process must not exit under it.
                defer { preparation?.wait() }
                let mapFile = MapFile(path: map.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? MapFile.defaultPath())
                if restore {
                    try writeOutput(Restorer(map: try mapFile.load()).restore(String(decoding: try Self.readInput(file), as: UTF8.self)))
                    return
                }
                // A long input is read and checked on one core while the policy and scanner load on the other.
                let reading = ConcurrentPart("read and check the input") { [file] in try Self.readInput(file) }
                let loading = ConcurrentPart("repository, policy and scanner") { [repo] in try Self.load(repo) }
                ConcurrentParts.run([reading, loading])
                let input = try reading.value()
                let (policy, scanner) = try loading.value()
                try mapFile.checkPrivate()
                // A named map is extended (one conversation, one map); the default one starts afresh each run.
                var current = (map != nil ? try mapFile.loadIfPresent() : nil) ?? RedactionMap.fresh()
                clock.lap("input, policy, scanner and map")
                let redactor = Redactor(scanner: scanner, mrnPrefix: policy.synthetic.mrnPrefix)
                // A file is read as its kind (code, a table, HL7); standard input as a prompt.
                let path = file.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "-"
                let result = code
                    ? try redactor.redactCode(String(decoding: input, as: UTF8.self), map: &current, restrictedTables: policy.restricted.tables, path: path)
                    : try redactor.redact(utf8: input, map: &current, path: path)
                guard result.remaining.isEmpty else {
                    for item in result.remaining {
                        Diagnostics.print("phiguard: \(inputName):\(item.line):\(item.column): a \(item.kind) would remain after redaction")
                    }
                    Diagnostics.print("phiguard: nothing was printed; edit those places by hand or report the miss.")
                    throw ExitCode(1)
                }
                clock.lap("redaction")
                try mapFile.save(current)
                clock.lap("map saved")
                switch format {
                case .text: try writeOutput(utf8: result.output)
                case .json: try writeOutput(JSONPrinter.pretty(json(result)) + "\n")
                }
                clock.lap("output written")
            }
        }

        private var inputName: String { file ?? "-" }

        /// The policy and a scanner for the repository the options name.
        private static func load(_ repo: RepoOptions) throws -> (Policy, Scanning.Scanner) {
            let repository = try repo.repository()
            let policy = try PolicyLoader.load(repository: repository).policy
            return (policy, try Scanner(repository: repository, policy: policy))
        }

        /// The input's bytes (`file`, else standard input), checked to be UTF-8 (as bytes: a 10 MB file
        /// read through `Data` and `String` took 16 ms here, read and validated in place 9 ms).
        private static func readInput(_ file: String?) throws -> [UInt8] {
            let bytes = try file.map(readFile) ?? Array(FileHandle.standardInput.readDataToEndOfFile())
            guard UTF8Check.isValid(bytes) else { throw RedactError.notUTF8(path: file ?? "-") }
            return bytes
        }

        /// A file's bytes (a symbolic link is followed: the user named it).
        private static func readFile(_ path: String) throws -> [UInt8] {
            switch FileReader.read(path, limit: .max, followingLinks: true) {
            case let .bytes(bytes): return bytes
            case let .skipped(.unreadable(reason)):
                let exists = FileManager.default.fileExists(atPath: path)
                throw RedactError.unreadableInput(path: path, reason: exists ? reason.lowercased() : "no such file")
            case let .skipped(reason):
                throw RedactError.unreadableInput(path: path, reason: "\(reason)")
            }
        }

        private func json(_ result: Redactor.Result) -> JSONValue {
            .object(JSONObject([
                (key: "text", value: .string(result.text)),
                (key: "replacements", value: .array(result.replacements.map {
                    .object(JSONObject([(key: "kind", value: .string($0.kind)), (key: "line", value: .integer($0.line)),
                                        (key: "column", value: .integer($0.column)), (key: "length", value: .integer($0.length))]))
                })),
            ]))
        }
    }
}

enum RedactFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
