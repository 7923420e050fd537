/// What one file's content showed.
struct FileFindings: Sendable {
    /// The file, repository-relative.
    var path: String
    var tracked: Bool
    var frameworks: [String] = []
    /// Tables it declares that hold patient data.
    var tables: [TableDefinition] = []
    /// Routes it defines that serve patient data, as written.
    var routes: [String] = []
    /// Why the file is a restricted candidate; empty when it is not one.
    var reasons: [String] = []
    /// The sensitive-file kind its content showed ("patient-data", "database-dump", ...).
    var sensitiveKind: String?
    /// Whether the listed path is a symbolic link (never read).
    var isSymbolicLink = false

    init(path: String, tracked: Bool) {
        self.path = path
        self.tracked = tracked
    }
}
