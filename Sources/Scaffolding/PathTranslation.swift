/// Translates gitignore-style patterns from the policy into each tool's own path syntax.
enum PathTranslation {
    /// A gitignore pattern as a path relative to the repository root for tools whose rules are
    /// anchored (`src/phi/**` → `/src/phi/**`) or match at any depth (`.env` → `**/.env`).
    static func rootRelativeGlob(_ pattern: String) -> String {
        var body = pattern
        let isDirectory = body.hasSuffix("/")
        while body.hasSuffix("/") { body.removeLast() }
        let anchored = body.hasPrefix("/") || (body.dropLast().contains("/") && !body.hasPrefix("**/"))
        if body.hasPrefix("/") { body.removeFirst() }
        var glob = anchored || body.hasPrefix("**/") ? body : "**/" + body
        if isDirectory { glob += "/**" }
        return anchored ? "/" + glob : glob
    }

    /// Claude Code permission rules for a pattern: `Read(...)` and `Edit(...)`.
    ///
    /// Claude Code reads a leading `/` as relative to the settings file's project and a bare
    /// `**/name` as any depth; `Edit` rules also cover its Write tool.
    static func claudeRules(_ pattern: String) -> [String] {
        let glob = rootRelativeGlob(pattern)
        return ["Read(\(glob))", "Edit(\(glob))"]
    }
}
