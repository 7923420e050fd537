import PolicyModel

/// Recognises AI tool configuration files and folders by the names in each tool's profile.
enum AIToolDetector {
    private static func index(_ names: (ToolDetection) -> [String]) -> [String: AITool] {
        var result: [String: AITool] = [:]
        for tool in AITool.allCases {
            for name in names(tool.profile.detection) where result[name] == nil { result[name] = tool }
        }
        return result
    }

    /// Root folders that belong to one tool.
    private static let folders = index(\.folders)
    /// Root files that belong to one tool.
    private static let rootFiles = index(\.rootFiles)
    /// Files any folder may hold (these tools read nested copies).
    private static let nestedFiles = index(\.nestedFiles)
    private static let nestedFirstBytes: [Bool] = (0..<256).map { byte in nestedFiles.keys.contains { $0.utf8.first == UInt8(byte) } }
    private static let rootPrefixes = AITool.allCases.flatMap { tool in tool.profile.detection.rootPrefixes.map { ($0, tool) } }
    private static let folderPrefixes = AITool.allCases.flatMap { tool in tool.profile.detection.folderPrefixes.map { ($0, tool) } }

    /// The tool a listed file shows, with the file or root folder to report.
    static func detect(_ file: FilePath) -> DetectedAITool? {
        // Most names are rejected by their first byte before the dictionary lookup.
        if let first = file.name.utf8.first, nestedFirstBytes[Int(first)], let tool = nestedFiles[file.name]
        {
            return DetectedAITool(tool: tool, path: file.path)
        }
        if file.isAtRoot {
            // A listed entry named like a tool folder is a link or a file where the folder should be;
            // reporting it gets it checked for a link out of the repository.
            if let tool = rootFiles[file.path] ?? folders[file.path] { return DetectedAITool(tool: tool, path: file.path) }
            return rootPrefixes.first { file.name.hasPrefix($0.0) }.map { DetectedAITool(tool: $0.1, path: file.path) }
        }
        guard file.path.utf8.first == UInt8(ascii: ".") else { return nil }
        if let tool = rootFiles[file.path] { return DetectedAITool(tool: tool, path: file.path) }
        if let (prefix, tool) = folderPrefixes.first(where: { file.path.hasPrefix($0.0) }) {
            return DetectedAITool(tool: tool, path: String(prefix.dropLast()))
        }
        let top = String(file.topComponent)
        return folders[top].map { DetectedAITool(tool: $0, path: top) }
    }
}
