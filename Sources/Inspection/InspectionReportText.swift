import Foundation

extension InspectionReport {
    /// The report for people; `extra` is appended as further sections (e.g. what `init` would write).
    public func text(repo: String, extra: String = "") -> String {
        var lines = ["Repository: \(repo)", ""]
        lines.append("Languages: " + list(languages))
        lines.append("Frameworks: " + list(frameworks))
        lines += section("AI tool configs", aiTools.map { padded($0.tool.rawValue, 10) + $0.path })
        lines += section("Git hook managers", hookManagers.map { padded($0.kind.rawValue, 11) + $0.path })
        lines += section("Sensitive files", sensitiveFiles.map {
            padded($0.kind, 22) + $0.path + ($0.tracked ? "  (tracked by git: also needs git rm --cached)" : "")
        })
        lines += section("Restricted candidates", restrictedCandidates.map { "\($0.path)\n      \($0.reason)" })
        lines.append("")
        lines.append("Restricted tables: " + list(restrictedTables))
        lines.append("Restricted routes: " + list(restrictedRoutes))
        if !symlinksOutsideRepository.isEmpty {
            lines += section("Symbolic links leading outside the repository (never read or written through)",
                             symlinksOutsideRepository)
        }
        if unreadSourceFiles > 0 {
            lines += ["", "Large repository: \(unreadSourceFiles) source files outside model, schema, migration, route "
                + "and ETL paths were not read."]
        }
        var text = lines.joined(separator: "\n") + "\n"
        // One blank line before the extra sections, however the caller starts them.
        let sections = extra.drop { $0 == "\n" }
        if !sections.isEmpty { text += "\n" + sections + (sections.hasSuffix("\n") ? "" : "\n") }
        return text
    }

    private func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text.padding(toLength: width, withPad: " ", startingAt: 0)
    }

    private func list(_ items: [String]) -> String {
        items.isEmpty ? "none found" : items.joined(separator: ", ")
    }

    private func section(_ title: String, _ items: [String]) -> [String] {
        guard !items.isEmpty else { return ["", "\(title): none found"] }
        return ["", "\(title):"] + items.map { "  " + $0 }
    }
}
