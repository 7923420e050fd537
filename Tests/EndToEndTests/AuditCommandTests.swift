import Foundation
import JSONDocument
import RepoAccess
import TestSupport
import Testing

/// A Chromium-family browser on PATH, for rendering the HTML report.
private let browser: String? = ["chromium", "chromium-browser", "google-chrome"].first { name in
    (try? ProcessRunner.run("which", arguments: [name]))?.status == 0
}

/// `./bootstrap.sh test` installs Chromium and sets this, so CI fails rather than skips without it.
private let browserRequired = ProcessInfo.processInfo.environment["PHIGUARD_REQUIRE_BROWSER"] == "1"

@Suite struct AuditCommandTests {
    @Test func exitCodesFollowTheGaps() throws {
        let repo = try ScratchRepo(files: ["README.md": "# clinic\n"])
        let bare = try PhiguardBinary.run(["audit", "--format", "json"], in: repo.path)
        #expect(bare.status == 1)
        let report = try JSONParser.parse(bare.stdout)
        #expect(report["gaps"]?.arrayValue?.contains { $0["command"] == "phiguard init" } == true)
        try repo.write(".phiguard/policy.yml", """
            version: 1
            tools: [claude]
            approvedTools: [{tool: claude, plan: Enterprise, tiers: [public], baa: true}]

            """)
        _ = try PhiguardBinary.run(["apply"], in: repo.path)
        let clean = try PhiguardBinary.run(["audit"], in: repo.path)
        #expect(clean.status == 0, "\(clean.stdout)")
        #expect(clean.stdout.contains("No gaps found."))
    }

    /// The real scanner behind the binary: a finding planted in an AI-assisted commit is counted
    /// against AI-assisted commits, and its value appears in no format.
    @Test func aSinceThatIsNotADateIsAnErrorNotAnEmptyCount() throws {
        let repo = try ScratchRepo(files: ["README.md": "# app\n"])
        for bad in ["notadate", "2026-13-45", "2026-02-30"] {
            let run = try PhiguardBinary.run(["audit", "--since", bad, "--format", "json"], in: repo.path)
            #expect(run.status == 2, "\(bad)")
            #expect(run.stderr.contains("--since '\(bad)' is not a date"))
        }
        for good in ["2026-01-01", "2 weeks ago", "yesterday", "2026-02-28 10:30"] {
            let run = try PhiguardBinary.run(["audit", "--since", good, "--format", "json"], in: repo.path)
            #expect(run.status == 0 || run.status == 1, "\(good): \(run.stderr)")
        }
    }

    @Test func theScannerAttributesFindingsToAIAssistedCommits() throws {
        let planted = "219-45-6788"
        let repo = try ScratchRepo(files: ["README.md": "# clinic\n", ".phiguard/policy.yml": "version: 1\ntools: [claude]\n"])
        _ = try PhiguardBinary.run(["apply"], in: repo.path)
        try repo.run(["git", "add", "-A"])
        try repo.run(["git", "commit", "-q", "--no-verify", "-m", "Apply phiguard"])
        try repo.write("src/report.py", "patient_ssn = '\(planted)'\nOPENAI_API_KEY = 'sk-proj-Xq3fT9bLm2RkV7nPw4HsZc8JdA1uEy6GtQiKo0NvBx5W'\n")
        try repo.run(["git", "add", "-A"])
        try repo.run(["git", "commit", "-q", "--no-verify", "-m", "Add report\n\nCo-authored-by: Claude <noreply@anthropic.com>"])
        try repo.write("src/util.py", "def add(a, b):\n    return a + b\n")
        try repo.run(["git", "add", "-A"])
        try repo.run(["git", "commit", "-q", "--no-verify", "-m", "Add util\n\nAI-Assisted: no"])
        let json = try PhiguardBinary.run(["audit", "--format", "json"], in: repo.path)
        let report = try JSONParser.parse(json.stdout)
        #expect(report["aiCommits"]?["aiAssisted"] == 1)
        #expect(report["aiCommits"]?["findingsInAIAssisted"] == 2)
        #expect(report["aiCommits"]?["findingsInOther"] == 0)
        // Each AI-assisted commit names the kinds it introduced (never the values).
        let commits = report["aiCommits"]?["commits"]?.arrayValue ?? []
        let report2 = commits.first { $0["subject"]?.stringValue == "Add report" }
        #expect(report2?["kinds"]?.arrayValue?.compactMap(\.stringValue) == ["openai-key", "ssn"], "\(commits)")
        let markdown = try PhiguardBinary.run(["audit"], in: repo.path).stdout
        #expect(markdown.contains("Findings introduced: 2 by AI-assisted commits, 0 by other commits."))
        #expect(markdown.contains("| yes | 2 | openai-key, ssn | Add report |"), "\(markdown)")
        let html = try PhiguardBinary.run(["audit", "--format", "html"], in: repo.path).stdout
        #expect(html.contains("<td>openai-key, ssn</td>"))
        for output in [json.stdout, markdown, html] { #expect(!output.contains(planted) && !output.contains("Xq3fT9bLm2RkV7")) }
    }

    @Test(.enabled(if: browser != nil || browserRequired, "needs Chromium (./bootstrap.sh test installs it)"))
    func theHTMLReportRendersInAHeadlessBrowser() throws {
        let browser = try #require(browser, "Chromium is required (PHIGUARD_REQUIRE_BROWSER=1) but not on PATH")
        let repo = try ScratchRepo(files: ["README.md": "# clinic\n"])
        _ = try PhiguardBinary.run(["init", "--yes"], in: repo.path)
        let output = try TemporaryDirectory(prefix: "audit-html")
        let run = try PhiguardBinary.run(["audit", "--format", "html", "--out", output.path + "/audit.html"], in: repo.path)
        #expect(run.status == 1, "the default policy has no approval matrix: a gap")
        try Data("<!DOCTYPE html><html><body></body></html>".utf8).write(to: output.url.appendingPathComponent("blank.html"))
        let report = try screenshotStats(browser: browser, page: output.path + "/audit.html", folder: output.path)
        let blank = try screenshotStats(browser: browser, page: output.path + "/blank.html", folder: output.path)
        #expect(report.width == 1200 && report.height == 1600)
        #expect(report.colours >= 20, "the report shows text and colour-coded cells")
        #expect(report.nonWhite >= 0.05)
        #expect(blank.nonWhite < 0.001, "the same measure sees a blank page as blank")
    }

    private func screenshotStats(browser: String, page: String, folder: String) throws
        -> (width: Int, height: Int, colours: Int, nonWhite: Double)
    {
        let png = page + ".png"
        let shot = try ProcessRunner.run(browser, arguments: [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--user-data-dir=\(folder)/profile", "--screenshot=\(png)", "--window-size=1200,1600", "file://" + page,
        ])
        #expect(shot.status == 0)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scripts/png-stats.py").path
        let stats = try ProcessRunner.run("python3", arguments: [script, png])
        let fields = String(decoding: stats.standardOutput, as: UTF8.self).split(separator: " ")
            .map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        guard fields.count == 4, let width = Int(fields[0]), let height = Int(fields[1]), let colours = Int(fields[2]),
              let nonWhite = Double(fields[3])
        else {
            Issue.record("png-stats failed: \(String(decoding: stats.standardError, as: UTF8.self))")
            return (0, 0, 0, 0)
        }
        return (width, height, colours, nonWhite)
    }
}
