/// Finds the patient tables a SQL query reads (`FROM patients`, `JOIN encounters e`, dbt's `ref('claims')`).
enum SQLQueryAnalyzer {
    private static let tableReference = TextPattern(
        #"\b(?:from|join)\s+[`"\[]?(?:\w+[`"\]]?\.)?[`"\[]?(\w+)|\bref\(\s*['"](\w+)['"]\s*\)"#, caseInsensitive: true)

    /// The patient tables referenced, in first-seen order (empty when none).
    static func patientTables(in text: String) -> [String] {
        var seen = Set<String>()
        return tableReference.firstCaptures(in: text).map(IdentifierTokenizer.normalize)
            .filter { PHIVocabulary.isPatientTable($0) && seen.insert($0).inserted }
    }
}
