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
                let preparation = restore ? nil : Redactor.prepare()
                // Also when redaction stops early with an error: the process must not exit under it.
                defer { preparation?.wait() }
                let text = try readInput()
                let mapFile = MapFile(path: map.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? MapFile.defaultPath())
                if restore {
                    writeOutput(Restorer(map: try mapFile.load()).restore(text))
                    return
                }
                try mapFile.checkPrivate()
                let repository = try repo.repository()
                let policy = try PolicyLoader.load(repository: repository).policy
                let scanner = try Scanner(repository: repository, policy: policy)
                // A named map is extended (one conversation, one map); the default one starts afresh each run.
                var current = (map != nil ? try mapFile.loadIfPresent() : nil) ?? RedactionMap.fresh()
                let redactor = Redactor(scanner: scanner, mrnPrefix: policy.synthetic.mrnPrefix)
                // A file is read as its kind (code, a table, HL7); standard input as a prompt.
                let path = file.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "-"
                let result = code ? try redactor.redactCode(text, map: &current, restrictedTables: policy.restricted.tables, path: path)
                    : try redactor.redact(text, map: &current, path: path)
                guard result.remaining.isEmpty else {
                    for item in result.remaining {
                        Diagnostics.print("phiguard: \(inputName):\(item.line):\(item.column): a \(item.kind) would remain after redaction")
                    }
                    Diagnostics.print("phiguard: nothing was printed; edit those places by hand or report the miss.")
                    throw ExitCode(1)
                }
                try mapFile.save(current)
                switch format {
                case .text: writeOutput(result.text)
                case .json: writeOutput(JSONPrinter.pretty(json(result)) + "\n")
                }
            }
        }

        private var inputName: String { file ?? "-" }

        private func readInput() throws -> String {
            let data: Data
            if let file {
                guard let contents = FileManager.default.contents(atPath: file) else {
                    let reason = FileManager.default.fileExists(atPath: file) ? "permission denied" : "no such file"
                    throw RedactError.unreadableInput(path: file, reason: reason)
                }
                data = contents
            } else {
                data = FileHandle.standardInput.readDataToEndOfFile()
            }
            guard let text = String(data: data, encoding: .utf8) else { throw RedactError.notUTF8(path: inputName) }
            return text
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
