/// A table (or ORM model) declared in a schema, model or migration file.
struct TableDefinition: Sendable, Equatable {
    /// The table name as the database knows it, snake_case.
    let table: String
    /// The PHI columns it declares, identifying ones first.
    let phiColumns: [String]

    /// Whether it holds patient data: a patient table by name, or one identifying column.
    var isRestricted: Bool {
        PHIVocabulary.isPatientTable(table) || phiColumns.contains { PHIVocabulary.identifyingColumns.contains($0) }
    }
}
