import Foundation
import JSONDocument
import PolicyModel
import RepoAccess

/// Turns the policy into the list of files phiguard should write: the tool catalog in one place.
struct ArtifactPlanner {
    let policy: Policy
    let state: RepoState
    let renderer: TemplateRenderer
    let lock: LockFile?
    /// phiguard's version: the tag a CI workflow builds by default.
    let generatorVersion: String

    /// The plan: artifacts in a stable order (shared files merged), git config to set, and notes
    /// about what could not be wired automatically.
    func plan() throws -> (artifacts: [PlannedArtifact], gitConfig: [PlannedGitConfig], notes: [String]) {
        let context = RulesContext.make(for: policy)
        let body = try renderer.render("rules", context)
        var artifacts: [PlannedArtifact] = []
        for tool in policy.tools {
            artifacts += try rules(for: tool, body: body)
            artifacts += try exclusions(for: tool)
        }
        artifacts += try agentHooks()
        artifacts.append(try gitignore())
        let git = try gitHook()
        artifacts += git.artifacts
        artifacts += try continuousIntegration()
        var notes: [String] = []
        artifacts.removeAll { artifact in
            guard let note = unsupportedNote(artifact) else { return false }
            notes.append(note)
            return true
        }
        return (merged(artifacts), git.config, notes)
    }

    /// A note when Aider's `read:` is a single value or a flow list: phiguard will not rewrite the
    /// user's line, so the user adds CONVENTIONS.md; the rest of the plan goes ahead.
    private func unsupportedNote(_ artifact: PlannedArtifact) -> String? {
        guard artifact.path == ".aider.conf.yml", case let .block(_, .yaml(path), _) = artifact.content,
              let text = try? state.text(artifact.path)
        else { return nil }
        do {
            _ = try YAMLPlacement.locate(path: path, in: text, file: artifact.path)
            return nil
        } catch let error as ScaffoldError {
            guard case .unsupportedYAMLShape = error else { return nil }
            if text.contains("CONVENTIONS.md") { return nil }
            return "aider: .aider.conf.yml lists 'read' on one line, which phiguard does not rewrite; "
                + "add CONVENTIONS.md to it yourself (for example read: [your-file, CONVENTIONS.md])."
        } catch {
            return nil
        }
    }

    // MARK: Rules

    private func rules(for tool: AITool, body: String) throws -> [PlannedArtifact] {
        func block(_ path: String) -> PlannedArtifact {
            artifact(path, .block, tool, "rules", .block(syntax: .markdown, placement: .end, body: body))
        }
        func owned(_ path: String, _ template: String) throws -> PlannedArtifact {
            artifact(path, .owned, tool, "rules", .owned(try renderer.render(template, ["body": body])))
        }
        switch tool {
        case .agents: return [block("AGENTS.md")]
        case .zed: return [block(state.isFile(".rules") ? ".rules" : "AGENTS.md")]
        case .claude: return [block("CLAUDE.md")]
        case .cursor:
            var result = [try owned(".cursor/rules/phiguard.mdc", "cursor-rule")]
            if state.isFile(".cursorrules") { result.append(block(".cursorrules")) }
            return result
        case .copilot:
            var result = [block(".github/copilot-instructions.md")]
            if !policy.restricted.paths.isEmpty {
                let applyTo = policy.restricted.paths.map { PathTranslation.rootRelativeGlob($0).trimmingLeadingSlash }
                let text = try renderer.render("copilot-restricted", ["applyTo": applyTo.joined(separator: ",")])
                result.append(artifact(
                    ".github/instructions/phiguard-restricted.instructions.md", .owned, tool, "rules", .owned(text)))
            }
            return result
        case .windsurf: return [try owned(".windsurf/rules/phiguard.md", "windsurf-rule")]
        case .gemini: return [block("GEMINI.md")]
        case .jetbrains: return [block(".junie/guidelines.md")]
        case .cline:
            return [state.isFile(".clinerules") ? block(".clinerules") : try owned(".clinerules/phiguard.md", "plain-rule")]
        case .roo: return [try owned(".roo/rules/phiguard.md", "plain-rule")]
        case .continue: return [try owned(".continue/rules/phiguard.md", "continue-rule")]
        case .aider: return [block("CONVENTIONS.md"), try aiderConfig()]
        case .amazonq: return [try owned(".amazonq/rules/phiguard.md", "plain-rule")]
        case .augment: return [try owned(".augment/rules/phiguard.md", "augment-rule")]
        case .kiro: return [try owned(".kiro/steering/phiguard.md", "kiro-steering")]
        }
    }

    private func aiderConfig() throws -> PlannedArtifact {
        artifact(".aider.conf.yml", .yamlMerge, .aider, "rules (read: CONVENTIONS.md)",
                 .block(syntax: .hash, placement: .yaml(path: ["read"]), body: "- CONVENTIONS.md\n"))
    }

    // MARK: Exclusions

    /// Each tool's ignore file(s); tools with none get nothing here (their gap is reported by `check`).
    static func ignoreFiles(for tool: AITool) -> [String] {
        switch tool {
        case .cursor: [".cursorignore"]
        case .gemini: [".geminiignore", ".aiexclude"]
        case .jetbrains: [".aiignore"]
        case .windsurf: [".codeiumignore"]
        case .cline: [".clineignore"]
        case .roo: [".rooignore"]
        case .continue: [".continueignore"]
        case .aider: [".aiderignore"]
        case .augment: [".augmentignore"]
        case .kiro: [".kiroignore"]
        case .agents, .claude, .copilot, .amazonq, .zed: []
        }
    }

    private func exclusions(for tool: AITool) throws -> [PlannedArtifact] {
        let patterns = policy.excludedPatterns
        let list = try renderer.render("ignore-list", ["patterns": patterns])
        var result = Self.ignoreFiles(for: tool).map {
            artifact($0, .block, tool, "exclusions", .block(syntax: .hash, placement: .end, body: list))
        }
        switch tool {
        case .claude:
            let deny = patterns.flatMap(PathTranslation.claudeRules).map {
                JSONEntry(pointer: ["permissions", "deny"], value: .string($0))
            }
            result.append(artifact(".claude/settings.json", .jsonMerge, tool, "exclusions",
                                   .json(entries: deny, defaults: [])))
        case .copilot:
            let text = try renderer.render(
                "copilot-content-exclusion", ["patterns": patterns.map(PathTranslation.rootRelativeGlob)])
            result.append(artifact(".phiguard/copilot-content-exclusion.yml", .owned, tool,
                                   "exclusions (paste into GitHub settings)", .owned(text)))
        default: break
        }
        return result
    }

    // MARK: Agent hooks

    private func agentHooks() throws -> [PlannedArtifact] {
        var result: [PlannedArtifact] = []
        for agent in policy.hooks.agents where policy.tools.contains(agent) {
            switch agent {
            case .claude:
                let command: JSONValue = ["type": "command", "command": "phiguard guard claude || exit 2"]
                result.append(artifact(".claude/settings.json", .jsonMerge, agent, "agent hooks", .json(entries: [
                    JSONEntry(pointer: ["hooks", "UserPromptSubmit"], value: ["hooks": [command]]),
                    JSONEntry(pointer: ["hooks", "PreToolUse"],
                              // Every tool: Grep, Glob, NotebookEdit, WebFetch, WebSearch and MCP tools read or send data too.
                              value: ["matcher": "*", "hooks": [command]]),
                ], defaults: [])))
            case .cursor:
                let command: JSONValue = ["command": "phiguard guard cursor", "failClosed": true]
                result.append(artifact(".cursor/hooks.json", .jsonMerge, agent, "agent hooks", .json(entries: [
                    JSONEntry(pointer: ["hooks", "beforeSubmitPrompt"], value: command),
                    JSONEntry(pointer: ["hooks", "beforeReadFile"], value: command),
                    // The terminal and MCP tools read and send data too; preToolUse covers every other tool.
                    JSONEntry(pointer: ["hooks", "beforeShellExecution"], value: command),
                    JSONEntry(pointer: ["hooks", "beforeMCPExecution"], value: command),
                    JSONEntry(pointer: ["hooks", "preToolUse"], value: command),
                ], defaults: [JSONEntry(pointer: ["version"], value: 1)])))
            case .gemini:
                let command: JSONValue = ["type": "command", "command": "phiguard guard gemini || exit 2"]
                result.append(artifact(".gemini/settings.json", .jsonMerge, agent, "agent hooks", .json(entries: [
                    JSONEntry(pointer: ["hooks", "BeforeAgent"], value: ["hooks": [command]]),
                    JSONEntry(pointer: ["hooks", "BeforeTool"], value: [
                        // Every tool (a regex): search, glob, web fetch and search, and MCP tools read or send data too.
                        "matcher": ".*", "hooks": [command],
                    ]),
                ], defaults: [])))
            default: break
            }
        }
        return result
    }

    // MARK: Git

    private func gitignore() throws -> PlannedArtifact {
        let patterns = RulesContext.unique(policy.secrets + policy.data)
        let text = try renderer.render("gitignore", ["patterns": patterns])
        return artifact(".gitignore", .block, nil, "gitignore", .block(syntax: .hash, placement: .end, body: text))
    }

    private func gitHook() throws -> (artifacts: [PlannedArtifact], config: [PlannedGitConfig]) {
        guard state.repository.isGitRepository, policy.hooks.git != .none else { return ([], []) }
        let script = try renderer.render("git-pre-commit", [:])
        let trailerScript = try renderer.render("commit-msg", [
            "trailer": policy.provenance.trailer, "require": policy.provenance.require,
        ])
        var provenance = artifact(Self.commitMessageScript, .owned, nil, "provenance (commit-msg)", .owned(trailerScript))
        provenance.mode = 0o755
        let callTrailerScript = "\(Self.commitMessageScript) \"$1\" || exit $?\n"
        switch resolvedGitMode() {
        case .preCommit:
            return (try preCommitArtifacts() + [provenance], [])
        case .lefthook:
            return (try lefthookArtifacts() + [provenance], [])
        case .husky:
            return ([shellHook(".husky/pre-commit", script: script, manager: "husky"),
                     shellHook(".husky/commit-msg", script: callTrailerScript, manager: "husky"), provenance], [])
        default:
            var (hooks, config) = githooks(script: script, hook: "pre-commit")
            hooks += githooks(script: callTrailerScript, hook: "commit-msg").artifacts
            return (hooks + [provenance], config)
        }
    }

    // MARK: CI

    /// A job running `phiguard check` and a scan of each change, for the CI the policy names.
    private func continuousIntegration() throws -> [PlannedArtifact] {
        let context = ["version": generatorVersion]
        switch resolvedCI() {
        case .github:
            return [artifact(".github/workflows/phiguard.yml", .owned, nil, "CI (GitHub Actions)",
                             .owned(try renderer.render("github-workflow", context)))]
        case .gitlab:
            let job = try renderer.render("gitlab-ci-job", context)
            return [artifact(".gitlab-ci.yml", .yamlMerge, nil, "CI (GitLab)",
                             .block(syntax: .hash, placement: .yaml(path: ["phiguard"]), body: job))]
        case .auto, .none:
            return []
        }
    }

    /// `auto`: the CI the repository already uses — a `.gitlab-ci.yml`, GitHub Actions workflows —
    /// else the host of its remote (github.com, a gitlab host), else none. A bare `.github/` folder
    /// says nothing: phiguard writes Copilot's instructions there itself.
    private func resolvedCI() -> Policy.CIMode {
        guard policy.ci == .auto else { return policy.ci }
        if state.isFile(".gitlab-ci.yml") { return .gitlab }
        if state.isDirectory(".github/workflows") { return .github }
        let remotes = state.remoteURLs.map { $0.lowercased() }
        if remotes.contains(where: { $0.contains("github.com") }) { return .github }
        if remotes.contains(where: { $0.contains("gitlab") }) { return .gitlab }
        return .none
    }

    /// The provenance script every manager's commit-msg hook calls.
    static let commitMessageScript = ".phiguard/hooks/commit-msg"

    private func resolvedGitMode() -> Policy.Hooks.GitHookMode {
        guard policy.hooks.git == .auto else { return policy.hooks.git }
        if state.isFile(".pre-commit-config.yaml") { return .preCommit }
        if lefthookFile != nil { return .lefthook }
        if state.isDirectory(".husky") { return .husky }
        return .githooks
    }

    /// phiguard's hooks in the `repos:` list, and the install defaults that make both stages live.
    private func preCommitArtifacts() throws -> [PlannedArtifact] {
        let path = ".pre-commit-config.yaml"
        let item = try renderer.render("pre-commit-config", ["commitMessageScript": Self.commitMessageScript])
        var result = [artifact(path, .yamlMerge, nil, "git hooks (pre-commit)",
                               .block(syntax: .hash, placement: .yaml(path: ["repos"]), body: item))]
        for region in try PreCommitInstallDefaults(file: path).regions(in: try state.text(path) ?? "") {
            var defaults = artifact(path, .yamlMerge, nil, "git hooks (pre-commit)",
                                    .block(syntax: .hash, placement: .yaml(path: region.path), body: region.body))
            defaults.region = region.name
            result.append(defaults)
        }
        return result
    }

    private var lefthookFile: String? {
        ["lefthook.yml", ".lefthook.yml", "lefthook.yaml", ".lefthook.yaml"].first(where: state.isFile)
    }

    private func lefthookArtifacts() throws -> [PlannedArtifact] {
        let path = lefthookFile ?? "lefthook.yml"
        let text = try state.text(path) ?? ""
        func usesJobs(_ hook: String) -> Bool {
            (try? YAMLPlacement.locate(path: [hook, "jobs"], in: text, file: path))?.missingKeys.isEmpty == true
        }
        func entry(_ hook: String, name: String, run: String, region: String?) -> PlannedArtifact {
            let jobs = usesJobs(hook)
            let body = jobs ? "- name: \(name)\n  run: \(run)\n" : "\(name):\n  run: \(run)\n"
            var result = artifact(path, .yamlMerge, nil, "git hooks (lefthook)",
                                  .block(syntax: .hash, placement: .yaml(path: [hook, jobs ? "jobs" : "commands"]), body: body))
            result.region = region
            return result
        }
        return [entry("pre-commit", name: "phiguard-scan", run: "phiguard scan --staged", region: nil),
                entry("commit-msg", name: "phiguard-provenance", run: "\(Self.commitMessageScript) {1}", region: "commit-msg")]
    }

    /// A shell hook: phiguard's region in an existing script, or a new script phiguard owns.
    private func shellHook(_ path: String, script: String, manager: String) -> PlannedArtifact {
        let ownedBefore = lock?.entry(for: path)?.kind == .owned
        if state.isFile(path) && !ownedBefore {
            var hook = artifact(path, .block, nil, "git hook (\(manager))",
                                .block(syntax: .hash, placement: .afterShebang, body: script))
            hook.mode = 0o755
            return hook
        }
        let region = ManagedRegion(syntax: .hash, file: path).render(body: script)
        var hook = artifact(path, .owned, nil, "git hook (\(manager))", .owned("#!/bin/sh\n" + region))
        hook.mode = 0o755
        return hook
    }

    private func githooks(script: String, hook: String) -> (artifacts: [PlannedArtifact], config: [PlannedGitConfig]) {
        let ourHooksPath = lock?.gitConfig.first { $0.key == "core.hooksPath" }?.value
        if let active = state.activeHooksFolder, active != ourHooksPath ?? ".githooks" {
            // The repository already runs hooks from a folder (a custom hooksPath or plain .git/hooks
            // with hooks of its own): join it rather than redirect git away from the user's hooks.
            let hasOwnHooks = (try? FileManager.default.contentsOfDirectory(
                atPath: state.repository.url(active).path))?.contains { !$0.hasSuffix(".sample") } == true
            let custom = state.repository.git.config("core.hooksPath") != nil
            if custom || hasOwnHooks {
                return ([shellHook(active + "/" + hook, script: script, manager: "git hooks")], [])
            }
        }
        return ([shellHook(".githooks/" + hook, script: script, manager: "git hooks")],
                [PlannedGitConfig(key: "core.hooksPath", value: ".githooks")])
    }

    // MARK: Assembly

    private func artifact(
        _ path: String, _ kind: ArtifactKind, _ tool: AITool?, _ purpose: String, _ content: ArtifactContent
    ) -> PlannedArtifact {
        PlannedArtifact(path: path, kind: kind, tools: tool.map { [$0] } ?? [], purpose: purpose, mode: nil,
                        content: content)
    }

    /// One artifact per path: tools that share a file are listed together, JSON entries concatenated.
    private func merged(_ artifacts: [PlannedArtifact]) -> [PlannedArtifact] {
        var result: [PlannedArtifact] = []
        for artifact in artifacts {
            guard let index = result.firstIndex(where: { $0.path == artifact.path && $0.region == artifact.region }) else {
                result.append(artifact)
                continue
            }
            for tool in artifact.tools where !result[index].tools.contains(tool) { result[index].tools.append(tool) }
            if !result[index].purpose.contains(artifact.purpose) { result[index].purpose += ", " + artifact.purpose }
            if case let .json(entries, defaults) = result[index].content,
               case let .json(moreEntries, moreDefaults) = artifact.content
            {
                result[index].content = .json(entries: entries + moreEntries, defaults: defaults + moreDefaults)
            }
        }
        return result
    }
}

extension String {
    var trimmingLeadingSlash: String { hasPrefix("/") ? String(dropFirst()) : self }
}
