import RepoAccess

/// Temporary stand-in until the inspector lands: reports nothing.
public enum Inspector {
    /// Inspects a repository.
    public static func inspect(_ repository: Repository) throws -> InspectionReport {
        InspectionReport()
    }
}
