/// Finds ETL and analysis code (pandas, R, Spark, SQL clients) that reads patient data.
enum DataReadAnalyzer {
    private static let readCall = TextPattern(
        #"\b(?:read_csv|read\.csv|read\.csv2|read_excel|read_parquet|read_sql|read_sql_query|read_sql_table|read_table|read\.table|read_delim|read_tsv|read_json|read_feather|read_sas|read_stata|read_spss|read_xlsx|readRDS|fread|vroom|dbGetQuery|dbReadTable|spark\.read|scan_csv|scan_parquet)\b"#)

    /// Quoted strings naming a file or table: a path with an extension, or a bare word.
    private static let quoted = TextPattern(#"['"]([\w./\\-]{3,200})['"]"#)

    /// Why `text` looks like code that reads patient data, or nil.
    static func reason(in text: String) -> String? {
        guard readCall.occurs(in: text) else { return nil }
        let sources = quoted.firstCaptures(in: text).filter { ($0.contains("/") || $0.contains(".")) && namesPatientData($0) }
        let tables = SQLQueryAnalyzer.patientTables(in: text)
        let columns = PHIVocabulary.phiColumns(
            in: IdentifierTokenizer.tokens(in: text), includePersonColumns: false)
        guard !sources.isEmpty || !tables.isEmpty || !columns.isEmpty else { return nil }
        var reason = "reads patient data"
        let origins = unique(sources).prefix(3) + tables.prefix(3).map { "table " + $0 }
        if !origins.isEmpty {
            reason += " from " + origins.joined(separator: ", ")
        }
        if !columns.isEmpty {
            reason += " (columns " + columns.prefix(6).joined(separator: ", ") + ")"
        }
        return reason
    }

    /// Whether a quoted path or table name contains a patient-data word (`data/patients.csv`, `claims_2024`).
    static func namesPatientData(_ name: String) -> Bool {
        let words = IdentifierTokenizer.tokens(in: name).flatMap { $0.split(separator: "_").map(String.init) }
        return words.contains { PHIVocabulary.tables.contains($0) || PHIVocabulary.identifyingColumns.contains($0) }
    }

    private static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
