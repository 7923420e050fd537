import PolicyModel
import RepoAccess
import Scanning

/// Scaffolder reports with detected values masked: their diffs echo the user's own lines, which
/// may hold a token or an SSN, and phiguard never prints one.
enum RedactedReport {
    static func text(_ report: String, repository: Repository) -> String {
        guard !report.isEmpty else { return report }
        do {
            let policy = (try? PolicyLoader.load(repository: repository).policy) ?? Policy.builtInDefault
            return try Scanner(repository: repository, policy: policy).redactingValues(in: report)
        } catch {
            // Without a scanner, drop every context and changed line rather than risk printing a value.
            return report.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix(" ") || (line.hasPrefix("+") && !line.hasPrefix("+++")) || (line.hasPrefix("-") && !line.hasPrefix("---"))
                    ? "\(line.prefix(1))[line hidden: phiguard could not check it for detected values]" : String(line)
            }.joined(separator: "\n")
        }
    }
}
