import Foundation
import JSONDocument
import TestSupport
import Testing

/// `phiguard guard <agent>` for the agents added from their hook documentation, with events shaped as
/// each documents them: one prompt (where the agent's prompt hook can block), protected reads, a
/// write carrying PHI, and a clean call, answered in that agent's protocol.
@Suite struct GuardAdapterTests {
    static let ssn = GuardCommandTests.ssn

    /// GuardCommandTests' repository plus an unprotected file whose content has an SSN.
    private func repo() throws -> ScratchRepo {
        try GuardCommandTests.fixtureRepo(extra: ["docs/visit.txt": "Visit note. SSN \(Self.ssn)\n"])
    }

    private func run(_ agent: String, _ repo: ScratchRepo, _ event: JSONValue) throws -> (status: Int32, stdout: String, stderr: String) {
        let result = try PhiguardBinary.run(["guard", agent], in: repo.path, input: JSONPrinter.compact(event))
        #expect(!result.stdout.contains(Self.ssn) && !result.stderr.contains(Self.ssn), "a value was printed")
        return (result.status, result.stdout, result.stderr)
    }

    private func deniedByClaudeStyleDecision(_ output: String) throws -> Bool {
        try JSONParser.parse(output)["hookSpecificOutput"]?["permissionDecision"] == "deny"
    }

    @Test(arguments: ["codex", "qwen", "factory", "trae"])
    func claudeStyleAgents(agent: String) throws {
        let repo = try repo()
        let nameKey = agent == "factory" ? "hookEventName" : "hook_event_name"
        func event(_ name: String, _ members: [(String, JSONValue)]) -> JSONValue {
            .object(JSONObject([(key: "session_id", value: "s-1"), (key: "cwd", value: .string(repo.path)),
                                (key: nameKey, value: .string(name))] + members.map { (key: $0.0, value: $0.1) }))
        }
        let prompt = try run(agent, repo, event("UserPromptSubmit", [("prompt", .string("patient SSN \(Self.ssn), why?"))]))
        #expect(prompt.status == 2 && prompt.stderr.contains("ssn (phi.ssn)"), "\(prompt)")
        let clean = try run(agent, repo, event("UserPromptSubmit", [("prompt", "write a factorial function")]))
        #expect(clean.status == 0 && clean.stdout.isEmpty)

        let (tool, input): (String, JSONValue) = switch agent {
        case "codex": ("Bash", ["command": ["bash", "-lc", "cat .env"]])  // Codex sends exec's argument vector
        case "qwen": ("read_file", ["absolute_path": .string(repo.path + "/src/phi/patients.py")])
        case "trae": ("RunCommand", ["command": "cat docs/visit.txt"])  // Trae's shell tool, in its docs' examples
        default: ("Read", ["file_path": .string(repo.path + "/.env")])
        }
        let read = try run(agent, repo, event("PreToolUse", [("tool_name", .string(tool)), ("tool_input", input)]))
        let denied = try deniedByClaudeStyleDecision(read.stdout)
        #expect(read.status == 0 && denied, "\(read)")
        let allowed = try run(agent, repo, event("PreToolUse", [("tool_name", "Bash"), ("tool_input", ["command": "ls src"])]))
        #expect(allowed.status == 0 && allowed.stdout.isEmpty, "\(allowed)")
    }

    @Test func copilotPreToolUseWithCamelCaseFieldsAndTextArguments() throws {
        let repo = try repo()
        func event(_ tool: String, _ arguments: String) -> JSONValue {
            ["sessionId": "s-1", "timestamp": 1_767_000_000_000, "cwd": .string(repo.path), "toolName": .string(tool),
             "toolArgs": .string(arguments)]
        }
        let view = try run("copilot", repo, event("view", "{\"path\":\"\(repo.path)/.env\"}"))
        let answer = try JSONParser.parse(view.stdout)
        // Exit 2 as well: VS Code's agent, which also runs .github/hooks, blocks on it.
        #expect(view.status == 2 && answer["permissionDecision"] == "deny" && answer["permissionDecisionReason"]?.stringValue != nil)
        #expect(answer["hookSpecificOutput"]?["permissionDecision"] == "deny")
        // VS Code's payload for the same file: PascalCase event, snake_case tool fields.
        let vscode: JSONValue = ["hookEventName": "PreToolUse", "cwd": .string(repo.path), "tool_name": "read_file",
                                 "tool_input": ["filePath": .string(repo.path + "/docs/visit.txt")]]
        let fromVSCode = try run("copilot", repo, vscode)
        let vscodeAnswer = try JSONParser.parse(fromVSCode.stdout)
        #expect(fromVSCode.status == 2 && vscodeAnswer["hookSpecificOutput"]?["permissionDecision"] == "deny", "\(fromVSCode)")
        let create = try run("copilot", repo, event("create", "{\"path\":\"notes.txt\",\"file_text\":\"SSN \(Self.ssn)\"}"))
        #expect(try JSONParser.parse(create.stdout)["permissionDecision"] == "deny", "\(create)")
        let bash = try run("copilot", repo, event("bash", "{\"command\":\"ls src\"}"))
        #expect(bash.status == 0 && bash.stdout.isEmpty, "\(bash)")
    }

    @Test func windsurfCascadeEventsBlockWithExitTwo() throws {
        let repo = try repo()
        func event(_ action: String, _ info: JSONValue) -> JSONValue {
            ["agent_action_name": .string(action), "trajectory_id": "traj-1", "execution_id": "exec-1",
             "timestamp": "2026-12-03T10:00:00Z", "tool_info": info]
        }
        let blocked: [JSONValue] = [
            event("pre_user_prompt", ["user_prompt": .string("my SSN is \(Self.ssn), fix the form")]),
            event("pre_read_code", ["file_path": .string(repo.path + "/.env")]),
            event("pre_run_command", ["command_line": "cat src/phi/patients.py", "cwd": .string(repo.path)]),
            event("pre_write_code", ["file_path": .string(repo.path + "/src/app.py"),
                                     "edits": [["old_string": "hello", "new_string": .string("ssn = '\(Self.ssn)'")]]]),
            event("pre_mcp_tool_use", ["mcp_server_name": "github", "mcp_tool_name": "create_issue",
                                       "mcp_tool_arguments": ["title": .string("patient SSN \(Self.ssn)")]]),
        ]
        for event in blocked {
            let result = try run("windsurf", repo, event)
            #expect(result.status == 2 && result.stderr.contains("phiguard"), "\(event["agent_action_name"]?.stringValue ?? ""): \(result)")
        }
        // Cascade sends no content: guard reads the file, as it does for Claude Code's Read.
        let unprotected = try run("windsurf", repo, event("pre_read_code", ["file_path": .string(repo.path + "/docs/visit.txt")]))
        #expect(unprotected.status == 2, "\(unprotected)")
        let clean = try run("windsurf", repo, event("pre_read_code", ["file_path": .string(repo.path + "/src/app.py")]))
        #expect(clean.status == 0, "\(clean)")
    }

    @Test func openHandsPreToolUseAnswersWithADecision() throws {
        let repo = try repo()
        func event(_ command: String) -> JSONValue {
            ["event_type": "PreToolUse", "tool_name": "terminal", "tool_input": ["command": .string(command)],
             "session_id": "s-1", "working_dir": .string(repo.path)]
        }
        #expect(try JSONParser.parse(try run("openhands", repo, event("cat .env")).stdout)["decision"] == "deny")
        #expect(try JSONParser.parse(try run("openhands", repo, event("ls src")).stdout)["decision"] == "allow")
        // The file editor's `command` is what it does to `path`, not a shell line.
        func editor(_ input: JSONValue) -> JSONValue {
            ["event_type": "PreToolUse", "tool_name": "file_editor", "tool_input": input, "working_dir": .string(repo.path)]
        }
        let view = try run("openhands", repo, editor(["command": "view", "path": .string(repo.path + "/docs/visit.txt")]))
        #expect(try JSONParser.parse(view.stdout)["decision"] == "deny", "\(view)")
        let create = try run("openhands", repo, editor(["command": "create", "path": .string(repo.path + "/notes.md"),
                                                        "file_text": .string("SSN \(Self.ssn)")]))
        #expect(try JSONParser.parse(create.stdout)["decision"] == "deny", "\(create)")
        let cleanView = try run("openhands", repo, editor(["command": "view", "path": .string(repo.path + "/src/app.py")]))
        #expect(try JSONParser.parse(cleanView.stdout)["decision"] == "allow", "\(cleanView)")
    }

    @Test func clineHookScriptsAnswerWithCancel() throws {
        let repo = try repo()
        func event(_ hook: String, _ payload: JSONValue) -> JSONValue {
            .object(JSONObject([(key: "clineVersion", value: "3.36.0"), (key: "hookName", value: .string(hook)),
                                (key: "timestamp", value: "1736900000000"), (key: "taskId", value: "t-42"),
                                (key: "workspaceRoots", value: [.string(repo.path)]), (key: "userId", value: "u-1"),
                                (key: hook == "PreToolUse" ? "preToolUse" : "userPromptSubmit", value: payload)]))
        }
        let prompt = try run("cline", repo, event("UserPromptSubmit", ["prompt": .string("summarise notes for SSN \(Self.ssn)"), "attachments": []]))
        let blocked = try JSONParser.parse(prompt.stdout)
        #expect(blocked["cancel"] == true && blocked["errorMessage"]?.stringValue?.contains("ssn (phi.ssn)") == true, "\(prompt)")
        let read = try run("cline", repo, event("PreToolUse", ["toolName": "read_file", "parameters": ["path": "src/phi/patients.py"]]))
        #expect(try JSONParser.parse(read.stdout)["cancel"] == true, "\(read)")
        let write = try run("cline", repo, event("PreToolUse", ["toolName": "write_to_file",
                                                                 "parameters": ["path": "notes.md", "content": .string("SSN \(Self.ssn)")]]))
        #expect(try JSONParser.parse(write.stdout)["cancel"] == true, "\(write)")
        let clean = try run("cline", repo, event("PreToolUse", ["toolName": "read_file", "parameters": ["path": "src/app.py"]]))
        #expect(try JSONParser.parse(clean.stdout)["cancel"] == false, "\(clean)")
    }

    /// Tabnine CLI: Gemini CLI's events and decision answer; Devin CLI: exit 2, its own tool names, no
    /// `cwd` (and the same payloads through the Claude Code hooks it also runs); Crush: one PreToolUse event
    /// named by `event`.
    @Test func tabnineAnswersWithADecision() throws {
        let repo = try repo()
        func event(_ name: String, _ members: [(String, JSONValue)]) -> JSONValue {
            .object(JSONObject([(key: "session_id", value: "s-1"), (key: "cwd", value: .string(repo.path)),
                                (key: "hook_event_name", value: .string(name))] + members.map { (key: $0.0, value: $0.1) }))
        }
        let prompt = try run("tabnine", repo, event("BeforeAgent", [("prompt", .string("patient SSN \(Self.ssn), why?"))]))
        let blocked = try JSONParser.parse(prompt.stdout)
        #expect(blocked["decision"] == "deny" && blocked["reason"]?.stringValue?.contains("ssn (phi.ssn)") == true, "\(prompt)")
        let read = try run("tabnine", repo, event("BeforeTool", [("tool_name", "read_file"), ("tool_input", ["file_path": ".env"])]))
        #expect(try JSONParser.parse(read.stdout)["decision"] == "deny", "\(read)")
        let shell = try run("tabnine", repo, event("BeforeTool", [("tool_name", "run_shell_command"), ("tool_input", ["command": "ls src"])]))
        #expect(try JSONParser.parse(shell.stdout)["decision"] == "allow", "\(shell)")
    }

    @Test(arguments: ["devin", "claude"])
    func devinPayloadsBlockWithExitTwo(agent: String) throws {
        let repo = try repo()
        func event(_ name: String, _ members: [(String, JSONValue)]) -> JSONValue {
            .object(JSONObject([(key: "hook_event_name", value: .string(name)), (key: "session_id", value: "sunny-cowbell"),
                                (key: "prompt_id", value: "6f1c")] + members.map { (key: $0.0, value: $0.1) }))
        }
        if agent == "devin" {
            let prompt = try run(agent, repo, event("UserPromptSubmit", [("prompt", .string("summarise notes for SSN \(Self.ssn)"))]))
            #expect(prompt.status == 2 && prompt.stderr.contains("ssn (phi.ssn)"), "\(prompt)")
        }
        func tool(_ name: String, _ input: JSONValue) throws -> (status: Int32, stdout: String, stderr: String) {
            try run(agent, repo, event("PreToolUse", [("tool_name", .string(name)), ("tool_input", input), ("tool_use_id", "read:0")]))
        }
        func blocked(_ result: (status: Int32, stdout: String, stderr: String)) throws -> Bool {
            agent == "devin" ? result.status == 2 : try deniedByClaudeStyleDecision(result.stdout)
        }
        #expect(try blocked(try tool("read", ["file_path": .string(repo.path + "/docs/visit.txt")])))
        #expect(try blocked(try tool("exec", ["command": "cat .env"])))
        #expect(try blocked(try tool("write", ["file_path": "notes.md", "content": .string("SSN \(Self.ssn)")])))
        let clean = try tool("read", ["file_path": .string(repo.path + "/src/app.py")])
        #expect(clean.status == 0 && clean.stdout.isEmpty, "\(clean)")
    }

    @Test func crushPreToolUseBlocksWithExitTwo() throws {
        let repo = try repo()
        func event(_ tool: String, _ input: JSONValue) -> JSONValue {
            ["event": "PreToolUse", "session_id": "313909e", "cwd": .string(repo.path), "tool_name": .string(tool), "tool_input": input]
        }
        let view = try run("crush", repo, event("view", ["file_path": "src/phi/patients.py", "offset": 0, "limit": 200]))
        #expect(view.status == 2 && view.stderr.contains("phiguard"), "\(view)")
        let bash = try run("crush", repo, event("bash", ["command": "grep -r SSN docs"]))
        #expect(bash.status == 2, "\(bash)")
        let clean = try run("crush", repo, event("bash", ["command": "ls src"]))
        #expect(clean.status == 0 && clean.stdout.isEmpty, "\(clean)")
    }

    /// Kiro's v1 hooks: PascalCase events, snake_case fields; fs_read names its files in `operations`
    /// (relative to `cwd`); exit 2 with the reason on stderr is the only refusal Kiro honours.
    @Test func kiroBlocksWithExitTwoAndReadsFsReadOperations() throws {
        let repo = try repo()
        func event(_ name: String, _ members: [(String, JSONValue)]) -> JSONValue {
            .object(JSONObject([(key: "hook_event_name", value: .string(name)), (key: "cwd", value: .string(repo.path)),
                                (key: "session_id", value: "sess_1")] + members.map { (key: $0.0, value: $0.1) }))
        }
        let prompt = try run("kiro", repo, event("UserPromptSubmit", [("prompt", .string("patient SSN \(Self.ssn), why?"))]))
        #expect(prompt.status == 2 && prompt.stderr.contains("ssn (phi.ssn)") && prompt.stdout.isEmpty, "\(prompt)")
        func tool(_ name: String, _ input: JSONValue) throws -> (status: Int32, stdout: String, stderr: String) {
            try run("kiro", repo, event("PreToolUse", [("tool_name", .string(name)), ("tool_input", input)]))
        }
        let read = try tool("fs_read", ["operations": [["mode": "Line", "path": "src/app.py"], ["mode": "Line", "path": "docs/visit.txt"]]])
        #expect(read.status == 2, "\(read)")
        #expect(try tool("execute_bash", ["command": "cat .env"]).status == 2)
        #expect(try tool("fs_write", ["command": "create", "path": "notes.md", "file_text": .string("SSN \(Self.ssn)")]).status == 2)
        #expect(try tool("fs_write", ["command": "append", "path": "notes.md", "new_str": .string("SSN \(Self.ssn)")]).status == 2)
        #expect(try tool("fs_write", ["path": "notes.md", "text": .string("SSN \(Self.ssn)")]).status == 2)  // Kiro IDE's shape
        let clean = try tool("fs_read", ["operations": [["mode": "Line", "path": "src/app.py"]]])
        #expect(clean.status == 0 && clean.stdout.isEmpty, "\(clean)")
    }

    /// Goose's plugin hooks: `event`, `working_dir`, `tool_name` with the developer extension's tools
    /// (`developer__shell` in the docs, `shell` since goose sends them unprefixed), `edit`'s `after`,
    /// another extension's tool judged by its input; exit 2 with the reason on stderr.
    @Test func gooseBlocksToolCallsWithExitTwo() throws {
        let repo = try repo()
        func tool(_ name: String, _ input: JSONValue) throws -> (status: Int32, stdout: String, stderr: String) {
            try run("goose", repo, ["event": "PreToolUse", "session_id": "abc-123", "matcher_context": .string(name),
                                    "tool_name": .string(name), "tool_input": input, "working_dir": .string(repo.path),
                                    "tool_call_id": "call_1"])
        }
        let shell = try tool("developer__shell", ["command": "cat src/phi/patients.py"])
        #expect(shell.status == 2 && shell.stderr.contains("phiguard") && shell.stdout.isEmpty, "\(shell)")
        #expect(try tool("shell", ["command": "cat docs/visit.txt"]).status == 2)
        #expect(try tool("developer__write", ["path": "notes.md", "content": .string("SSN \(Self.ssn)")]).status == 2)
        #expect(try tool("edit", ["path": "notes.md", "before": "x", "after": .string("SSN \(Self.ssn)")]).status == 2)
        #expect(try tool("developer__read_image", ["source": "src/phi/scan.png"]).status == 2)
        #expect(try tool("tickets__create", ["title": .string("Patient SSN \(Self.ssn)")]).status == 2)
        // Goose's text_editor: `write` and `apply_diff` are edits whose text is judged.
        #expect(try tool("developer__text_editor", ["command": "write", "path": "notes.md", "file_text": .string("SSN \(Self.ssn)")]).status == 2)
        #expect(try tool("text_editor", ["command": "apply_diff", "path": "notes.md", "diff": .string("+SSN \(Self.ssn)")]).status == 2)
        #expect(try tool("developer__text_editor", ["command": "view", "path": "src/phi/patients.py"]).status == 2)
        let clean = try tool("developer__shell", ["command": "ls src"])
        #expect(clean.status == 0 && clean.stdout.isEmpty, "\(clean)")
        // Goose's prompt hook cannot block, so phiguard registers none and judges none.
        let prompt = try run("goose", repo, ["event": "UserPromptSubmit", "session_id": "abc-123", "message": "hello"])
        #expect(prompt.status == 2 && prompt.stderr.contains("judges PreToolUse"), "\(prompt)")
    }

    /// Firebender's `preToolUse` (every tool): `hook_event_name`, `workspace_roots`, `tool_name`, `tool_input` with
    /// its path fields (`target_file`, `relative_workspace_path`, `file_path`), as git-ai's parser reads them (the
    /// vendor's page names no fields); an event without a name is the one event phiguard registers. Exit 2 blocks.
    @Test func firebenderPreToolUseBlocksWithExitTwo() throws {
        let repo = try repo()
        func tool(_ name: String, _ input: JSONValue, named: Bool = true) throws -> (status: Int32, stdout: String, stderr: String) {
            var members: [(key: String, value: JSONValue)] = [("workspace_roots", [.string(repo.path)]), ("tool_name", .string(name)),
                                                               ("tool_input", input), ("model", "claude-sonnet-4")]
            if named { members.insert(("hook_event_name", "preToolUse"), at: 0) }
            return try run("firebender", repo, .object(JSONObject(members)))
        }
        let read = try tool("Read", ["target_file": "src/phi/patients.py"])
        #expect(read.status == 2 && read.stderr.contains("phiguard") && read.stdout.isEmpty, "\(read)")
        #expect(try tool("Read", ["relative_workspace_path": ".env"]).status == 2)
        #expect(try tool("Shell", ["command": "cat docs/visit.txt"]).status == 2)
        #expect(try tool("Write", ["file_path": "notes.md", "content": .string("SSN \(Self.ssn)")], named: false).status == 2)
        let clean = try tool("Shell", ["command": "ls src"], named: false)
        #expect(clean.status == 0 && clean.stdout.isEmpty, "\(clean)")
    }

    /// Auggie's `PreToolUse` (`hook_event_name`, or 1.x's `hook_type`; `workspace_roots`; `view`, `launch-process`,
    /// `save-file`), run through the script `init` writes, since Augment runs a script's path, not a command line.
    @Test func augmentsScriptBlocksWithExitTwo() throws {
        let repo = try GuardCommandTests.fixtureRepo(extra: [
            "docs/visit.txt": "Visit note. SSN \(Self.ssn)\n",
            ".phiguard/policy.yml": "version: 1\ntools: [augment]\nhooks:\n  agents: [augment]\nrestricted:\n  paths: [\"src/phi/**\"]\n",
        ])
        #expect(try PhiguardBinary.run(["init"], in: repo.path).status == 0)
        let script = repo.root.appendingPathComponent(".augment/hooks/phiguard.sh")
        #expect(FileManager.default.isExecutableFile(atPath: script.path), "init wrote no executable hook script")
        let settings = try JSONParser.parse(try String(contentsOf: repo.root.appendingPathComponent(".augment/settings.json"), encoding: .utf8))
        let registered = settings["hooks"]?["PreToolUse"]?.arrayValue?.first?["hooks"]?.arrayValue?.first?["command"]
        #expect(registered == ".augment/hooks/phiguard.sh")
        func tool(_ name: String, _ input: JSONValue, eventField: String = "hook_event_name") throws -> Int32 {
            let event: JSONValue = .object(JSONObject([(key: eventField, value: "PreToolUse"), (key: "conversation_id", value: "c-1"),
                                                       (key: "workspace_roots", value: [.string(repo.path)]), (key: "tool_name", value: .string(name)),
                                                       (key: "tool_input", value: input)]))
            let process = Process()
            process.executableURL = script
            process.currentDirectoryURL = repo.root
            var environment = ProcessInfo.processInfo.environment
            environment["PATH"] = try PhiguardBinary.url().deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
            process.environment = environment
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            input.fileHandleForWriting.write(Data(JSONPrinter.compact(event).utf8))
            try input.fileHandleForWriting.close()
            process.waitUntilExit()
            return process.terminationStatus
        }
        #expect(try tool("view", ["path": "src/phi/patients.py"]) == 2)
        #expect(try tool("launch-process", ["command": "cat docs/visit.txt", "wait": true]) == 2)
        #expect(try tool("save-file", ["path": "notes.md", "content": .string("SSN \(Self.ssn)")], eventField: "hook_type") == 2)
        #expect(try tool("view", ["path": "src/app.py"]) == 0)
    }

    /// Amp's tools as its plugin hands them to `guard amp` (`hook_event_name: tool.call`, `tool_name`, `tool_input`):
    /// its Grep shows lines, its Bash runs in its own `cwd`, and `edit_file` is an edit, not a read of the file.
    @Test func ampsToolsAreJudgedByWhatTheyShowAndWhere() throws {
        let repo = try repo()
        func tool(_ name: String, _ input: JSONValue) throws -> Int32 {
            try run("amp", repo, ["hook_event_name": "tool.call", "cwd": .string(repo.path), "tool_name": .string(name), "tool_input": input]).status
        }
        #expect(try tool("Grep", ["pattern": "SSN", "path": "docs"]) == 2)
        #expect(try tool("Bash", ["cmd": "cat visit.txt", "cwd": "docs"]) == 2)
        #expect(try tool("edit_file", ["path": "docs/visit.txt", "old_str": "Visit note.", "new_str": "Visit summary."]) == 0)
        #expect(try tool("Bash", ["cmd": "ls", "cwd": "docs"]) == 0)
        // Firebender's directory listing shows names only: a folder holding PHI lists freely.
        let listing = try run("firebender", repo, ["hook_event_name": "preToolUse", "workspace_roots": [.string(repo.path)],
                                                    "tool_name": "list_dir", "tool_input": ["relative_workspace_path": "docs"]])
        #expect(listing.status == 0, "\(listing)")
    }

    /// Amazon Q CLI's `preToolUse` in the local agent `init` writes (`.amazonq/cli-agents/phiguard.json`), with the
    /// event shapes of the CLI's hooks documentation: `fs_read` with `operations[].path`, `execute_bash`, `fs_write`'s
    /// `create` with `file_text`, an MCP tool `@server/tool` judged by its input. Exit 2 blocks.
    @Test func amazonQAgentsPreToolUseBlocksWithExitTwo() throws {
        let repo = try GuardCommandTests.fixtureRepo(extra: [
            "docs/visit.txt": "Visit note. SSN \(Self.ssn)\n",
            ".phiguard/policy.yml": "version: 1\ntools: [amazonq]\nhooks:\n  agents: [amazonq]\nrestricted:\n  paths: [\"src/phi/**\"]\n",
        ])
        #expect(try PhiguardBinary.run(["init"], in: repo.path).status == 0)
        let agent = try JSONParser.parse(try String(contentsOf: repo.root.appendingPathComponent(".amazonq/cli-agents/phiguard.json"), encoding: .utf8))
        #expect(agent["name"] == "phiguard" && agent["tools"] == ["*"])
        let hook = agent["hooks"]?["preToolUse"]?.arrayValue?.first
        #expect(hook?["matcher"] == "*" && hook?["command"] == "phiguard guard amazonq || exit 2")
        func tool(_ name: String, _ input: JSONValue) throws -> (status: Int32, stdout: String, stderr: String) {
            try run("amazonq", repo, ["hook_event_name": "preToolUse", "cwd": .string(repo.path), "tool_name": .string(name), "tool_input": input])
        }
        let read = try tool("fs_read", ["operations": [["mode": "Line", "path": .string(repo.path + "/src/phi/patients.py")]]])
        #expect(read.status == 2 && read.stderr.contains("phiguard") && read.stdout.isEmpty, "\(read)")
        #expect(try tool("execute_bash", ["command": "cat docs/visit.txt"]).status == 2)
        #expect(try tool("fs_write", ["command": "create", "path": .string(repo.path + "/notes.md"), "file_text": .string("SSN \(Self.ssn)")]).status == 2)
        #expect(try tool("@postgres/query", ["sql": .string("SELECT * FROM patients WHERE ssn = '\(Self.ssn)'")]).status == 2)
        let clean = try tool("execute_bash", ["command": "ls src"])
        #expect(clean.status == 0 && clean.stdout.isEmpty, "\(clean)")
    }

    /// Antigravity's `PreToolUse` as third-party readers of its hooks give it (`conversationId`, `workspacePaths`,
    /// `toolCall.name`/`args` with Cascade's argument names: `view_file`'s `AbsolutePath`, `run_command`'s `CommandLine`,
    /// `write_to_file`'s `TargetFile`/`CodeContent`); answered in both shapes those readers disagree on.
    @Test func antigravityPreToolUseAnswersInBothShapes() throws {
        let repo = try repo()
        func tool(_ name: String, _ args: JSONValue) throws -> JSONValue {
            let result = try run("antigravity", repo, ["conversationId": "c-1", "stepIdx": 3, "workspacePaths": [.string(repo.path)],
                                                       "toolCall": ["name": .string(name), "args": args]])
            #expect(result.status == 0, "\(result)")
            return try JSONParser.parse(result.stdout)
        }
        for (name, args) in [("view_file", ["AbsolutePath": .string(repo.path + "/src/phi/patients.py")]),
                             ("run_command", ["CommandLine": "cat docs/visit.txt", "Cwd": .string(repo.path)]),
                             ("write_to_file", ["TargetFile": .string(repo.path + "/notes.md"), "CodeContent": .string("SSN \(Self.ssn)")])]
            as [(String, JSONValue)] {
            let answer = try tool(name, args)
            #expect(answer["decision"] == "deny" && answer["allow_tool"] == false, "\(name) was allowed")
            #expect(answer["reason"]?.stringValue?.contains("phiguard") == true && answer["deny_reason"] == answer["reason"])
        }
        let clean = try tool("run_command", ["CommandLine": "ls src"])
        #expect(clean["decision"] == "allow" && clean["allow_tool"] == true)
    }

    @Test(arguments: ["codex", "qwen", "factory", "copilot", "windsurf", "openhands", "cline", "tabnine", "devin", "crush", "kiro", "goose",
                      "trae", "opencode", "kilo", "firebender", "augment", "amp", "amazonq", "antigravity"])
    func unreadableEventsFailClosed(agent: String) throws {
        let repo = try repo()
        let result = try PhiguardBinary.run(["guard", agent], in: repo.path, input: "{\"hook_event_name\": ")
        if agent == "copilot" {
            #expect(try JSONParser.parse(result.stdout)["permissionDecision"] == "deny" && result.status == 2)
        } else if agent == "antigravity" {
            #expect(try JSONParser.parse(result.stdout)["decision"] == "deny" && result.stdout.contains("not valid JSON"))
        } else {
            #expect(result.status == 2 && result.stderr.contains("not valid JSON"))
        }
    }

    @Test func aToolWithoutAHookProtocolIsNotAGuardAgent() throws {
        let repo = try repo()
        let result = try PhiguardBinary.run(["guard", "roo"], in: repo.path, input: "{}")
        #expect(result.status == 64 || result.status == 2, "\(result.status)")
        #expect(result.stderr.contains("codex") && result.stderr.contains("windsurf"), "\(result.stderr)")
    }
}
