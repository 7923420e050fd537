import Foundation

/// The tables phiguard writes, with the CSV columns of Synthea 3.3 (the layout OHDSI's ETL-Synthea
/// reads as `syntheaVersion = "3.3.0"`) plus the `NPI` column SPEC adds to providers and
/// organizations, and the SQLite types of `schema.sql`.
enum SyntheaTables {
    struct Table: Sendable {
        var name: String
        /// (column, SQLite type)
        var columns: [(String, String)]

        /// The CSV header line, newline included.
        var header: String { CSVFormat.line(columns.map(\.0)) }
    }

    static let patients = Table(name: "patients", columns: [
        ("Id", "TEXT"), ("BIRTHDATE", "TEXT"), ("DEATHDATE", "TEXT"), ("SSN", "TEXT"), ("DRIVERS", "TEXT"), ("PASSPORT", "TEXT"),
        ("PREFIX", "TEXT"), ("FIRST", "TEXT"), ("MIDDLE", "TEXT"), ("LAST", "TEXT"), ("SUFFIX", "TEXT"), ("MAIDEN", "TEXT"),
        ("MARITAL", "TEXT"), ("RACE", "TEXT"), ("ETHNICITY", "TEXT"), ("GENDER", "TEXT"), ("BIRTHPLACE", "TEXT"),
        ("ADDRESS", "TEXT"), ("CITY", "TEXT"), ("STATE", "TEXT"), ("COUNTY", "TEXT"), ("FIPS", "TEXT"), ("ZIP", "TEXT"),
        ("LAT", "REAL"), ("LON", "REAL"), ("HEALTHCARE_EXPENSES", "REAL"), ("HEALTHCARE_COVERAGE", "REAL"), ("INCOME", "INTEGER"),
    ])
    static let encounters = Table(name: "encounters", columns: [
        ("Id", "TEXT"), ("START", "TEXT"), ("STOP", "TEXT"), ("PATIENT", "TEXT"), ("ORGANIZATION", "TEXT"), ("PROVIDER", "TEXT"),
        ("PAYER", "TEXT"), ("ENCOUNTERCLASS", "TEXT"), ("CODE", "TEXT"), ("DESCRIPTION", "TEXT"), ("BASE_ENCOUNTER_COST", "REAL"),
        ("TOTAL_CLAIM_COST", "REAL"), ("PAYER_COVERAGE", "REAL"), ("REASONCODE", "TEXT"), ("REASONDESCRIPTION", "TEXT"),
    ])
    static let conditions = Table(name: "conditions", columns: [
        ("START", "TEXT"), ("STOP", "TEXT"), ("PATIENT", "TEXT"), ("ENCOUNTER", "TEXT"), ("SYSTEM", "TEXT"), ("CODE", "TEXT"),
        ("DESCRIPTION", "TEXT"),
    ])
    static let medications = Table(name: "medications", columns: [
        ("START", "TEXT"), ("STOP", "TEXT"), ("PATIENT", "TEXT"), ("PAYER", "TEXT"), ("ENCOUNTER", "TEXT"), ("CODE", "TEXT"),
        ("DESCRIPTION", "TEXT"), ("BASE_COST", "REAL"), ("PAYER_COVERAGE", "REAL"), ("DISPENSES", "INTEGER"), ("TOTALCOST", "REAL"),
        ("REASONCODE", "TEXT"), ("REASONDESCRIPTION", "TEXT"),
    ])
    static let observations = Table(name: "observations", columns: [
        ("DATE", "TEXT"), ("PATIENT", "TEXT"), ("ENCOUNTER", "TEXT"), ("CATEGORY", "TEXT"), ("CODE", "TEXT"),
        ("DESCRIPTION", "TEXT"), ("VALUE", "TEXT"), ("UNITS", "TEXT"), ("TYPE", "TEXT"),
    ])
    static let immunizations = Table(name: "immunizations", columns: [
        ("DATE", "TEXT"), ("PATIENT", "TEXT"), ("ENCOUNTER", "TEXT"), ("CODE", "TEXT"), ("DESCRIPTION", "TEXT"), ("BASE_COST", "REAL"),
    ])
    static let allergies = Table(name: "allergies", columns: [
        ("START", "TEXT"), ("STOP", "TEXT"), ("PATIENT", "TEXT"), ("ENCOUNTER", "TEXT"), ("CODE", "TEXT"), ("SYSTEM", "TEXT"),
        ("DESCRIPTION", "TEXT"), ("TYPE", "TEXT"), ("CATEGORY", "TEXT"), ("REACTION1", "TEXT"), ("DESCRIPTION1", "TEXT"),
        ("SEVERITY1", "TEXT"), ("REACTION2", "TEXT"), ("DESCRIPTION2", "TEXT"), ("SEVERITY2", "TEXT"),
    ])
    static let procedures = Table(name: "procedures", columns: [
        ("START", "TEXT"), ("STOP", "TEXT"), ("PATIENT", "TEXT"), ("ENCOUNTER", "TEXT"), ("SYSTEM", "TEXT"), ("CODE", "TEXT"),
        ("DESCRIPTION", "TEXT"), ("BASE_COST", "REAL"), ("REASONCODE", "TEXT"), ("REASONDESCRIPTION", "TEXT"),
    ])
    static let providers = Table(name: "providers", columns: [
        ("Id", "TEXT"), ("ORGANIZATION", "TEXT"), ("NAME", "TEXT"), ("GENDER", "TEXT"), ("SPECIALITY", "TEXT"), ("ADDRESS", "TEXT"),
        ("CITY", "TEXT"), ("STATE", "TEXT"), ("ZIP", "TEXT"), ("LAT", "REAL"), ("LON", "REAL"), ("ENCOUNTERS", "INTEGER"),
        ("PROCEDURES", "INTEGER"), ("NPI", "TEXT"),
    ])
    static let organizations = Table(name: "organizations", columns: [
        ("Id", "TEXT"), ("NAME", "TEXT"), ("ADDRESS", "TEXT"), ("CITY", "TEXT"), ("STATE", "TEXT"), ("ZIP", "TEXT"), ("LAT", "REAL"),
        ("LON", "REAL"), ("PHONE", "TEXT"), ("REVENUE", "REAL"), ("UTILIZATION", "INTEGER"), ("NPI", "TEXT"),
    ])
    static let payers = Table(name: "payers", columns: [
        ("Id", "TEXT"), ("NAME", "TEXT"), ("OWNERSHIP", "TEXT"), ("ADDRESS", "TEXT"), ("CITY", "TEXT"), ("STATE_HEADQUARTERED", "TEXT"),
        ("ZIP", "TEXT"), ("PHONE", "TEXT"), ("AMOUNT_COVERED", "REAL"), ("AMOUNT_UNCOVERED", "REAL"), ("REVENUE", "REAL"),
        ("COVERED_ENCOUNTERS", "INTEGER"), ("UNCOVERED_ENCOUNTERS", "INTEGER"), ("COVERED_MEDICATIONS", "INTEGER"),
        ("UNCOVERED_MEDICATIONS", "INTEGER"), ("COVERED_PROCEDURES", "INTEGER"), ("UNCOVERED_PROCEDURES", "INTEGER"),
        ("COVERED_IMMUNIZATIONS", "INTEGER"), ("UNCOVERED_IMMUNIZATIONS", "INTEGER"), ("UNIQUE_CUSTOMERS", "INTEGER"),
        ("QOLS_AVG", "REAL"), ("MEMBER_MONTHS", "INTEGER"),
    ])

    /// Patient tables in writing order, then the reference tables (written last: they aggregate).
    static let patientTables = [patients, encounters, conditions, medications, observations, immunizations, allergies, procedures]
    static let referenceTables = [organizations, providers, payers]
    static let all = patientTables + referenceTables

    /// `schema.sql`: one CREATE TABLE per table, then indexes the answers' joins use.
    static var schemaSQL: String {
        var sql = "-- Generated by phiguard synth: SQLite schema for the CSV files in csv/ (Synthea column names).\n"
        for table in all {
            sql += "CREATE TABLE \(table.name) (\n"
            sql += table.columns.map { "  \($0.0) \($0.1)" }.joined(separator: ",\n") + "\n);\n"
        }
        for (table, column) in [("encounters", "PATIENT"), ("conditions", "PATIENT"), ("medications", "PATIENT"),
                                ("observations", "PATIENT"), ("observations", "CODE"), ("immunizations", "PATIENT"),
                                ("procedures", "PATIENT"), ("patients", "Id")] {
            sql += "CREATE INDEX \(table)_\(column.lowercased()) ON \(table)(\(column));\n"
        }
        return sql
    }
}

/// CSV as RFC 4180: a field is quoted only when it holds a comma, a quote or a line break.
enum CSVFormat {
    static func line(_ fields: [String]) -> String {
        var bytes: [UInt8] = []
        append(fields, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends one CSV line to a byte buffer, quoting by bytes (no grapheme walks on the hot path).
    static func append(_ fields: [String], to bytes: inout [UInt8]) {
        for (index, value) in fields.enumerated() {
            if index > 0 { bytes.append(44) }
            var needsQuotes = false
            for byte in value.utf8 where byte == 44 || byte == 34 || byte == 10 || byte == 13 {
                needsQuotes = true
                break
            }
            if needsQuotes {
                bytes.append(34)
                for byte in value.utf8 {
                    if byte == 34 { bytes.append(34) }
                    bytes.append(byte)
                }
                bytes.append(34)
            } else {
                bytes.append(contentsOf: value.utf8)
            }
        }
        bytes.append(10)
    }

    /// Splits one CSV line (no embedded line breaks, which phiguard never writes) into fields.
    static func fields(_ line: Substring) -> [String] {
        var text = String(line)
        return text.withUTF8 { fields(bytes: $0) }
    }

    /// Splits one CSV line given as bytes.
    static func fields(bytes line: UnsafeBufferPointer<UInt8>) -> [String] {
        var scratch: [UInt8] = []
        var ranges: [Range<Int>] = []
        split(line, into: &scratch, ranges: &ranges)
        return ranges.map { String(decoding: scratch[$0], as: UTF8.self) }
    }

    /// Splits one CSV line into its unquoted field bytes, laid end to end in `scratch`, and each
    /// field's range there. A quote opens a quoted stretch anywhere in a field; inside one, `""` is
    /// a literal quote.
    static func split(_ line: UnsafeBufferPointer<UInt8>, into scratch: inout [UInt8], ranges: inout [Range<Int>]) {
        scratch.removeAll(keepingCapacity: true)
        ranges.removeAll(keepingCapacity: true)
        var start = 0
        var quoted = false
        var index = 0
        while index < line.count {
            let byte = line[index]
            index += 1
            if quoted {
                if byte != 34 {
                    scratch.append(byte)
                } else if index < line.count, line[index] == 34 {
                    scratch.append(34)
                    index += 1
                } else {
                    quoted = false
                }
            } else if byte == 34 {
                quoted = true
            } else if byte == 44 {
                ranges.append(start..<scratch.count)
                start = scratch.count
            } else {
                scratch.append(byte)
            }
        }
        ranges.append(start..<scratch.count)
    }

    /// Cents as `123.45`.
    static func money(_ cents: Int) -> String { "\(cents / 100)." + String(cents % 100).leftPadded(2) }

    /// Tenths as `7.2`.
    static func tenths(_ value: Int) -> String { "\(value / 10).\(value % 10)" }
}
