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

    /// Replaces phiguard's files in `output` with the staged ones: files the previous run's manifest
    /// lists and this run did not write are removed, staged files replace what is at their path, and
    /// anything else (a user's own file in `csv/`, say) is left alone.
    static func commit(_ staging: URL, into output: URL) throws {
        let manager = FileManager.default
        let previous = previousFiles(in: output)
        let staged = Set(try Manifest.files(in: staging) + [Manifest.fileName])
        for name in ownedNames {
            let target = output.appendingPathComponent(name)
            // A folder phiguard owns that is a link would carry the files somewhere else: drop the link.
            if (try? manager.destinationOfSymbolicLink(atPath: target.path)) != nil { try manager.removeItem(at: target) }
        }
        for path in previous.subtracting(staged) {
            let target = output.appendingPathComponent(path)
            if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
            removeEmptyFolders(above: target, upTo: output)
        }
        for name in ownedNames {
            let stagedItem = staging.appendingPathComponent(name)
            guard manager.fileExists(atPath: stagedItem.path) else { continue }
            let target = output.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            // A folder that is not there yet moves in whole (fast: one rename for 100k bundles).
            guard manager.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue,
                  try manager.attributesOfItem(atPath: stagedItem.path)[.type] as? FileAttributeType == .typeDirectory
            else {
                if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
                try manager.moveItem(at: stagedItem, to: target)
                continue
            }
            for path in staged where path.hasPrefix(name + "/") {
                let destination = output.appendingPathComponent(path)
                try manager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                if manager.fileExists(atPath: destination.path) { try manager.removeItem(at: destination) }
                try manager.moveItem(at: staging.appendingPathComponent(path), to: destination)
            }
        }
        try manager.removeItem(at: staging)
    }

    /// The files the manifest already in `output` lists (none when there is no readable manifest).
    private static func previousFiles(in output: URL) -> Set<String> {
        let url = output.appendingPathComponent(Manifest.fileName)
        guard let value = try? readJSON(url, hint: ""), let files = value["files"]?.objectValue else { return [] }
        // Only phiguard's own names inside the folder: a manifest is input, and must not reach a user's file.
        return Set(files.members.map(\.key).filter { path in
            let parts = path.split(separator: "/").map(String.init)
            return !path.hasPrefix("/") && !parts.contains("..") && parts.first.map(ownedNames.contains) == true
        })
    }

    private static func removeEmptyFolders(above file: URL, upTo output: URL) {
        var folder = file.deletingLastPathComponent()
        while folder.path.count > output.path.count, (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
            try? FileManager.default.removeItem(at: folder)
            folder = folder.deletingLastPathComponent()
        }
    }
}
