import Foundation
import JSONDocument
import TestSupport
import Testing

/// `phiguard guard` through the binary, with hook events shaped as each agent sends them.
@Suite struct GuardCommandTests {
    static let ssn = "219-45-6788"

    private func repo() throws -> ScratchRepo { try Self.fixtureRepo() }

    /// A repository with a restricted folder, a secret file and a clean source file (and `extra`).
    static func fixtureRepo(extra: [String: String] = [:]) throws -> ScratchRepo {
        try ScratchRepo(files: [
            ".phiguard/policy.yml": "version: 1\nrestricted:\n  paths: [\"src/phi/**\"]\n",
            "src/phi/patients.py": "TABLE = 'patients'\n",
            ".env": "DB_PASSWORD=x\n",
            "src/app.py": "print('hello')\n",
        ].merging(extra) { $1 })
    }

    private func event(_ members: [String: JSONValue]) -> String {
        JSONPrinter.compact(.object(JSONObject(members.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) })))
    }

    @Test func claudePromptWithPHIIsBlockedWithExitTwo() throws {
        let repo = try repo()
        let base: [String: JSONValue] = ["session_id": "abc123", "transcript_path": "/tmp/t.jsonl", "cwd": .string(repo.path),
                                         "permission_mode": "default", "hook_event_name": "UserPromptSubmit"]
        var blocked = base
        blocked["prompt"] = .string("Summarise the visit for the patient with SSN \(Self.ssn), thanks")
        let result = try PhiguardBinary.run(["guard", "claude"], in: repo.path, input: event(blocked))
        #expect(result.status == 2)
        #expect(result.stderr.contains("ssn (phi.ssn)"))
        #expect(!result.stderr.contains(Self.ssn) && !result.stdout.contains(Self.ssn))
        var clean = base
        clean["prompt"] = "Write a function to calculate the factorial of a number"
        let allowed = try PhiguardBinary.run(["guard", "claude"], in: repo.path, input: event(clean))
        #expect(allowed.status == 0)
        #expect(allowed.stdout.isEmpty)
    }

    @Test func aSessionStartedInASubfolderStillUsesTheRepositorysPolicy() throws {
        let repo = try repo()
        let read = event(["session_id": "abc", "cwd": .string(repo.path + "/src"), "hook_event_name": "PreToolUse",
                          "tool_name": "Read", "tool_input": ["file_path": .string(repo.path + "/src/phi/patients.py")]])
        let claude = try PhiguardBinary.run(["guard", "claude"], in: repo.path + "/src", input: read)
        #expect(claude.status == 0)
        #expect(try JSONParser.parse(claude.stdout)["hookSpecificOutput"]?["permissionDecision"] == "deny")
        let cursor = try PhiguardBinary.run(["guard", "cursor"], in: repo.path + "/src", input: event([
            "hook_event_name": "beforeReadFile", "workspace_roots": [.string(repo.path + "/src")],
            "file_path": .string(repo.path + "/src/phi/patients.py"), "content": "x"]))
        #expect(try JSONParser.parse(cursor.stdout)["permission"] == "deny")
    }

    @Test func eventsThatParseButAreNotJudgeableFailClosed() throws {
        let repo = try repo()
        let cwd: JSONValue = .string(repo.path)
        let claudeEvents: [[String: JSONValue]] = [
            [:],
            ["cwd": cwd, "hook_event_name": "PreToolUse", "tool_name": "Read", "tool_input": "oops"],
            ["cwd": cwd, "hook_event_name": "UserPromptSubmit", "prompt": 123],
            ["cwd": cwd, "hook_event_name": "UserPromptSubmit"],
            ["cwd": cwd, "hook_event_name": "beforeSubmitPrompt", "prompt": "hello"],
        ]
        for payload in claudeEvents {
            let result = try PhiguardBinary.run(["guard", "claude"], in: repo.path, input: event(payload))
            #expect(result.status == 2, "\(payload.keys.sorted())")
            #expect(result.stderr.contains("blocking to be safe"))
        }
        let cursorEvents: [[String: JSONValue]] = [
            [:],
            ["workspace_roots": [cwd], "hook_event_name": "beforeSubmitPrompt", "prompt": ["text": "hello"]],
            ["workspace_roots": [cwd], "hook_event_name": "UserPromptSubmit", "prompt": "hello"],
            ["workspace_roots": [cwd], "hook_event_name": "beforeReadFile", "file_path": 7],
        ]
        for payload in cursorEvents {
            let result = try PhiguardBinary.run(["guard", "cursor"], in: repo.path, input: event(payload))
            let answer = try JSONParser.parse(result.stdout)
            #expect(answer["permission"] == "deny" && answer["continue"] == false, "\(payload.keys.sorted())")
        }
        let gemini = try PhiguardBinary.run(["guard", "gemini"], in: repo.path, input: event(["cwd": cwd, "hook_event_name": "BeforeTool",
                                                                                               "tool_name": "read_file"]))
        #expect(gemini.status == 2)
    }

    private func claudeTool(_ repo: ScratchRepo, _ tool: String, _ input: [String: JSONValue]) throws -> (Int32, JSONValue?) {
        let payload = event(["session_id": "abc123", "cwd": .string(repo.path), "hook_event_name": "PreToolUse",
                             "tool_name": .string(tool), "tool_use_id": "toolu_01",
                             "tool_input": .object(JSONObject(input.map { (key: $0.key, value: $0.value) }))])
        let result = try PhiguardBinary.run(["guard", "claude"], in: repo.path, input: payload)
        return (result.status, result.stdout.isEmpty ? nil : try JSONParser.parse(result.stdout))
    }

    @Test func claudeToolCallsOnProtectedPathsOrWithFindingsAreDenied() throws {
        let repo = try repo()
        let decision = { (output: JSONValue?) in output?["hookSpecificOutput"]?["permissionDecision"]?.stringValue }
        let read = try claudeTool(repo, "Read", ["file_path": .string(repo.path + "/src/phi/patients.py"), "offset": 10, "limit": 50])
        #expect(read.0 == 0)
        #expect(decision(read.1) == "deny")
        #expect(read.1?["hookSpecificOutput"]?["hookEventName"] == "PreToolUse")
        #expect(decision(try claudeTool(repo, "Edit", ["file_path": ".env", "old_string": "x", "new_string": "y"]).1) == "deny")
        #expect(decision(try claudeTool(repo, "Bash", ["command": "cat .env | head"]).1) == "deny")
        let write = try claudeTool(repo, "Write", ["file_path": .string(repo.path + "/tests/fixture.py"),
                                                   "content": .string("PATIENT = {\"ssn\": \"\(Self.ssn)\"}\n")])
        #expect(decision(write.1) == "deny")
        #expect(write.1?["hookSpecificOutput"]?["permissionDecisionReason"]?.stringValue?.contains(Self.ssn) == false)
        let fine = try claudeTool(repo, "Read", ["file_path": .string(repo.path + "/src/app.py")])
        #expect(fine.0 == 0 && fine.1 == nil)
    }

    /// What a tool would read or send is judged, not only its path: an ordinary file holding PHI, a
    /// Grep of it, a fetched URL or a search query carrying an identifier, an MCP tool's arguments.
    @Test func claudeReadsOfUnrestrictedFilesHoldingPHIAndOutgoingQueriesAreDenied() throws {
        let repo = try repo()
        try repo.write("notes/visit.txt", "Follow-up call. Patient SSN \(Self.ssn), MRN 00482913.\n")
        let decision = { (output: JSONValue?) in output?["hookSpecificOutput"]?["permissionDecision"]?.stringValue }
        let reason = { (output: JSONValue?) in output?["hookSpecificOutput"]?["permissionDecisionReason"]?.stringValue ?? "" }
        let read = try claudeTool(repo, "Read", ["file_path": .string(repo.path + "/notes/visit.txt")])
        #expect(decision(read.1) == "deny")
        #expect(reason(read.1).contains("notes/visit.txt") && reason(read.1).contains("ssn (phi.ssn)"))
        #expect(!reason(read.1).contains(Self.ssn) && !reason(read.1).contains("00482913"))
        #expect(decision(try claudeTool(repo, "Grep", ["pattern": "MRN", "path": "notes/visit.txt", "output_mode": "content"]).1) == "deny")
        #expect(decision(try claudeTool(repo, "WebFetch", ["url": .string("https://records.stmarys-health.org/lookup?ssn=\(Self.ssn)"), "prompt": "summarise"]).1) == "deny")
        #expect(decision(try claudeTool(repo, "WebSearch", ["query": .string("patient \(Self.ssn) claim status")]).1) == "deny")
        #expect(decision(try claudeTool(repo, "mcp__crm__create_ticket", ["body": .string("caller SSN \(Self.ssn)")]).1) == "deny")
        // An env file anywhere in the tree is a secret by default, as `inspect` reports it.
        try repo.write("docker-compose/db-env-vars.env", "POSTGRES_USER=app\n")
        let env = try claudeTool(repo, "Read", ["file_path": .string(repo.path + "/docker-compose/db-env-vars.env")])
        #expect(decision(env.1) == "deny" && reason(env.1).contains("'*.env'"))
        // Ordinary reads, searches and fetches pass.
        #expect(try claudeTool(repo, "Grep", ["pattern": "print", "path": "src/app.py"]).1 == nil)
        #expect(try claudeTool(repo, "Glob", ["pattern": "**/*.py"]).1 == nil)
        #expect(try claudeTool(repo, "WebFetch", ["url": "https://hl7.org/fhir/R4/patient.html", "prompt": "list the fields"]).1 == nil)
        #expect(try claudeTool(repo, "Read", ["file_path": .string(repo.path + "/does/not/exist.txt")]).1 == nil)
    }

    /// A search or a shell command is judged by the files it would open and the lines it would show.
    @Test func searchesAndCommandsAreJudgedByTheFilesTheyWouldRead() throws {
        let repo = try repo()
        try repo.write("notes/visit.txt", "Follow-up call on Tuesday.\n\n\n\nPatient SSN \(Self.ssn), MRN 00482913.\n")
        let decision = { (output: JSONValue?) in output?["hookSpecificOutput"]?["permissionDecision"]?.stringValue }
        let reason = { (output: JSONValue?) in output?["hookSpecificOutput"]?["permissionDecisionReason"]?.stringValue ?? "" }
        // Grep over a folder, or over the whole repository, in content mode: the MRN line would be shown.
        let folder = try claudeTool(repo, "Grep", ["pattern": "MRN", "path": "notes", "output_mode": "content"])
        #expect(decision(folder.1) == "deny")
        #expect(reason(folder.1).contains("notes/visit.txt") && reason(folder.1).contains("mrn"))
        #expect(!reason(folder.1).contains("00482913"))
        #expect(decision(try claudeTool(repo, "Grep", ["pattern": "mrn", "-i": true, "output_mode": "content"]).1) == "deny")
        #expect(decision(try claudeTool(repo, "Grep", ["pattern": "Tuesday", "-C": 4, "output_mode": "content"]).1) == "deny")
        // `^` and `$` match at each line, as the search tool reads lines.
        #expect(decision(try claudeTool(repo, "Grep", ["pattern": "^Patient", "path": "notes", "output_mode": "content"]).1) == "deny")
        // A listing shows names: a folder of files with PHI lists freely, a name that carries PHI does not.
        #expect(try claudeTool(repo, "Glob", ["pattern": "*.txt", "path": "notes"]).1 == nil)
        #expect(try claudeTool(repo, "LS", ["path": .string(repo.path + "/notes")]).1 == nil)
        try repo.write("scans/jane doe \(Self.ssn).pdf", "%PDF-1.4\n")
        let listing = try claudeTool(repo, "LS", ["path": .string(repo.path + "/scans")])
        #expect(decision(listing.1) == "deny" && reason(listing.1).contains("file name") && !reason(listing.1).contains(Self.ssn))
        // Lines that hold no finding, file names and counts pass.
        #expect(try claudeTool(repo, "Grep", ["pattern": "Tuesday", "output_mode": "content"]).1 == nil)
        #expect(try claudeTool(repo, "Grep", ["pattern": "MRN", "path": "notes"]).1 == nil)
        #expect(try claudeTool(repo, "Grep", ["pattern": "MRN", "output_mode": "count"]).1 == nil)
        #expect(try claudeTool(repo, "Grep", ["pattern": "MRN", "glob": "*.py", "output_mode": "content"]).1 == nil)
        // A content search that would show a line of a protected file is refused by its pattern.
        let protected = try claudeTool(repo, "Grep", ["pattern": "TABLE", "output_mode": "content"])
        #expect(decision(protected.1) == "deny" && reason(protected.1).contains("src/phi/patients.py is protected"))

        for command in ["cat notes/visit.txt", "head -n 5 notes/*.txt", "grep -rn MRN .", "cd src && rg MRN ..",
                        "sudo cat ./notes/visit.txt | less", "git grep -n SSN", "tar czf /tmp/n.tgz notes"] {
            let verdict = try claudeTool(repo, "Bash", ["command": .string(command)])
            #expect(decision(verdict.1) == "deny", "\(command)")
            #expect(!reason(verdict.1).contains(Self.ssn))
        }
        for command in ["ls notes", "wc -l src/app.py", "cat src/app.py", "swift build", "grep -n print src/app.py"] {
            #expect(try claudeTool(repo, "Bash", ["command": .string(command)]).1 == nil, "\(command)")
        }
        // Gemini's search and shell tools, and Cursor's shell event, go through the same judgement.
        let gemini = try PhiguardBinary.run(["guard", "gemini"], in: repo.path, input: event([
            "cwd": .string(repo.path), "hook_event_name": "BeforeTool", "tool_name": "search_file_content",
            "tool_input": ["pattern": "MRN"]]))
        #expect(gemini.stdout.contains("\"decision\":\"deny\""), "\(gemini.stdout)")
        let many = try PhiguardBinary.run(["guard", "gemini"], in: repo.path, input: event([
            "cwd": .string(repo.path), "hook_event_name": "BeforeTool", "tool_name": "read_many_files",
            "tool_input": ["paths": ["notes/*.txt"]]]))
        #expect(many.stdout.contains("\"decision\":\"deny\"") && many.stdout.contains("notes/visit.txt"), "\(many.stdout)")
        let folder2 = try PhiguardBinary.run(["guard", "gemini"], in: repo.path, input: event([
            "cwd": .string(repo.path), "hook_event_name": "BeforeTool", "tool_name": "read_many_files",
            "tool_input": ["paths": ["notes"]]]))
        #expect(folder2.stdout.contains("\"decision\":\"deny\""), "\(folder2.stdout)")
        let cursor = try PhiguardBinary.run(["guard", "cursor"], in: repo.path, input: event([
            "cwd": .string(repo.path), "hook_event_name": "beforeShellExecution", "command": "cat notes/visit.txt"]))
        #expect(cursor.stdout.contains("\"permission\":\"deny\""), "\(cursor.stdout)")
        // Cursor's preToolUse carries every other tool: its name and input (an object or its JSON text).
        for input: JSONValue in [["pattern": "MRN", "path": "notes", "output_mode": "content"],
                                 .string("{\"pattern\":\"MRN\",\"path\":\"notes\",\"output_mode\":\"content\"}")] {
            let tool = try PhiguardBinary.run(["guard", "cursor"], in: repo.path, input: event([
                "cwd": .string(repo.path), "hook_event_name": "preToolUse", "tool_name": "Grep", "tool_input": input]))
            #expect(tool.stdout.contains("\"permission\":\"deny\"") && tool.stdout.contains("agent_message"), "\(tool.stdout)")
        }
        let fine = try PhiguardBinary.run(["guard", "cursor"], in: repo.path, input: event([
            "cwd": .string(repo.path), "hook_event_name": "preToolUse", "tool_name": "Read",
            "tool_input": ["file_path": "src/app.py"]]))
        #expect(fine.stdout == "{\"permission\":\"allow\"}\n", "\(fine.stdout)")
    }

    /// Past the time budget a read that cannot be judged is refused, never let through.
    @Test func readsThatCannotBeJudgedInTimeAreRefused() throws {
        let repo = try repo()
        try repo.write("notes/visit.txt", "nothing here\n")
        let payload = event(["cwd": .string(repo.path), "hook_event_name": "PreToolUse", "tool_name": "Bash",
                             "tool_input": ["command": "grep -r visit notes"]])
        let result = try PhiguardBinary.run(["guard", "claude"], stdin: payload, in: repo.root,
                                            environment: ["PHIGUARD_GUARD_READ_BUDGET": "0"])
        let output = try JSONParser.parse(result.stdout)
        #expect(output["hookSpecificOutput"]?["permissionDecision"]?.stringValue == "deny")
        #expect(output["hookSpecificOutput"]?["permissionDecisionReason"]?.stringValue?.contains("more than phiguard can check") == true)
        #expect(try PhiguardBinary.run(["guard", "claude"], in: repo.path, input: payload).stdout.isEmpty)
    }

    @Test func cursorPromptAndFileReads() throws {
        let repo = try repo()
        let common: [String: JSONValue] = ["conversation_id": "74676b03", "generation_id": "f7746f6e", "model": "default",
                                           "cursor_version": "3.9.16", "workspace_roots": [.string(repo.path)],
                                           "user_email": "user@example.com"]
        var prompt = common
        prompt["hook_event_name"] = "beforeSubmitPrompt"
        prompt["prompt"] = .string("patient dob 1961-04-12, mrn 00482913 — why is the eGFR low?")
        prompt["attachments"] = [["type": "rule", "file_path": "CLAUDE.md"]]
        let blocked = try JSONParser.parse(try PhiguardBinary.run(["guard", "cursor"], in: repo.path, input: event(prompt)).stdout)
        #expect(blocked["continue"] == false)
        #expect(blocked["user_message"]?.stringValue?.contains("mrn (phi.mrn)") == true)

        var read = common
        read["hook_event_name"] = "beforeReadFile"
        read["file_path"] = .string(repo.path + "/exports/patients.csv")
        read["content"] = .string("name,dob,ssn\nJane Roe,1970-01-01,\(Self.ssn)\n")
        read["attachments"] = []
        let denied = try PhiguardBinary.run(["guard", "cursor"], in: repo.path, input: event(read))
        #expect(denied.status == 0)
        #expect(try JSONParser.parse(denied.stdout)["permission"] == "deny")
        #expect(!denied.stdout.contains(Self.ssn))
        read["content"] = "a,b\n1,2\n"
        let allowed = try PhiguardBinary.run(["guard", "cursor"], in: repo.path, input: event(read))
        // failClosed hooks treat empty output as a block: an allow must be explicit.
        #expect(try JSONParser.parse(allowed.stdout)["permission"] == "allow")
    }

    @Test func geminiBeforeToolAndBeforeAgent() throws {
        let repo = try repo()
        let tool = event(["session_id": "s-1", "cwd": .string(repo.path), "hook_event_name": "BeforeTool",
                          "timestamp": "2026-01-01T00:00:00Z", "tool_name": "read_file",
                          "tool_input": ["file_path": .string(repo.path + "/.env")]])
        let denied = try JSONParser.parse(try PhiguardBinary.run(["guard", "gemini"], in: repo.path, input: tool).stdout)
        #expect(denied["decision"] == "deny")
        let agent = event(["session_id": "s-1", "cwd": .string(repo.path), "hook_event_name": "BeforeAgent",
                           "prompt": .string("Patient phone (617) 432-1234, summarise")])
        #expect(try JSONParser.parse(try PhiguardBinary.run(["guard", "gemini"], in: repo.path, input: agent).stdout)["decision"] == "deny")
    }

    @Test(arguments: ["claude", "cursor", "gemini"])
    func malformedEventsFailClosed(agent: String) throws {
        let repo = try repo()
        let result = try PhiguardBinary.run(["guard", agent], in: repo.path, input: "{\"hook_event_name\": \"UserPromptSubmit\", ")
        if agent == "cursor" {
            let answer = try JSONParser.parse(result.stdout)
            #expect(answer["continue"] == false && answer["permission"] == "deny")
        } else {
            #expect(result.status == 2)
        }
        #expect(result.stderr.contains("not valid JSON"))
    }
}

extension GuardCommandTests {
    @Test func bareNamesOfProtectedFilesInShellCommands() throws {
        let repo = try ScratchRepo(files: ["credentials": "token=x\n", "README.md": "# x\n"])
        let event = { (command: String) in
            "{\"hook_event_name\":\"PreToolUse\",\"cwd\":\"\(repo.path)\",\"tool_name\":\"Bash\",\"tool_input\":{\"command\":\"\(command)\"}}"
        }
        let denied = try PhiguardBinary.run(["guard", "claude"], in: repo.path, input: event("cat credentials"))
        #expect(denied.stdout.contains("\"permissionDecision\":\"deny\""))
        let allowed = try PhiguardBinary.run(["guard", "claude"], in: repo.path, input: event("git commit -m update secrets handling"))
        #expect(allowed.stdout.isEmpty && allowed.status == 0)
    }
}
