import CSQLite
import Foundation

/// One SQLite connection: the few calls `synth` makes, over the system library.
///
/// phiguard used GRDB for this; compiling it was a quarter of a fresh build's time for five calls.
final class SQLiteDatabase {
    /// A value as SQLite stores it.
    enum Value: Equatable {
        case null
        case integer(Int64)
        case real(Double)
        case text(String)
        case blob(Data)
    }

    private let connection: OpaquePointer

    /// Opens (creating it if needed) the database at `path`, or an in-memory one when `path` is nil.
    init(path: String?) throws {
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path ?? ":memory:", &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_close(handle)
            throw SynthError.database("cannot open \(path ?? "an in-memory database"): \(reason)")
        }
        connection = handle
    }

    deinit { sqlite3_close(connection) }

    /// Runs one or more statements that return no rows.
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(connection, sql, nil, nil, &message)
        defer { sqlite3_free(message) }
        guard code == SQLITE_OK else {
            throw SynthError.database(message.map { String(cString: $0) } ?? lastError)
        }
    }

    /// Runs `body` inside a transaction: committed when it returns, rolled back when it throws.
    func inTransaction(_ body: () throws -> Void) throws {
        try execute("BEGIN")
        do {
            try body()
            try execute("COMMIT")
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// A compiled statement, finalized when the value goes away.
    func prepare(_ sql: String) throws -> Statement {
        var handle: OpaquePointer?
        guard sqlite3_prepare_v2(connection, sql, -1, &handle, nil) == SQLITE_OK, let handle else {
            sqlite3_finalize(handle)
            throw SynthError.database(lastError)
        }
        return Statement(handle: handle, database: self)
    }

    /// Every row `sql` returns, each value as SQLite typed it.
    func rows(_ sql: String) throws -> [[Value]] {
        let statement = try prepare(sql)
        var rows: [[Value]] = []
        while try statement.step() {
            rows.append((0..<sqlite3_column_count(statement.handle)).map(statement.value))
        }
        return rows
    }

    /// The connection's last error message.
    var lastError: String { String(cString: sqlite3_errmsg(connection)) }

    /// A prepared statement; `database` keeps the connection open while it lives.
    final class Statement {
        let handle: OpaquePointer
        private let database: SQLiteDatabase

        fileprivate init(handle: OpaquePointer, database: SQLiteDatabase) {
            self.handle = handle
            self.database = database
        }

        deinit { sqlite3_finalize(handle) }

        /// Binds `count` bytes at `text` to parameter `index` (1-based); the bytes must outlive the next step.
        func bindText(_ index: Int32, _ text: UnsafePointer<CChar>, count: Int32) throws {
            // SQLITE_STATIC (nil destructor): SQLite does not copy the bytes.
            try check(sqlite3_bind_text(handle, index, text, count, nil))
        }

        /// Advances to the next row: true while there is one.
        func step() throws -> Bool {
            switch sqlite3_step(handle) {
            case SQLITE_ROW: return true
            case SQLITE_DONE: return false
            case let code: try check(code); return false
            }
        }

        /// Makes the statement ready to run again (bindings stay).
        func reset() throws { try check(sqlite3_reset(handle)) }

        fileprivate func value(_ column: Int32) -> Value {
            switch sqlite3_column_type(handle, column) {
            case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, column))
            case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, column))
            case SQLITE_TEXT:
                return .text(sqlite3_column_text(handle, column).map { String(cString: $0) } ?? "")
            case SQLITE_BLOB:
                let count = Int(sqlite3_column_bytes(handle, column))
                return .blob(sqlite3_column_blob(handle, column).map { Data(bytes: $0, count: count) } ?? Data())
            default: return .null
            }
        }

        private func check(_ code: Int32) throws {
            guard code == SQLITE_OK || code == SQLITE_DONE || code == SQLITE_ROW else {
                throw SynthError.database(database.lastError)
            }
        }
    }
}
