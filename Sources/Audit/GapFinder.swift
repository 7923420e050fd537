import PolicyModel
import Scaffolding

/// Turns the evidence into gaps, each with the command that closes it.
enum GapFinder {
    static func gaps(in report: AuditReport, policy: Policy, policyExists: Bool, outcome: ScaffoldOutcome,
                     inactiveStages: [InactiveHookStage] = []) -> [AuditReport.Gap]
    {
        var gaps: [AuditReport.Gap] = []
        if !policyExists {
            gaps.append(.init(area: "policy", description: "no .phiguard/policy.yml: the built-in defaults are in force but not recorded",
                              command: "phiguard init"))
        }
        for change in outcome.changes where change.tampered {
            gaps.append(.init(area: "artifacts", description: "\(change.path) was edited by hand inside phiguard's region",
                              command: "phiguard apply --force (after moving the edit into the policy)"))
        }
        for change in outcome.changes where !change.tampered && change.action != .unchanged {
            let state = change.action == .create ? "missing" : change.action == .delete ? "left over" : "out of date"
            gaps.append(.init(area: "artifacts", description: "\(change.path) is \(state)", command: "phiguard apply"))
        }
        let unapproved = report.controls.filter { !$0.approved }.map(\.tool.rawValue)
        if !unapproved.isEmpty {
            gaps.append(.init(
                area: "approval",
                description: "no approval record (approvedTools) for \(unapproved.joined(separator: ", "))",
                command: "add {tool: …, plan: …, tiers: […], baa: …} entries to approvedTools in .phiguard/policy.yml, "
                    + "or remove unapproved tools from tools"))
        }
        gaps += hookGaps(report.gitHook, policy: policy)
        if let scan = report.scan, scan.total > 0 {
            gaps.append(.init(area: "scan", description: "\(scan.total) finding(s) in \(scan.filesAffected) file(s) of the working tree",
                              command: "phiguard scan (fix, mark with phiguard:allow <reason>, or baseline with --update-baseline)"))
        }
        for fixture in report.synthetic where !fixture.verified {
            gaps.append(.init(area: "synthetic data", description: "\(fixture.manifest) does not verify: \(fixture.problems.prefix(3).joined(separator: "; "))",
                              command: "phiguard synth verify \(dirname(fixture.manifest))"))
        }
        let aiFindings = report.commits.filter { $0.aiAssisted && $0.findings > 0 }
        // The pre-commit stage is judged with the hook above; a missing commit-msg stage means the
        // AI-Assisted trailer is not enforced although the configuration says it is.
        for stage in inactiveStages where stage.stage != "pre-commit" {
            gaps.append(.init(area: "git hook", description: "the \(stage.stage) hook configured in \(stage.manager) is not installed in this clone",
                              command: stage.command))
        }
        if !aiFindings.isEmpty {
            gaps.append(.init(area: "AI-assisted commits", description: "\(aiFindings.count) AI-assisted commit(s) introduced findings",
                              command: "phiguard scan --since <commit>^ and review those commits"))
        }
        return gaps
    }

    private static func hookGaps(_ hook: AuditReport.GitHook, policy: Policy) -> [AuditReport.Gap] {
        guard policy.hooks.git != .none, hook.path != nil else { return [] }
        var gaps: [AuditReport.Gap] = []
        if !hook.installed {
            gaps.append(.init(area: "git hook", description: "the pre-commit hook is not installed as the policy says", command: "phiguard apply"))
        }
        if !hook.active {
            let command: String
            switch hook.manager {
            case "pre-commit": command = "pre-commit install --hook-type pre-commit --hook-type commit-msg"
            case "lefthook": command = "lefthook install"
            case "husky": command = "npx husky"
            default: command = "git config core.hooksPath .githooks (or phiguard apply)"
            }
            gaps.append(.init(area: "git hook", description: "git does not run the \(hook.manager) hook", command: command))
        } else if !hook.executable {
            gaps.append(.init(area: "git hook", description: "the hook git runs is not executable", command: "chmod +x <hooks folder>/pre-commit"))
        } else if !hook.callsPhiguard {
            gaps.append(.init(area: "git hook", description: "the active hook does not call phiguard scan --staged", command: "phiguard apply"))
        }
        return gaps
    }

    private static func dirname(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }
}
