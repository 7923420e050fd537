import RepoAccess

/// The git history the audit reports: changes to managed files, and commits with their AI trailers.
struct GitHistory {
    let repository: Repository

    /// Assistants recognised in `Co-authored-by:` trailers.
    static let assistantNames = [
        "claude", "anthropic", "copilot", "cursor", "codex", "openai", "gemini", "windsurf", "codeium", "aider",
        "cline", "devin", "amazon q", "junie", "kiro",
    ]

    /// Every commit that changed one of `paths`, newest first.
    func changes(to paths: [String]) throws -> [AuditReport.HistoryEntry] {
        guard repository.isGitRepository, let output = try? repository.git.output(
            ["log", "--format=%x1e%H%x1f%aI%x1f%an%x1f%s", "--name-only", "--"] + paths)
        else { return [] }
        return output.split(separator: "\u{1e}").compactMap { record in
            let lines = record.split(separator: "\n", omittingEmptySubsequences: true)
            guard let header = lines.first else { return nil }
            let fields = header.split(separator: "\u{1f}", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else { return nil }
            return AuditReport.HistoryEntry(date: fields[1], author: fields[2], commit: String(fields[0].prefix(12)),
                                            subject: fields[3], files: lines.dropFirst().map(String.init))
        }
    }

    /// Commits since `since` (all when nil), each marked AI-assisted or not and with its finding count.
    func commits(since: String?, trailer: String, findings: [AuditFinding]) throws -> [AuditReport.CommitSummary] {
        guard repository.isGitRepository else { return [] }
        let format = "--format=%x1e%H%x1f%aI%x1f%s%x1f%(trailers:key=\(trailer),valueonly,separator=%x2C)"
            + "%x1f%(trailers:key=Co-authored-by,valueonly,separator=%x2C)"
        var arguments = ["log", format]
        if let since { arguments.append("--since=\(since)") }
        let counts = Dictionary(grouping: findings.compactMap(\.commit), by: { $0 }).mapValues(\.count)
        // An empty repository has no HEAD for git log: no commits to report.
        guard let log = try? repository.git.output(arguments) else { return [] }
        return log.split(separator: "\u{1e}").compactMap { record in
            let fields = record.trimmingCharacters(in: .newlines).split(separator: "\u{1f}", omittingEmptySubsequences: false)
                .map(String.init)
            guard fields.count == 5 else { return nil }
            let declared = fields[3].lowercased()
            let coAuthors = fields[4].lowercased()
            let ai = declared.contains("yes") || (!declared.contains("no")
                && Self.assistantNames.contains { coAuthors.contains($0) })
            let count = counts[fields[0]] ?? counts.first { $0.key.hasPrefix(fields[0]) || fields[0].hasPrefix($0.key) }?.value ?? 0
            return AuditReport.CommitSummary(commit: String(fields[0].prefix(12)), date: fields[1], subject: fields[2],
                                             aiAssisted: ai, findings: count)
        }
    }

    /// The commits with the number of findings each introduced.
    static func attribute(_ findings: [AuditFinding], to commits: [AuditReport.CommitSummary]) -> [AuditReport.CommitSummary] {
        let byCommit = Dictionary(grouping: findings.filter { $0.commit != nil }, by: { String(($0.commit ?? "").prefix(12)) })
        return commits.map { commit in
            var summary = commit
            let introduced = byCommit[String(commit.commit.prefix(12))] ?? []
            summary.findings = introduced.count
            summary.kinds = Set(introduced.map(\.kind)).sorted()
            return summary
        }
    }
}
