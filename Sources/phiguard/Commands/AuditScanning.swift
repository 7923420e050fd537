import Audit
import PolicyLoading
import PolicyModel
import RepoAccess
import Scanning

/// Connects the audit to the scanner: the working tree's findings and those each commit introduced.
enum AuditScanning {
    static let scanners: AuditScanners? = AuditScanners(
        workingTree: { repository in try findings(repository, .workingTree) },
        history: { repository, _ in
            // Every blob once, with the commit that introduced it; the audit keeps the commits in its window.
            repository.isGitRepository ? try findings(repository, .history) : []
        })

    private static func findings(_ repository: Repository, _ mode: ScanOptions.Mode) throws -> [AuditFinding] {
        let policy = try PolicyLoader.load(repository: repository).policy
        return try Scanner(repository: repository, policy: policy).scan(ScanOptions(mode: mode)).findings.map {
            AuditFinding(path: $0.path, kind: $0.kind.name, category: $0.kind.category.rawValue, commit: $0.commit)
        }
    }
}
