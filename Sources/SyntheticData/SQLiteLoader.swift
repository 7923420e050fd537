import Foundation

/// Loads the CSV tables into SQLite the way `sqlite3`'s `.import --csv --skip 1` does: `schema.sql`
/// first, then every field bound as text, so column affinity converts numbers and an empty field
/// stays an empty string, never NULL.
enum SQLiteLoader {
    /// A database at `path` (nil: in memory) with every table loaded from `folder/csv`.
    static func load(csvFolder: URL, schema: String, path: String?) throws -> SQLiteDatabase {
        let database = try SQLiteDatabase(path: path)
        try database.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
        try database.inTransaction {
            try database.execute(schema)
            for table in SyntheaTables.all {
                try importTable(table, from: csvFolder.appendingPathComponent("\(table.name).csv"), into: database)
            }
        }
        return database
    }

    private static func importTable(_ table: SyntheaTables.Table, from url: URL, into database: SQLiteDatabase) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let placeholders = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        let statement = try database.prepare("INSERT INTO \(table.name) VALUES (\(placeholders))")
        var scratch: [UInt8] = [0]
        var ranges: [Range<Int>] = []
        var first = true
        try CSVLines.forEachLine(url) { line in
            if first { first = false; return }
            CSVFormat.split(line, into: &scratch, ranges: &ranges)
            // `.import` binds every field as text; a short row's missing fields are empty strings.
            scratch.append(0)
            try scratch.withUnsafeBufferPointer { bytes in
                guard let base = bytes.baseAddress else { return }
                for column in 0..<table.columns.count {
                    let range = column < ranges.count ? ranges[column] : 0..<0
                    let text = UnsafeRawPointer(base + range.lowerBound).assumingMemoryBound(to: CChar.self)
                    try statement.bindText(Int32(column + 1), text, count: Int32(range.count))
                }
                _ = try statement.step()
                try statement.reset()
            }
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

    /// Each line's bytes without its newline, read in 1 MB blocks (no String decoding on the way).
    static func forEachLine(_ url: URL, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw SynthError.unreadable(path: url.path, reason: "cannot read the file")
        }
        defer { try? handle.close() }
        var pending: [UInt8] = []
        while true {
            let data = handle.readData(ofLength: 1 << 20)
            if data.isEmpty { break }
            pending.append(contentsOf: data)
            guard let lastNewline = pending.lastIndex(of: 10) else { continue }
            try pending.withUnsafeBufferPointer { buffer in
                var start = 0
                for index in 0...lastNewline where buffer[index] == 10 {
                    try body(UnsafeBufferPointer(rebasing: buffer[start..<index]))
                    start = index + 1
                }
            }
            pending.removeSubrange(0...lastNewline)
        }
        if !pending.isEmpty { try pending.withUnsafeBufferPointer { try body($0) } }
    }
}
