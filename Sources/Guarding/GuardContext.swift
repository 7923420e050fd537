import Foundation
import JSONDocument
import PolicyLoading
import PolicyModel
import Scanning
import RepoAccess

/// The repository, policy and scanner one guard decision is made with.
struct GuardContext {
    let repository: Repository
    let scanner: Scanning.Scanner
    let protectedPatterns: [PathPattern]
    /// The folder the agent runs in: relative paths in tool input are relative to it.
    private(set) var workingFolder: URL
    let agent: GuardedAgent

    init(event: JSONValue, agent: GuardedAgent, repository: Repository?) throws {
        // Claude, Gemini, Codex: `cwd`; Cursor: `workspace_roots`; OpenHands: `working_dir`; Windsurf: `tool_info.cwd`.
        let folder = event["cwd"]?.stringValue ?? event["workspace_roots"]?.arrayValue?.first?.stringValue
            ?? event["working_dir"]?.stringValue ?? event["tool_info"]?["cwd"]?.stringValue
            ?? event["workspaceRoots"]?.arrayValue?.first?.stringValue ?? event["workspacePaths"]?.arrayValue?.first?.stringValue
        // The event's folder may be a subfolder of the repository (a session started in src/): its git
        // top level holds the policy, as it does for every other command.
        let resolved = try repository ?? Repository.locate(nil, currentDirectory: folder ?? FileManager.default.currentDirectoryPath)
        self.repository = resolved
        let policy = try PolicyLoader.load(repository: resolved).policy
        scanner = try Scanner(repository: resolved, policy: policy)
        protectedPatterns = (policy.excludedPatterns + [".phiguard/baseline.json"]).map(PathPattern.init)
        workingFolder = folder.map { URL(fileURLWithPath: $0) } ?? resolved.root
        self.agent = agent
    }

    /// The reason to block a prompt, or nil when it is clean.
    func promptProblem(_ prompt: String?) throws -> String? {
        guard let prompt, !prompt.isEmpty else { return nil }
        let findings = try scanner.findings(in: Array(prompt.utf8), path: "-").filter(\.isBlocking)
        guard !findings.isEmpty else { return nil }
        return "phiguard blocked this prompt: it contains \(Self.describe(findings)). Make a safe copy with "
            + "`phiguard redact`: `pbpaste | phiguard redact --stdin | pbcopy` on macOS, "
            + "`xclip -o -selection clipboard | phiguard redact --stdin | xclip -selection clipboard` on Linux; "
            + "send that, and put the real values back into the answer with `phiguard redact --restore`."
    }

    /// The reason to refuse a tool call, or nil when it may run.
    func toolProblem(tool: String, input: JSONValue) throws -> String? {
        // Kiro's fs_read takes a list of operations, each with its path.
        // Goose's read_image takes its file as `source` (a path or a URL).
        // Firebender: `target_file`, `relative_workspace_path`; Antigravity (Cascade's names): `AbsolutePath`, `TargetFile`.
        let paths = ["file_path", "notebook_path", "absolute_path", "path", "filePath", "target_file", "relative_workspace_path",
                     "AbsolutePath", "TargetFile"]
            .compactMap { input[$0]?.stringValue }
            + (tool.hasSuffix("read_image") ? [input["source"]?.stringValue].compactMap { $0 }.filter { !$0.contains("://") } : [])
            + (input["paths"]?.arrayValue ?? []).compactMap(\.stringValue)
            + (input["operations"]?.arrayValue ?? []).flatMap { operation in
                [operation["path"]?.stringValue].compactMap { $0 } + (operation["image_paths"]?.arrayValue ?? []).compactMap(\.stringValue)
            }
        // A command is a string, or an argument vector (Codex's exec); a file editor's `command`
        // (OpenHands' `view`, `create`, `str_replace`) names what it does to its `path` instead.
        // Amp's Bash: `cmd`; Antigravity's run_command: `CommandLine`.
        let command = input["command"]?.stringValue ?? input["cmd"]?.stringValue ?? input["CommandLine"]?.stringValue
            ?? input["command"]?.arrayValue.map { $0.compactMap(\.stringValue).joined(separator: " ") }
        let editorCommand = command.flatMap { !paths.isEmpty && Self.editorCommands.contains($0) ? $0 : nil }
        let action = Self.editingTools.contains(tool) || (editorCommand.map { $0 != "view" } ?? false) ? "edit" : "read"
        if let path = paths.first(where: { protectedPattern(for: $0) != nil }) { return pathReason(path, action: action) }
        if editorCommand == nil, let command {
            // A command tool's own folder (Amp's Bash `cwd`, Antigravity's `Cwd`) is where its relative paths lead.
            var context = self
            if let folder = input["cwd"]?.stringValue ?? input["Cwd"]?.stringValue { context.workingFolder = resolve(folder) }
            return try context.commandProblem(command)
        }
        // What a read would put in the model's context is judged, not only its path.
        if Self.searchTools.contains(tool), let pattern = input["pattern"]?.stringValue {
            if let reason = try searchProblem(tool: tool, pattern: pattern, input: input) { return reason }
        } else if Self.listingTools.contains(tool) {
            // A listing shows names, not content: judged by the names it would show.
            if let reason = try listingProblem(paths) { return reason }
        } else if action == "read" {
            for path in paths { if let reason = try fileProblem(path) { return reason } }
            if let reason = try manyReadsProblem(paths) { return reason }
        }
        // A fetched URL, a search query or an MCP tool's arguments leave the machine: judged as text.
        let sent = ["url", "query", "prompt", "pattern"].compactMap { input[$0]?.stringValue }
            + (isExtensionTool(tool) ? [JSONPrinter.compact(input)] : [])
        for text in sent {
            let findings = try scanner.findings(in: Array(text.utf8), path: "-").filter(\.isBlocking)
            if !findings.isEmpty {
                return "phiguard blocked this \(tool) call: its input contains \(Self.describe(findings)). Use synthetic values instead."
            }
        }
        // Claude/Gemini: content, new_string; Copilot: file_text, new_str; Windsurf: edits[].new_string.
        // Kiro IDE's write: `text`; Goose's edit: `after`; OpenCode's edit and patch: `newString`, `patchText`;
        // Antigravity's writes: `CodeContent`, `ReplacementContent`.
        let written = ["content", "new_string", "new_source", "file_text", "new_str", "diff", "text", "after", "newString", "patchText",
                       "CodeContent", "ReplacementContent"]
            .compactMap { input[$0]?.stringValue }
            + (input["edits"]?.arrayValue ?? []).compactMap { $0["new_string"]?.stringValue }
        for content in written {
            if let reason = try contentProblem(content, path: paths.first ?? "-", action: "write") { return reason }
        }
        return nil
    }

    /// Tools that return file names, not content: Claude's Glob and LS, OpenCode's glob and list, Gemini's
    /// glob and list_directory, Firebender's list_dir, Antigravity's list_dir and find_by_name.
    static let listingTools: Set<String> = ["Glob", "glob", "LS", "list", "list_directory", "list_dir", "find_by_name"]

    /// Tools that write the files they name: Claude, Gemini, Qwen, Factory, Copilot, Windsurf, Codex, Devin,
    /// Crush, Kiro, Augment, Goose and Amp names.
    static let editingTools: Set<String> = [
        "Write", "Edit", "MultiEdit", "NotebookEdit", "write_file", "replace", "edit", "create", "Create", "ApplyPatch", "apply_patch",
        "write_to_file", "replace_in_file", "write", "multiedit", "fs_write", "save-file", "str-replace-editor",
        "developer__write", "developer__edit", "edit_file", "create_file",
    ]

    /// A tool an MCP server or extension provides (Claude's `mcp__server__tool`, Cline's `use_mcp_tool`,
    /// Gemini's and Qwen's `server__tool`, Goose's `extension__tool` other than its own developer tools):
    /// its whole input leaves the machine.
    func isExtensionTool(_ tool: String) -> Bool {
        // Amazon Q CLI: `@server/tool`.
        tool.hasPrefix("mcp__") || tool == "use_mcp_tool" || (tool.hasPrefix("@") && tool.contains("/"))
            || (tool.contains("__") && !(agent.tool == .goose && tool.hasPrefix("developer__")))
    }

    /// The sub-commands of file-editor tools (OpenHands, Anthropic's text editor, Goose's `text_editor`)
    /// that arrive as `command`.
    static let editorCommands: Set<String> = ["view", "create", "str_replace", "insert", "undo_edit", "append", "write", "apply_diff"]

    /// The reason to refuse a shell command that names a protected path, carries findings, or would
    /// read a file (named, matched by a glob, or under a folder it searches) whose content has findings.
    func commandProblem(_ command: String) throws -> String? {
        if let reason = try commandWordsProblem(command) { return reason }
        return try commandReadsProblem(command)
    }

    private func commandWordsProblem(_ command: String) throws -> String? {
        let words = command.split(whereSeparator: { " \t\n;|&<>()'\"=".contains($0) }).map(String.init).filter { !$0.hasPrefix("-") }
        // A word that looks like a path, or names a file that exists (`cat credentials`), is checked against the policy.
        let named = words.first { word in
            guard protectedPattern(for: word) != nil else { return false }
            return word.contains(".") || word.contains("/")
                || FileManager.default.fileExists(atPath: resolve(word).path)
        }
        if let path = named { return pathReason(path, action: "use") }
        let findings = try scanner.findings(in: Array(command.utf8), path: "-").filter(\.isBlocking)
        guard !findings.isEmpty else { return nil }
        return "phiguard blocked this command: it contains \(Self.describe(findings)). Use synthetic values instead."
    }

    /// Files a read may open: up to the scanner's size cap (32 MiB); a larger file is refused, since
    /// phiguard cannot vouch for what it would not read (fail closed).
    static let readCap = 32 << 20

    /// The reason to refuse reading the regular file at `path` (its content has findings, or it is
    /// too large to check), or nil when it is clean, missing or a folder.
    func fileProblem(_ path: String) throws -> String? {
        let url = resolve(path)
        guard let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey]), values.isRegularFile == true
        else { return nil }
        if let size = values.fileSize, size > Self.readCap {
            return "phiguard blocked this read: \(relative(path) ?? path) is \(size >> 20) MiB, over the 32 MiB phiguard checks. Read a smaller extract."
        }
        guard let data = try? Data(contentsOf: url) else {
            return "phiguard blocked this read: \(relative(path) ?? path) could not be read to check it."
        }
        let findings = try scanner.findings(in: Array(data), path: relative(path) ?? url.lastPathComponent).filter(\.isBlocking)
        guard !findings.isEmpty else { return nil }
        return "phiguard blocked this read: \(relative(path) ?? path) contains \(Self.describe(findings)). "
            + "Work with synthetic data (`phiguard synth generate`) or a redacted copy instead."
    }

    /// The reason to refuse content being read or written, or nil when it is clean.
    func contentProblem(_ content: String, path: String, action: String) throws -> String? {
        let findings = try scanner.findings(in: Array(content.utf8), path: relative(path) ?? "-").filter(\.isBlocking)
        guard !findings.isEmpty else { return nil }
        return "phiguard blocked this \(action): the content contains \(Self.describe(findings)). "
            + "Use synthetic values (`phiguard synth value KIND`) instead."
    }

    /// The policy pattern protecting `path` (restricted, secret or data), if any.
    func protectedPattern(for path: String) -> PathPattern? {
        let candidate = relative(path) ?? path
        return protectedPatterns.first { $0.matches(candidate) }
    }

    func pathReason(_ path: String, action: String) -> String {
        let pattern = protectedPattern(for: path)?.source ?? ""
        return "phiguard blocked this \(action): \(relative(path) ?? path) is protected by the policy "
            + "(pattern '\(pattern)' in .phiguard/policy.yml: restricted, secret or data). Work with synthetic data instead."
    }

    /// A path from tool input as a file URL: relative paths are relative to the agent's folder.
    func resolve(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingFolder.appendingPathComponent(path)
    }

    /// A path relative to the repository root, when it is inside it.
    func relative(_ path: String) -> String? {
        guard !path.isEmpty, path != "-" else { return nil }
        let url = resolve(path)
        return repository.relativePath(of: url.standardizedFileURL) ?? repository.relativePath(of: url.resolvingSymlinksInPath())
    }

    /// `ssn (phi.ssn), email (phi.email)`: kinds and rules, never values.
    static func describe(_ findings: [Finding]) -> String {
        var seen = Set<String>()
        return findings.map { "\($0.kind.name) (\($0.rule))" }.filter { seen.insert($0).inserted }.joined(separator: ", ")
    }
}
