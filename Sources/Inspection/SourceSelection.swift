/// Which source files a large repository gets read: every one up to `fullReadLimit`, beyond that
/// only those whose path suggests schemas, models, migrations, routes or ETL.
///
/// Reading costs a few system calls per file whatever its size; on a 100k-file monorepo reading
/// every source file would take longer than git takes to list them. Names only choose what is read:
/// whether a read file is a candidate is still decided by its content.
enum SourceSelection {
    /// Repositories with at most this many source files have every one read.
    static let fullReadLimit = 20_000

    private static let hintWords: Set<String> = [
        "model", "models", "entity", "entities", "schema", "schemas", "migration", "migrations", "migrate",
        "db", "database", "databases", "sql", "alembic", "prisma", "orm", "dao", "repository", "repositories",
        "store", "stores", "persistence", "route", "routes", "router", "routers", "urls", "url", "views", "view",
        "controller", "controllers", "api", "apis", "handler", "handlers", "endpoint", "endpoints", "resource",
        "resources", "server", "app", "etl", "elt", "pipeline", "pipelines", "dag", "dags", "job", "jobs",
        "script", "scripts", "analysis", "analyses", "analytics", "notebook", "notebooks", "ingest", "ingestion",
        "load", "loader", "loaders", "extract", "transform", "warehouse", "dbt", "report", "reports", "fhir", "hl7",
        "seed", "seeds", "fixtures",
    ]

    /// Whether the path has a hint word, or a PHI word, as one of its name parts
    /// (split at punctuation and at camelCase steps: `PatientCard.tsx` → patient, card, tsx).
    static func isHinted(_ path: String) -> Bool {
        var word: [UInt8] = []
        var previousWasLower = false
        for byte in path.utf8 {
            if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) {
                word.append(byte)
                previousWasLower = byte >= 97
            } else if byte >= 65 && byte <= 90 {
                if previousWasLower {
                    if isHintWord(word) { return true }
                    word.removeAll(keepingCapacity: true)
                }
                word.append(byte + 32)
                previousWasLower = false
            } else {
                previousWasLower = false
                if isHintWord(word) { return true }
                word.removeAll(keepingCapacity: true)
            }
        }
        return isHintWord(word)
    }

    /// Hint words and PHI words in one set: one lookup per name part.
    private static let allWords = hintWords.union(PHIVocabulary.tables).union(PHIVocabulary.routeSegments)

    private static func isHintWord(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 2, bytes.count <= 24 else { return false }
        return allWords.contains(String(decoding: bytes, as: UTF8.self))
    }
}
