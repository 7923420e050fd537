import PolicyModel

/// Recognises AI tool configuration files and folders by their documented names.
enum AIToolDetector {
    /// Root folders that belong to one tool.
    private static let folders: [String: AITool] = [
        ".claude": .claude, ".cursor": .cursor, ".windsurf": .windsurf, ".gemini": .gemini, ".junie": .jetbrains,
        ".clinerules": .cline, ".cline": .cline, ".roo": .roo, ".continue": .continue, ".amazonq": .amazonq,
        ".augment": .augment, ".kiro": .kiro, ".zed": .zed, ".github/instructions": .copilot,
    ]

    /// Root files that belong to one tool.
    private static let rootFiles: [String: AITool] = [
        ".cursorrules": .cursor, ".cursorignore": .cursor, ".cursorindexingignore": .cursor,
        ".github/copilot-instructions.md": .copilot,
        ".windsurfrules": .windsurf, ".codeiumignore": .windsurf,
        "GEMINI.md": .gemini, ".geminiignore": .gemini,
        ".aiignore": .jetbrains, ".noai": .jetbrains,
        ".clineignore": .cline, ".roorules": .roo, ".rooignore": .roo,
        ".continueignore": .continue, ".continuerules": .continue,
        ".aider.conf.yml": .aider, "CONVENTIONS.md": .aider, ".aiderignore": .aider,
        ".augmentignore": .augment, ".augment-guidelines": .augment, ".kiroignore": .kiro,
        "AGENT.md": .agents, ".rules": .zed,
    ]

    /// Files any folder may hold (these tools read nested copies).
    private static let nestedFiles: [String: AITool] = [
        "CLAUDE.md": .claude, "CLAUDE.local.md": .claude, "AGENTS.md": .agents, ".aiexclude": .gemini,
    ]

    /// The tool a listed file shows, with the file or root folder to report.
    static func detect(_ file: FilePath) -> DetectedAITool? {
        // Every name and folder below starts with a dot or a capital; most paths are rejected here.
        if let first = file.name.utf8.first, first == UInt8(ascii: ".") || (first >= 65 && first <= 90),
           let tool = nestedFiles[file.name]
        {
            return DetectedAITool(tool: tool, path: file.path)
        }
        if file.isAtRoot {
            // A listed entry named like a tool folder is a link or a file where the folder should be;
            // reporting it gets it checked for a link out of the repository.
            if let tool = rootFiles[file.path] ?? folders[file.path] { return DetectedAITool(tool: tool, path: file.path) }
            return file.name.hasPrefix(".roorules-") ? DetectedAITool(tool: .roo, path: file.path) : nil
        }
        guard file.path.utf8.first == UInt8(ascii: ".") else { return nil }
        if let tool = rootFiles[file.path] { return DetectedAITool(tool: tool, path: file.path) }
        if file.path.hasPrefix(".github/instructions/") {
            return DetectedAITool(tool: .copilot, path: ".github/instructions")
        }
        let top = String(file.topComponent)
        return folders[top].map { DetectedAITool(tool: $0, path: top) }
    }
}
