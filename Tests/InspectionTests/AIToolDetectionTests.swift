import Foundation
@testable import Inspection
import PolicyModel
import RepoAccess
import TestSupport
import Testing

/// Every AI tool's documented configuration names map to the right `AITool`.
@Suite struct AIToolDetectionTests {
    @Test func everyDocumentedNameIsRecognised() throws {
        let fixture = try FixtureRepo("lefthook-repo")
        let files: [String: (AITool, String)] = [
            "CLAUDE.md": (.claude, "CLAUDE.md"), "services/api/CLAUDE.md": (.claude, "services/api/CLAUDE.md"),
            ".claude/commands/review.md": (.claude, ".claude"),
            ".cursor/rules/style.mdc": (.cursor, ".cursor"), ".cursorrules": (.cursor, ".cursorrules"),
            ".cursorignore": (.cursor, ".cursorignore"),
            ".github/copilot-instructions.md": (.copilot, ".github/copilot-instructions.md"),
            ".github/instructions/db.instructions.md": (.copilot, ".github/instructions"),
            ".windsurf/rules/a.md": (.windsurf, ".windsurf"), ".windsurfrules": (.windsurf, ".windsurfrules"),
            ".codeiumignore": (.windsurf, ".codeiumignore"),
            "GEMINI.md": (.gemini, "GEMINI.md"), ".gemini/settings.json": (.gemini, ".gemini"),
            ".geminiignore": (.gemini, ".geminiignore"), ".aiexclude": (.gemini, ".aiexclude"),
            ".junie/guidelines.md": (.jetbrains, ".junie"), ".aiignore": (.jetbrains, ".aiignore"),
            ".clinerules/01-style.md": (.cline, ".clinerules"), ".clineignore": (.cline, ".clineignore"),
            ".roo/rules/a.md": (.roo, ".roo"), ".rooignore": (.roo, ".rooignore"),
            ".continue/rules/a.md": (.continue, ".continue"),
            ".aider.conf.yml": (.aider, ".aider.conf.yml"), "CONVENTIONS.md": (.aider, "CONVENTIONS.md"),
            ".aiderignore": (.aider, ".aiderignore"),
            ".amazonq/rules/a.md": (.amazonq, ".amazonq"), ".augment/rules/a.md": (.augment, ".augment"),
            ".kiro/steering/a.md": (.kiro, ".kiro"), "AGENTS.md": (.agents, "AGENTS.md"),
            ".rules": (.zed, ".rules"), ".zed/settings.json": (.zed, ".zed"),
        ]
        for path in files.keys { try fixture.write(path, "synthetic config\n") }
        try fixture.write("docs/claude.md", "not a config: the name is case-sensitive\n")
        try fixture.write("src/.cursor/notes.md", "not a config: tool folders live at the root\n")
        let report = try Inspector.inspect(Repository.locate(fixture.root.path))
        let expected = Set(files.values.map { "\($0.0.rawValue) \($0.1)" })
        #expect(Set(report.aiTools.map { "\($0.tool.rawValue) \($0.path)" }) == expected)
        #expect(report.aiTools.count == expected.count)
        #expect(report.aiTools.map(\.tool) == report.aiTools.map(\.tool).sorted())
    }
}
