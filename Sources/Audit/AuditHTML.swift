/// The audit as one self-contained HTML page: inline CSS, no scripts, no external resources,
/// readable on screen and on paper.
enum AuditHTML {
    static func render(_ report: AuditReport) -> String {
        var body = "<header><h1>AI coding tool controls</h1><p class=\"sub\">\(escape(report.repository)) · "
            + "\(escape(report.generator)) · no detected PHI or secret value appears in this report</p>"
        body += report.gaps.isEmpty
            ? "<p class=\"verdict ok\">No gaps found.</p>"
            : "<p class=\"verdict gap\">\(report.gaps.count) gap(s) found — see Gaps.</p>"
        body += "</header>"
        body += section("Controls matrix", controls(report))
        body += section("Approved AI tools", approvals(report))
        body += section("Git hook", gitHook(report.gitHook))
        body += section("Version history", history(report))
        body += section("Scan of the working tree", scan(report))
        body += section("Synthetic fixtures", synthetic(report))
        body += section("AI-assisted commits" + (report.since.map { " since \(escape($0))" } ?? ""), commits(report))
        if !report.manualChecks.isEmpty {
            body += section("Settings outside the repository",
                            "<ul>" + report.manualChecks.map { "<li>\(escape($0))</li>" }.joined() + "</ul>")
        }
        body += section("Gaps", gaps(report))
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>AI coding tool controls — \(escape(report.repository))</title>
            <style>\(css)</style></head>
            <body>\(body)</body></html>

            """
    }

    private static let css = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;margin:2rem auto;max-width:1100px;padding:0 1rem}
        h1{font-size:1.6rem;margin:0}h2{font-size:1.15rem;border-bottom:2px solid #d0d7de;padding-bottom:.2rem;margin-top:2rem}
        .sub{color:#57606a;margin:.2rem 0 1rem}.verdict{font-weight:600;padding:.5rem .8rem;border-radius:6px;display:inline-block}
        .verdict.ok{background:#dafbe1;color:#116329}.verdict.gap{background:#ffebe9;color:#a40e26}
        table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
        th{background:#f6f8fa}td.s{font-weight:600;text-align:center;white-space:nowrap}
        .current,.enforced,.yes{background:#dafbe1;color:#116329}.partial,.advisory{background:#fff8c5;color:#7d4e00}
        .needs-org-setting{background:#ddf4ff;color:#0a3069}.missing,.tampered,.no{background:#ffebe9;color:#a40e26}
        .stale{background:#ffe7cc;color:#953800}.na{color:#8c959f}
        .legend span{display:inline-block;padding:.1rem .5rem;margin-right:.4rem;border-radius:4px;font-size:12px}
        code{background:#f6f8fa;padding:.05rem .3rem;border-radius:4px}
        @media print{body{margin:0;max-width:none;font-size:11px}h2{break-after:avoid}tr{break-inside:avoid}
        .current,.enforced,.yes,.partial,.advisory,.needs-org-setting,.missing,.tampered,.no,.stale,.verdict{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
        """

    private static func section(_ title: String, _ content: String) -> String {
        "<section><h2>\(title)</h2>\(content)</section>"
    }

    private static func statusCell(_ text: String) -> String {
        let style = text == "n/a" ? "na" : text
        return "<td class=\"s \(style)\">\(escape(text))</td>"
    }

    private static func controls(_ report: AuditReport) -> String {
        var html = "<p class=\"legend\"><span class=\"enforced\">enforced</span><span class=\"advisory\">advisory / partial</span>"
            + "<span class=\"needs-org-setting\">needs org setting</span><span class=\"missing\">missing</span>"
            + "<span class=\"stale\">stale</span></p>"
        html += "<table><tr><th>Tool</th><th>Rules</th><th>Exclusions</th><th>Agent hooks</th><th>Enforcement</th>"
            + "<th>Approved</th><th>What the tool honours</th></tr>"
        for control in report.controls {
            html += "<tr><td>\(escape(control.tool.displayName))</td>" + statusCell(control.rules.rawValue)
                + statusCell(control.exclusions.rawValue) + statusCell(control.agentHooks.rawValue)
                + statusCell(control.enforcement.rawValue) + statusCell(control.approved ? "yes" : "no")
                + "<td>\(escape(control.explanation))</td></tr>"
        }
        return html + "</table>"
    }

    private static func approvals(_ report: AuditReport) -> String {
        guard !report.approvals.isEmpty else { return "<p>No approval matrix: <code>approvedTools</code> is empty.</p>" }
        var html = "<table><tr><th>Tool</th><th>Plan</th><th>Data tiers</th><th>BAA</th><th>Notes</th></tr>"
        for row in report.approvals {
            html += "<tr><td>\(escape(row.tool))</td><td>\(escape(row.plan))</td>"
                + "<td>\(escape(row.tiers.joined(separator: ", ")))</td>" + statusCell(row.baa ? "yes" : "no")
                + "<td>\(escape(row.notes))</td></tr>"
        }
        return html + "</table>"
    }

    private static func gitHook(_ hook: AuditReport.GitHook) -> String {
        "<table><tr><th>Manager</th><th>Hook</th><th>Installed</th><th>Active</th><th>Executable</th><th>Calls phiguard</th></tr>"
            + "<tr><td>\(escape(hook.manager))</td><td>\(escape(hook.path ?? "—"))</td>"
            + [hook.installed, hook.active, hook.executable, hook.callsPhiguard].map { statusCell($0 ? "yes" : "no") }.joined()
            + "</tr></table>"
    }

    private static func history(_ report: AuditReport) -> String {
        guard !report.history.isEmpty else { return "<p>No commits touch the policy or managed files yet.</p>" }
        var html = "<table><tr><th>Date</th><th>Author</th><th>Commit</th><th>Subject</th><th>Files</th></tr>"
        for entry in report.history.prefix(500) {
            html += "<tr><td>\(escape(entry.date))</td><td>\(escape(entry.author))</td><td><code>\(escape(entry.commit))</code></td>"
                + "<td>\(escape(entry.subject))</td><td>\(escape(entry.files.joined(separator: ", ")))</td></tr>"
        }
        return html + "</table>"
    }

    private static func scan(_ report: AuditReport) -> String {
        guard let scan = report.scan else { return "<p>Not scanned.</p>" }
        var html = "<p>\(scan.total) finding(s) in \(scan.filesAffected) file(s).</p>"
        guard scan.total > 0 else { return html }
        html += "<table><tr><th>Kind</th><th>Count</th></tr>"
        for (kind, count) in scan.byKind.sorted(by: { $0.key < $1.key }) {
            html += "<tr><td>\(escape(kind))</td><td>\(count)</td></tr>"
        }
        return html + "</table>"
    }

    private static func synthetic(_ report: AuditReport) -> String {
        guard !report.synthetic.isEmpty else { return "<p>No <code>synthetic-manifest.json</code> found.</p>" }
        var html = "<table><tr><th>Manifest</th><th>Files</th><th>Verified</th><th>Problems</th></tr>"
        for fixture in report.synthetic {
            html += "<tr><td>\(escape(fixture.manifest))</td><td>\(fixture.files)</td>" + statusCell(fixture.verified ? "yes" : "no")
                + "<td>\(escape(fixture.problems.joined(separator: "; ")))</td></tr>"
        }
        return html + "</table>"
    }

    private static func commits(_ report: AuditReport) -> String {
        let origin = report.findingsByOrigin
        var html = "<p>\(report.aiAssistedCount) of \(report.commits.count) commit(s) AI-assisted. Findings introduced: "
            + "\(origin.ai) by AI-assisted commits, \(origin.other) by other commits.</p>"
        let flagged = report.commits.filter { $0.aiAssisted || $0.findings > 0 }.prefix(200)
        guard !flagged.isEmpty else { return html }
        html += "<table><tr><th>Commit</th><th>Date</th><th>AI-assisted</th><th>Findings</th><th>Kinds</th><th>Subject</th></tr>"
        for commit in flagged {
            html += "<tr><td><code>\(escape(commit.commit))</code></td><td>\(escape(commit.date))</td>"
                + statusCell(commit.aiAssisted ? "yes" : "no") + "<td>\(commit.findings)</td>"
                + "<td>\(escape(commit.kinds.joined(separator: ", ")))</td><td>\(escape(commit.subject))</td></tr>"
        }
        return html + "</table>"
    }

    private static func gaps(_ report: AuditReport) -> String {
        guard !report.gaps.isEmpty else { return "<p class=\"verdict ok\">None.</p>" }
        var html = "<table><tr><th>Area</th><th>Gap</th><th>Command that closes it</th></tr>"
        for gap in report.gaps {
            html += "<tr><td>\(escape(gap.area))</td><td>\(escape(gap.description))</td><td><code>\(escape(gap.command))</code></td></tr>"
        }
        return html + "</table>"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
