import Foundation
import RepoAccess

/// Inspects a repository: one file listing, name-based checks on every path, bounded reads of the
/// files whose content matters (`ContentRole`, `SourceSelection`), spread over all cores. Read-only.
public enum Inspector {
    /// The inspection report of `repository`.
    public static func inspect(_ repository: Repository) throws -> InspectionReport {
        let root = repository.root.path
        let listing = try RepositoryListing.start(repository)
        var survey = PathSurvey(listing.first)
        var findings = ParallelWork.map(survey.takeJobs()) { ContentAnalyzer.analyze($0, root: root) }
        survey.add(try listing.rest())
        findings += ParallelWork.map(survey.takeJobs()) { ContentAnalyzer.analyze($0, root: root) }
        var report = InspectionReport()
        report.languages = LanguageCatalog.ranked(survey.languageCounts)
        report.frameworks = survey.frameworks.union(findings.flatMap(\.frameworks)).sorted()
        report.aiTools = survey.aiTools.sorted { ($0.tool, $0.path) < ($1.tool, $1.path) }
        report.hookManagers = orderedHookManagers(survey.hookManagers, repository: repository)
        report.sensitiveFiles = sensitiveFiles(survey: survey, findings: findings, root: root)
        let candidates = findings.filter { !$0.reasons.isEmpty }
            .map { RestrictedCandidate(path: $0.path, reason: $0.reasons.joined(separator: "; ")) }
        report.restrictedCandidates = CandidateGrouper(folderFileCounts: survey.folderFileCounts).group(candidates)
        report.restrictedTables = uniqueSorted(findings.flatMap { $0.tables.map(\.table) })
        report.restrictedRoutes = uniqueSorted(findings.flatMap { $0.routes.compactMap(RouteAnalyzer.glob) })
        report.symlinksOutsideRepository = escapingLinks(survey: survey, findings: findings, root: repository.root)
        report.unreadSourceFiles = survey.unreadSourceFiles
        return report
    }

    private static func orderedHookManagers(_ found: [DetectedHookManager], repository: Repository)
        -> [DetectedHookManager]
    {
        let order = DetectedHookManager.Kind.allCases
        var managers = found.sorted {
            (order.firstIndex(of: $0.kind) ?? 0, $0.path) < (order.firstIndex(of: $1.kind) ?? 0, $1.path)
        }
        if let plain = HookManagerDetector.plainGitHooks(in: repository) { managers.append(plain) }
        return managers
    }

    private static func sensitiveFiles(survey: PathSurvey, findings: [FileFindings], root: String)
        -> [SensitiveFile]
    {
        var files = survey.sensitiveFiles
        var named = Set(files.map(\.path))
        for finding in findings {
            guard let kind = finding.sensitiveKind, named.insert(finding.path).inserted else { continue }
            files.append(SensitiveFile(path: finding.path, kind: kind, tracked: finding.tracked))
        }
        files += IgnoredSecretFinder.find(root: root, folders: survey.secretFolders, listed: named)
            .filter { named.insert($0.path).inserted }
        return files.sorted { $0.path < $1.path }
    }

    private static func escapingLinks(survey: PathSurvey, findings: [FileFindings], root: URL) -> [String] {
        let links = survey.linkChecks.filter { path in
            BoundedFileReader.entry(atPath: root.path + "/" + path) == .symbolicLink
        } + findings.filter(\.isSymbolicLink).map(\.path)
        return uniqueSorted(links.filter { PathSafety.escapes($0, in: root) })
    }

    private static func uniqueSorted(_ items: [String]) -> [String] {
        Array(Set(items)).sorted()
    }
}
