/// Finds the patient tables a SQL dump inserts rows into.
enum SQLDumpAnalyzer {
    private static let insert = TextPattern(
        #"insert\s+into\s+(?:[`"\[]?\w+[`"\]]?\.)?[`"\[]?(\w+)"#, caseInsensitive: true)

    /// The patient tables with INSERT statements, in first-seen order; nil when there are none.
    static func patientTables(in text: String) -> [String]? {
        var seen = Set<String>()
        let tables = insert.firstCaptures(in: text).map(IdentifierTokenizer.normalize)
            .filter { PHIVocabulary.isPatientTable($0) && seen.insert($0).inserted }
        return tables.isEmpty ? nil : tables
    }
}
