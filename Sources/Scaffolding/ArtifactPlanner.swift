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
        notes += artifacts.flatMap(overriddenDefaultNotes)
        return (merged(artifacts), git.config, notes)
    }

    /// Notes where the user's file already gives a key phiguard would default to another value
    /// (`hooksConfig.enabled: false` turns Tabnine's hooks off, an OpenCode path set to `"allow"`):
    /// phiguard keeps the user's value, so it says what does not take effect.
    private func overriddenDefaultNotes(_ artifact: PlannedArtifact) -> [String] {
        guard case let .json(_, defaults) = artifact.content, !defaults.isEmpty, let tool = artifact.tools.first,
              let text = try? state.text(artifact.path), let document = try? JSONParser.parse(text)
        else { return [] }
        return defaults.compactMap { entry -> String? in
            let found = entry.pointer.reduce(Optional(document)) { value, key in value?[key] }
            guard let found, found != entry.value else { return nil }
            return "\(tool.rawValue): \(artifact.path) sets \(JSONPointer.format(entry.pointer)) to \(JSONPrinter.compact(found)), "
                + "not \(JSONPrinter.compact(entry.value)); phiguard keeps your value, so its \(artifact.roles.map(\.description).joined(separator: " and ")) "
                + "there do not take effect until you change it."
        }
    }

    /// A note when a list phiguard adds to (Aider's `read:`) is a single value or a flow list:
    /// phiguard will not rewrite the user's line, so the user adds the item; the rest of the plan goes ahead.
    private func unsupportedNote(_ artifact: PlannedArtifact) -> String? {
        if let note = commentedJSONNote(artifact) { return note }
        // A file where the artifact needs a folder (a `.clinerules` file, so no `.clinerules/hooks/`).
        let components = artifact.path.split(separator: "/")
        if let tool = artifact.tools.first, components.count > 1,
           let blocking = (1..<components.count).map({ components[..<$0].joined(separator: "/") }).first(where: state.isFile) {
            return "\(tool.rawValue): \(blocking) is a file, so \(artifact.path) cannot be written; "
                + "make \(blocking) a folder (move its text into \(blocking)/rules.md) to get it."
        }
        guard case let .block(_, .yaml(path), _) = artifact.content, let tool = artifact.tools.first,
              let item = Self.yamlListItem(of: tool, in: artifact.path), let text = try? state.text(artifact.path)
        else { return nil }
        do {
            _ = try YAMLPlacement.locate(path: path, in: text, file: artifact.path)
            return nil
        } catch let error as ScaffoldError {
            guard case .unsupportedYAMLShape = error, !text.contains(item) else { return nil }
            let key = path.joined(separator: ".")
            return "\(tool.rawValue): \(artifact.path) lists '\(key)' on one line, which phiguard does not rewrite; "
                + "add \(item) to it yourself (for example \(key): [your-file, \(item)])."
        } catch {
            return nil
        }
    }

    /// A note when a tool's settings file that allows comments (Zed, OpenCode, Firebender) is not strict
    /// JSON: phiguard does not rewrite it, so the user adds the exclusions; the rest of the plan goes ahead.
    private func commentedJSONNote(_ artifact: PlannedArtifact) -> String? {
        guard case let .json(entries, defaults) = artifact.content, let tool = artifact.tools.first,
              tool.profile.settings.contains(where: { Self.allowsComments($0, file: artifact.path) }),
              let text = try? state.text(artifact.path), (try? JSONParser.parse(text)) == nil
        else { return nil }
        let places = Set((entries + defaults).map { JSONPointer.format($0.pointer) }).sorted()
        return "\(tool.rawValue): \(artifact.path) is not strict JSON (comments or trailing commas), which phiguard does not "
            + "rewrite; add the policy's exclusions to \(places.joined(separator: ", ")) yourself."
    }

    private static func allowsComments(_ setting: ExclusionSetting, file: String) -> Bool {
        switch setting {
        case let .globList(path, _), let .patternPermissions(path, _): path == file
        case .permissionDeny, .pasteIntoHostSettings: false
        }
    }

    /// The item `tool`'s profile adds to a YAML list in `file`, if any.
    private static func yamlListItem(of tool: AITool, in file: String) -> String? {
        for case let .yamlListItem(path, _, item) in tool.profile.rules where path == file { return item }
        return nil
    }

    // MARK: Rules

    private func rules(for tool: AITool, body: String) throws -> [PlannedArtifact] {
        try tool.profile.rules.flatMap { try rules($0, tool: tool, body: body) }
    }

    private func rules(_ file: RulesFile, tool: AITool, body: String) throws -> [PlannedArtifact] {
        switch file {
        case let .block(path):
            return [artifact(path, .block, tool, ArtifactRole(.rules), .block(syntax: .markdown, placement: .end, body: body))]
        case let .owned(path, template):
            return [artifact(path, .owned, tool, ArtifactRole(.rules), .owned(try renderer.render(template, ["body": body])))]
        case let .blockIfPresent(path):
            return state.isFile(path) ? try rules(.block(path), tool: tool, body: body) : []
        case let .preferExisting(path, otherwise):
            return try rules(state.isFile(path) ? .block(path) : otherwise, tool: tool, body: body)
        case let .restrictedPathInstructions(path, template):
            guard !policy.restricted.paths.isEmpty else { return [] }
            let applyTo = policy.restricted.paths.flatMap { PathPattern($0).plainGlobs }
            let text = try renderer.render(template, ["applyTo": applyTo.joined(separator: ",")])
            return [artifact(path, .owned, tool, ArtifactRole(.rules), .owned(text))]
        case let .yamlListItem(path, key, item):
            return [artifact(path, .yamlMerge, tool, ArtifactRole(.rules, detail: "\(key.joined(separator: ".")): \(item)"),
                             .block(syntax: .hash, placement: .yaml(path: key), body: "- \(item)\n"))]
        }
    }

    // MARK: Exclusions

    private func exclusions(for tool: AITool) throws -> [PlannedArtifact] {
        let profile = tool.profile
        let patterns = policy.excludedPatterns
        let list = try renderer.render("ignore-list", ["patterns": patterns])
        var result = profile.ignoreFiles.map {
            artifact($0, .block, tool, ArtifactRole(.exclusions), .block(syntax: .hash, placement: .end, body: list))
        }
        for setting in profile.settings {
            switch setting {
            case let .permissionDeny(file, tools):
                let deny = patterns.flatMap { PathPattern($0).permissionRules(tools: tools) }.map {
                    JSONEntry(pointer: ["permissions", "deny"], value: .string($0))
                }
                result.append(artifact(file, .jsonMerge, tool, ArtifactRole(.exclusions), .json(entries: deny, defaults: [])))
            case let .pasteIntoHostSettings(file, template):
                let text = try renderer.render(template, ["patterns": patterns.map { PathPattern($0).rootRelativeGlob }])
                result.append(artifact(file, .owned, tool, ArtifactRole(.exclusions, detail: "paste into GitHub settings"), .owned(text)))
            case let .globList(file, pointer):
                let globs = patterns.flatMap { PathPattern($0).plainGlobs }.map { JSONEntry(pointer: pointer, value: .string($0)) }
                result.append(artifact(file, .jsonMerge, tool, ArtifactRole(.exclusions), .json(entries: globs, defaults: [])))
            case let .patternPermissions(file, pointers):
                let rules = pointers.flatMap { pointer in
                    patterns.flatMap { PathPattern($0).wildcardPatterns }.map { JSONEntry(pointer: pointer + [$0], value: "deny") }
                }
                result.append(artifact(file, .jsonMerge, tool, ArtifactRole(.exclusions), .json(entries: [], defaults: rules)))
            }
        }
        return result
    }

    // MARK: Agent hooks

    private func agentHooks() throws -> [PlannedArtifact] {
        try policy.hooks.agents.filter { policy.tools.contains($0) }.flatMap { agent -> [PlannedArtifact] in
            guard let hooks = agent.profile.hooks else { return [] }
            // Goose loads hooks from a plugin: its manifest is phiguard's own file.
            let manifest = hooks.manifest.map { manifest in
                artifact(manifest.file, .owned, agent, ArtifactRole(.agentHooks), .owned(Self.jsonFile(manifest.document)))
            }
            // Augment runs a script's path, not a command line: the script is phiguard's own.
            let script = hooks.script.map { hookScript(hooks.command, agent, hook: "\(agent.rawValue) hooks", running: $0) }
            return try hookFiles(agent, hooks) + [manifest, script].compactMap { $0 }
        }
    }

    private static func jsonFile(_ document: JSONValue) -> String {
        let text = JSONPrinter.pretty(document)
        return text.hasSuffix("\n") ? text : text + "\n"
    }

    /// The files that register one agent's hooks.
    private func hookFiles(_ agent: AITool, _ hooks: AgentHookProtocol) throws -> [PlannedArtifact] {
        let pointer: [String]
        switch hooks.layout {
        case let .eventMap(at): pointer = at
        case .hookList:
            // Kiro's hook file is phiguard's own, listing its registrations by name.
            return [artifact(hooks.file, .owned, agent, ArtifactRole(.agentHooks), .owned(Self.jsonFile(hooks.hookListDocument)))]
        case let .plugin(template):
            return [artifact(hooks.file, .owned, agent, ArtifactRole(.agentHooks), .owned(try pluginModule(hooks, template: template)))]
        }
        var scripts: [PlannedArtifact] = []
        var entries: [JSONEntry] = []
        for event in hooks.events {
            guard case .executableScript = event.registration else {
                entries.append(JSONEntry(pointer: pointer + [event.name], value: hooks.registration(for: event)))
                continue
            }
            // Cline has no settings file: the hook is a script named after the event.
            scripts.append(hookScript(hooks.file + "/" + event.name, agent, hook: "\(agent.rawValue) \(event.name) hook",
                                      running: "exec \(hooks.command)"))
        }
        guard !entries.isEmpty else { return scripts }
        let defaults = hooks.defaults.map { JSONEntry(pointer: $0.pointer, value: $0.value) }
        return scripts + [artifact(hooks.file, .jsonMerge, agent, ArtifactRole(.agentHooks), .json(entries: entries, defaults: defaults))]
    }

    /// An executable shell script of phiguard's that runs `command` for an agent's hook.
    private func hookScript(_ path: String, _ agent: AITool, hook: String, running command: String) -> PlannedArtifact {
        var script = artifact(path, .owned, agent, ArtifactRole(.agentHooks), .owned(
            "#!/bin/sh\n# Written by phiguard (\(hook)); `phiguard apply` regenerates it.\n\(command)\n"))
        script.mode = 0o755
        return script
    }

    /// A plugin module that hands the protocol's events to its command: its hooks are the events' names.
    private func pluginModule(_ hooks: AgentHookProtocol, template: String) throws -> String {
        let words = hooks.command.split(separator: " ").map { JSONValue.string(String($0)) }
        var context: [String: Any] = ["command": hooks.command, "commandJSON": JSONPrinter.compact(.array(words))]
        for event in hooks.events {
            switch event.subject {
            case .prompt: context["promptEvent"] = event.name
            default: context["toolEvent"] = event.name
            }
        }
        return try renderer.render(template, context)
    }

    // MARK: Git

    private func gitignore() throws -> PlannedArtifact {
        let patterns = RulesContext.unique(policy.secrets + policy.data)
        let text = try renderer.render("gitignore", ["patterns": patterns])
        return artifact(".gitignore", .block, nil, ArtifactRole(.gitignore), .block(syntax: .hash, placement: .end, body: text))
    }

    private func gitHook() throws -> (artifacts: [PlannedArtifact], config: [PlannedGitConfig]) {
        guard state.repository.isGitRepository, policy.hooks.git != .none else { return ([], []) }
        let script = try renderer.render("git-pre-commit", [:])
        let trailerScript = try renderer.render("commit-msg", [
            "trailer": policy.provenance.trailer, "require": policy.provenance.require,
        ])
        var provenance = artifact(Self.commitMessageScript, .owned, nil, ArtifactRole(.provenance, detail: "commit-msg"), .owned(trailerScript))
        provenance.mode = 0o755
        let callTrailerScript = "\(Self.commitMessageScript) \"$1\" || exit $?\n"
        switch resolvedGitMode() {
        case .preCommit:
            return (try preCommitArtifacts() + [provenance], [])
        case .lefthook:
            return (try lefthookArtifacts() + [provenance], [])
        case .husky:
            return ([shellHook(".husky/pre-commit", script: script, manager: .husky),
                     shellHook(".husky/commit-msg", script: callTrailerScript, manager: .husky), provenance], [])
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
            return [artifact(".github/workflows/phiguard.yml", .owned, nil, ArtifactRole(.ci(.github)),
                             .owned(try renderer.render("github-workflow", context)))]
        case .gitlab:
            let job = try renderer.render("gitlab-ci-job", context)
            return [artifact(".gitlab-ci.yml", .yamlMerge, nil, ArtifactRole(.ci(.gitlab)),
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
        var result = [artifact(path, .yamlMerge, nil, ArtifactRole(.gitHook(.preCommit)),
                               .block(syntax: .hash, placement: .yaml(path: ["repos"]), body: item))]
        for region in try PreCommitInstallDefaults(file: path).regions(in: try state.text(path) ?? "") {
            var defaults = artifact(path, .yamlMerge, nil, ArtifactRole(.gitHook(.preCommit)),
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
            var result = artifact(path, .yamlMerge, nil, ArtifactRole(.gitHook(.lefthook)),
                                  .block(syntax: .hash, placement: .yaml(path: [hook, jobs ? "jobs" : "commands"]), body: body))
            result.region = region
            return result
        }
        return [entry("pre-commit", name: "phiguard-scan", run: "phiguard scan --staged", region: nil),
                entry("commit-msg", name: "phiguard-provenance", run: "\(Self.commitMessageScript) {1}", region: "commit-msg")]
    }

    /// A shell hook: phiguard's region in an existing script, or a new script phiguard owns.
    private func shellHook(_ path: String, script: String, manager: GitHookManager) -> PlannedArtifact {
        let ownedBefore = lock?.entry(for: path)?.kind == .owned
        if state.isFile(path) && !ownedBefore {
            var hook = artifact(path, .block, nil, ArtifactRole(.gitHook(manager)),
                                .block(syntax: .hash, placement: .afterShebang, body: script))
            hook.mode = 0o755
            return hook
        }
        let region = ManagedRegion(syntax: .hash, file: path).render(body: script)
        var hook = artifact(path, .owned, nil, ArtifactRole(.gitHook(manager)), .owned("#!/bin/sh\n" + region))
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
                return ([shellHook(active + "/" + hook, script: script, manager: .githooks)], [])
            }
        }
        return ([shellHook(".githooks/" + hook, script: script, manager: .githooks)],
                [PlannedGitConfig(key: "core.hooksPath", value: ".githooks")])
    }

    // MARK: Assembly

    private func artifact(
        _ path: String, _ kind: ArtifactKind, _ tool: AITool?, _ role: ArtifactRole, _ content: ArtifactContent
    ) -> PlannedArtifact {
        PlannedArtifact(path: path, kind: kind, tools: tool.map { [$0] } ?? [], roles: [role], mode: nil,
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
            result[index].roles.add(artifact.roles)
            if case let .json(entries, defaults) = result[index].content,
               case let .json(moreEntries, moreDefaults) = artifact.content
            {
                result[index].content = .json(entries: entries + moreEntries, defaults: defaults + moreDefaults)
            }
        }
        return result
    }
}
