import Foundation
import JSONDocument
import RepoAccess

/// Everything written after the patients: schema, answers, prompts, SQLite and SQL, the LOINC notice
/// and the manifest that lists every file with its SHA-256.
struct OutputFinisher {
    let options: SynthOptions
    let reference: CivilDate

    /// Writes the remaining files into `folder` and returns every file's relative path.
    func finish(_ folder: URL, tally: Tally, digests: FileDigests = FileDigests()) throws -> [String] {
        let schema = SyntheaTables.schemaSQL
        try write(schema, to: folder.appendingPathComponent("schema.sql"))
        let answers = AnswerBook(reference: reference)
        try write(JSONPrinter.pretty(answers.document(seed: options.seed, shard: options.shardLabel, tally: tally)),
                  to: folder.appendingPathComponent("answers.json"))
        try write(PromptsDocument(answers: answers, csvFolder: folder.appendingPathComponent("csv")).render(),
                  to: folder.appendingPathComponent("prompts.md"))
        try write(LOINCNotice.text, to: folder.appendingPathComponent("LOINC-NOTICE.txt"))
        if options.formats.contains(.sqlite) {
            _ = try SQLiteLoader.load(csvFolder: folder.appendingPathComponent("csv"), schema: schema,
                                      path: folder.appendingPathComponent("phiguard.sqlite").path)
        }
        if options.formats.contains(.sql) { try SQLDump.write(csvFolder: folder.appendingPathComponent("csv"), to: folder.appendingPathComponent("data.sql")) }
        let files = try Manifest.files(in: folder)
        try write(JSONPrinter.pretty(Manifest.document(options: options, files: try Manifest.hashes(files, in: folder, known: digests))),
                  to: folder.appendingPathComponent(Manifest.fileName))
        return files + [Manifest.fileName]
    }

    private func write(_ text: String, to url: URL) throws {
        do { try Data(text.utf8).write(to: url) } catch {
            throw SynthError.unreadable(path: url.path, reason: "cannot write (\(error.localizedDescription))")
        }
    }
}

/// `data.sql`: the tables as INSERT statements (every value a quoted string, as the CSV import binds them).
enum SQLDump {
    static func write(csvFolder: URL, to url: URL) throws {
        let file = try BufferedFile(url)
        try file.write("BEGIN TRANSACTION;\n")
        var statement: [UInt8] = []
        for table in SyntheaTables.all {
            let prefix = Array("INSERT INTO \(table.name) VALUES (".utf8)
            var first = true
            try CSVLines.forEachLine(csvFolder.appendingPathComponent("\(table.name).csv")) { line in
                if first { first = false; return }
                statement.removeAll(keepingCapacity: true)
                statement.append(contentsOf: prefix)
                for (index, value) in CSVFormat.fields(bytes: line).enumerated() {
                    if index > 0 { statement.append(contentsOf: [44, 32]) }
                    statement.append(39)
                    for byte in value.utf8 {
                        if byte == 39 { statement.append(39) }
                        statement.append(byte)
                    }
                    statement.append(39)
                }
                statement.append(contentsOf: [41, 59, 10])
                try file.write(statement)
            }
        }
        try file.write("COMMIT;\n")
        try file.close()
    }
}

/// `synthetic-manifest.json`: what made the files and the SHA-256 of each, with no timestamps.
enum Manifest {
    static let fileName = "synthetic-manifest.json"

    /// Every file under `folder` (relative, `/`-separated, sorted), the manifest itself excluded.
    static func files(in folder: URL) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory),
               !isDirectory.boolValue, path != fileName, !path.hasPrefix(".phiguard-staging-")
            {
                files.append(path)
            }
        }
        return files.sorted()
    }

    /// Each file's SHA-256: from `known` when it was hashed while written, else read back.
    static func hashes(_ files: [String], in folder: URL, known: FileDigests = FileDigests()) throws -> [(String, String)] {
        try files.map { file in
            let url = folder.appendingPathComponent(file)
            return (file, try known[url] ?? sha256(url))
        }
    }

    /// The SHA-256 of a file, read in 1 MB blocks.
    static func sha256(_ url: URL) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw SynthError.unreadable(path: url.path, reason: "cannot read the file")
        }
        defer { try? handle.close() }
        let hasher = SHA256Hasher()
        while true {
            let data = handle.readData(ofLength: 1 << 20)
            if data.isEmpty { break }
            hasher.update(data)
        }
        return FileDigests.hex(hasher.finalize())
    }

    static func document(options: SynthOptions, files: [(String, String)]) -> JSONValue {
        let arguments: JSONValue = .object(JSONObject([
            (key: "patients", value: .integer(options.patients)), (key: "seed", value: .number(String(options.seed))),
            (key: "referenceDate", value: .string(options.referenceDate)),
            (key: "formats", value: .array(SynthFormat.allCases.filter { options.formats.contains($0) || $0 == .csv }.map { .string($0.rawValue) })),
            (key: "shard", value: options.shardLabel.map(JSONValue.string) ?? .null),
            (key: "mrnPrefix", value: .string(options.mrnPrefix)),
        ]))
        return .object(JSONObject([
            (key: "version", value: 1), (key: "generator", value: .string("phiguard \(options.generatorVersion)")),
            (key: "arguments", value: arguments), (key: "seed", value: .number(String(options.seed))),
            (key: "files", value: .object(JSONObject(files.map { (key: $0.0, value: .string($0.1)) }))),
        ]))
    }
}
