import Foundation
import GRDB

/// Loads the CSV tables into SQLite the way `sqlite3`'s `.import --csv --skip 1` does: `schema.sql`
/// first, then every field bound as text, so column affinity converts numbers and an empty field
/// stays an empty string, never NULL.
enum SQLiteLoader {
    /// A database at `path` (nil: in memory) with every table loaded from `folder/csv`.
    static func load(csvFolder: URL, schema: String, path: String?) throws -> DatabaseQueue {
        do {
            var configuration = Configuration()
            configuration.journalMode = .default
            let queue = try path.map { try DatabaseQueue(path: $0, configuration: configuration) } ?? DatabaseQueue(configuration: configuration)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF")
                try db.execute(sql: "PRAGMA synchronous = OFF")
            }
            try queue.inTransaction { db in
                try db.execute(sql: schema)
                for table in SyntheaTables.all {
                    try importTable(table, from: csvFolder.appendingPathComponent("\(table.name).csv"), into: db)
                }
                return .commit
            }
            return queue
        } catch let error as SynthError {
            throw error
        } catch {
            throw SynthError.database("\(error)")
        }
    }

    private static func importTable(_ table: SyntheaTables.Table, from url: URL, into db: Database) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let placeholders = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        let statement = try db.makeStatement(sql: "INSERT INTO \(table.name) VALUES (\(placeholders))")
        var first = true
        try CSVLines.forEach(url) { line in
            if first { first = false; return }
            var fields = CSVFormat.fields(line)
            if fields.count < table.columns.count { fields += Array(repeating: "", count: table.columns.count - fields.count) }
            try statement.execute(arguments: StatementArguments(fields.prefix(table.columns.count).map { $0 as DatabaseValueConvertible }))
        }
    }
}

/// Reads a text file line by line in 1 MB blocks.
enum CSVLines {
    /// The first `count` lines of a file, reading no more than it needs.
    static func first(_ count: Int, of url: URL) throws -> [String] {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw SynthError.unreadable(path: url.path, reason: "cannot read the file")
        }
        defer { try? handle.close() }
        let text = String(decoding: handle.readData(ofLength: 1 << 16), as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).prefix(count).map(String.init)
    }

    static func forEach(_ url: URL, _ body: (Substring) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw SynthError.unreadable(path: url.path, reason: "cannot read the file")
        }
        defer { try? handle.close() }
        var pending = ""
        while true {
            let data = handle.readData(ofLength: 1 << 20)
            if data.isEmpty { break }
            pending += String(decoding: data, as: UTF8.self)
            guard let lastNewline = pending.lastIndex(of: "\n") else { continue }
            for line in pending[..<lastNewline].split(separator: "\n", omittingEmptySubsequences: false) { try body(line) }
            pending = String(pending[pending.index(after: lastNewline)...])
        }
        if !pending.isEmpty { try body(pending[...]) }
    }
}
