import Foundation
import JSONDocument
import PolicyLoading
import PolicyModel
import RepoAccess
import Scaffolding

/// What the audit needs from the scanner, passed in by the caller so the audit does not depend on it.
public struct AuditScanners: Sendable {
    /// Findings in the working tree.
    public var workingTree: @Sendable (Repository) throws -> [AuditFinding]
    /// Findings introduced by each commit since a date (nil: all history), with `commit` set.
    public var history: @Sendable (Repository, String?) throws -> [AuditFinding]

    public init(
        workingTree: @escaping @Sendable (Repository) throws -> [AuditFinding],
        history: @escaping @Sendable (Repository, String?) throws -> [AuditFinding]
    ) {
        self.workingTree = workingTree
        self.history = history
    }
}

/// Gathers the audit evidence: policy, scaffolder state, git hook, history, scans, synthetic data.
public struct Auditor {
    public let repository: Repository
    public let generatorVersion: String
    public let scanners: AuditScanners?

    public init(repository: Repository, generatorVersion: String, scanners: AuditScanners?) {
        self.repository = repository
        self.generatorVersion = generatorVersion
        self.scanners = scanners
    }

    /// Builds the report; `since` is a git date (`2026-01-01`, `3 months ago`).
    public func report(since: String?) throws -> AuditReport {
        let loaded = try PolicyLoader.load(repository: repository)
        let policy = loaded.policy
        let outcome = try Scaffolder(repository: repository, generatorVersion: generatorVersion).check()
        let history = GitHistory(repository: repository)
        let controls = policy.tools.map { toolControls($0, policy: policy, outcome: outcome) }
        let hook = GitHookInspector(repository: repository).status(outcome: outcome, policy: policy)
        let paths = managedPaths(outcome)
        let repository = repository
        let scanners = scanners
        // The git walks and the scans are independent: run them side by side on the available cores.
        let changes = BackgroundValue { try history.changes(to: paths) }
        // The history scan and the commit walk are independent too: the findings are attributed after both.
        let historyFindings = BackgroundValue { try scanners.map { try $0.history(repository, since) } ?? [] }
        let commitLog = BackgroundValue { try history.commits(since: since, trailer: policy.provenance.trailer, findings: []) }
        let synthetic = BackgroundValue { try SyntheticManifests(repository: repository).verify() }
        let workingFindings = try scanners.map { try $0.workingTree(repository) }
        var report = AuditReport(
            repository: repository.root.lastPathComponent, generator: "phiguard \(generatorVersion)",
            policyFile: loaded.fileExists ? PolicyLoader.relativePath : nil,
            approvals: policy.approvedTools.map {
                .init(tool: $0.tool.rawValue, plan: $0.plan ?? "", tiers: $0.tiers, baa: $0.baa, notes: $0.notes ?? "")
            },
            controls: controls, gitHook: hook,
            history: try changes.value(),
            scan: workingFindings.map(Self.summary), synthetic: try synthetic.value(),
            since: since, commits: GitHistory.attribute(try historyFindings.value(), to: try commitLog.value()),
            manualChecks: controls.filter { $0.enforcement == .needsOrgSetting }.map { "\($0.tool.rawValue): \($0.explanation)" },
            gaps: [])
        report.gaps = GapFinder.gaps(in: report, policy: policy, policyExists: loaded.fileExists, outcome: outcome,
                                     inactiveStages: HookActivation.inactiveStages(in: repository))
        return report
    }

    private func managedPaths(_ outcome: ScaffoldOutcome) -> [String] {
        var paths = [PolicyLoader.relativePath, ".phiguard/lock.json"]
        for change in outcome.changes where !paths.contains(change.path) && change.kind != nil { paths.append(change.path) }
        return paths
    }

    private func toolControls(_ tool: AITool, policy: Policy, outcome: ScaffoldOutcome) -> AuditReport.ToolControls {
        func status(_ kind: ArtifactRole.Kind) -> AuditReport.ControlStatus {
            let related = outcome.changes.filter { $0.tools.contains(tool) && $0.roles.contains { $0.kind == kind } }
            guard !related.isEmpty else { return .notApplicable }
            if related.contains(where: \.tampered) { return .tampered }
            if related.contains(where: { $0.action == .create }) { return .missing }
            if related.contains(where: { $0.action != .unchanged }) { return .stale }
            return .current
        }
        return AuditReport.ToolControls(
            tool: tool, rules: status(.rules), exclusions: status(.exclusions), agentHooks: status(.agentHooks),
            enforcement: EnforcementNotes.level(of: tool), explanation: EnforcementNotes.explanation(of: tool),
            approved: policy.approvedTools.contains { $0.tool == tool })
    }

    static func summary(_ findings: [AuditFinding]) -> AuditReport.ScanSummary {
        AuditReport.ScanSummary(
            byCategory: Dictionary(grouping: findings, by: \.category).mapValues(\.count),
            byKind: Dictionary(grouping: findings, by: \.kind).mapValues(\.count),
            filesAffected: Set(findings.map(\.path)).count, total: findings.count)
    }
}
