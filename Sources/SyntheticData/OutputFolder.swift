import Foundation
import JSONDocument

/// The output folder: files are written into a staging folder beside the final names and moved into
/// place only when everything is written, so a failed run leaves the folder as it was.
enum OutputFolder {
    /// Everything phiguard writes at the top of an output folder.
    static let ownedNames = ["csv", "ndjson", "fhir", "schema.sql", "data.sql", "phiguard.sqlite", "answers.json", "prompts.md",
                             "LOINC-NOTICE.txt", "synthetic-manifest.json"]

    static func stage(_ output: URL, force: Bool) throws -> URL {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: output.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw SynthError.badArgument("--out \(output.path) is a file, not a folder.") }
            let contents = (try? manager.contentsOfDirectory(atPath: output.path)) ?? []
            if !contents.filter({ !$0.hasPrefix(".phiguard-staging-") }).isEmpty && !force {
                throw SynthError.outputNotEmpty(output.path)
            }
        }
        let staging = output.appendingPathComponent(".phiguard-staging-\(getpid())")
        do {
            // A run killed earlier may have left a staging folder under the same process id (containers reuse them).
            if manager.fileExists(atPath: staging.path) { try manager.removeItem(at: staging) }
            try manager.createDirectory(at: staging.appendingPathComponent("csv"), withIntermediateDirectories: true)
        } catch {
            throw SynthError.unreadable(path: output.path, reason: "cannot create the output folder (\(error.localizedDescription))")
        }
        return staging
    }

    /// Reads a JSON file phiguard wrote; `hint` says what to pass when it is missing. Errors name line and column.
    static func readJSON(_ url: URL, hint: String) throws -> JSONValue {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw SynthError.unreadable(path: url.path, reason: "missing; \(hint)")
        }
        do { return try JSONParser.parse(String(decoding: data, as: UTF8.self)) } catch {
            throw SynthError.unreadable(path: "\(url.path):\(error.line):\(error.column)", reason: error.reason)
        }
    }

    /// Replaces phiguard's files in `output` with the staged ones.
    static func commit(_ staging: URL, into output: URL) throws {
        let manager = FileManager.default
        for name in ownedNames {
            let target = output.appendingPathComponent(name)
            if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
            let staged = staging.appendingPathComponent(name)
            if manager.fileExists(atPath: staged.path) { try manager.moveItem(at: staged, to: target) }
        }
        try manager.removeItem(at: staging)
    }
}
