import Foundation
import JSONDocument

/// `phiguard synth verify DIR`: runs every answer's SQL in SQLite over the CSV files and checks the
/// manifest's hashes.
public struct SyntheticDataVerifier {
    public let folder: URL

    public init(folder: URL) { self.folder = folder }

    public struct Report: Sendable {
        public var answersChecked: Int
        public var filesChecked: Int
        /// Each mismatch, named (answer id or file path) — empty when everything matches.
        public var mismatches: [String]
    }

    public func verify() throws -> Report {
        let answers = try readJSON("answers.json")
        let manifest = try readJSON(Manifest.fileName)
        var mismatches: [String] = []
        let files = manifest["files"]?.objectValue?.members ?? []
        for (path, hash) in files {
            let url = folder.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path) else { mismatches.append("\(path): missing"); continue }
            if try Manifest.sha256(url) != hash.stringValue { mismatches.append("\(path): SHA-256 differs from the manifest") }
        }
        guard let schema = FileManager.default.contents(atPath: folder.appendingPathComponent("schema.sql").path) else {
            throw SynthError.unreadable(path: folder.appendingPathComponent("schema.sql").path, reason: "missing; this is not a phiguard synth folder")
        }
        let database = try SQLiteLoader.load(csvFolder: folder.appendingPathComponent("csv"), schema: String(decoding: schema, as: UTF8.self), path: nil)
        let list = answers["answers"]?.arrayValue ?? []
        for answer in list {
            let id = answer["id"]?.stringValue ?? "?"
            guard let sql = answer["sql"]?.stringValue, let expected = answer["answer"]?.arrayValue else {
                mismatches.append("\(id): no sql or answer"); continue
            }
            do {
                let actual = try database.rows(sql).map { row in row.map(Self.json) }
                if !Self.equal(actual, expected) { mismatches.append("\(id): the SQL returns \(Self.describe(actual)), answers.json says \(JSONPrinter.compact(.array(expected)))") }
            } catch {
                mismatches.append("\(id): the SQL fails (\(error))")
            }
        }
        return Report(answersChecked: list.count, filesChecked: files.count, mismatches: mismatches)
    }

    private func readJSON(_ name: String) throws -> JSONValue {
        try OutputFolder.readJSON(folder.appendingPathComponent(name), hint: "pass a folder written by `phiguard synth generate`")
    }

    static func json(_ value: SQLiteDatabase.Value) -> JSONValue {
        switch value {
        case .null: .null
        case let .integer(number): .number(String(number))
        case let .real(number): .double(number)
        case let .text(text): .string(text)
        case let .blob(data): .string(data.base64EncodedString())
        }
    }

    static func equal(_ actual: [[JSONValue]], _ expected: [JSONValue]) -> Bool {
        guard actual.count == expected.count else { return false }
        for (row, expectedRow) in zip(actual, expected) {
            guard let columns = expectedRow.arrayValue, columns.count == row.count else { return false }
            for (value, expectedValue) in zip(row, columns) where !same(value, expectedValue) { return false }
        }
        return true
    }

    private static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        if case let .number(x) = a, case let .number(y) = b { return x == y || Double(x) == Double(y) }
        return a == b
    }

    private static func describe(_ rows: [[JSONValue]]) -> String {
        let text = JSONPrinter.compact(.array(rows.map { .array($0) }))
        return text.count > 300 ? String(text.prefix(300)) + "…" : text
    }
}
