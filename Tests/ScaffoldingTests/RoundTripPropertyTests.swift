import Foundation
import JSONDocument
import PropertyBased
@testable import Scaffolding
import TestSupport
import Testing

/// init → apply → remove gives back the user's bytes, whatever the user had written.
@Suite struct RoundTripPropertyTests {
    static let fragments = [
        "", "# Heading", "plain text", "  indented", "\ttabbed", "<!-- a comment -->", "- item", "éàü ✓ 漢字",
        "trailing spaces   ", "*.log", "!keep.log", "#!/bin/sh", "phiguard", "---", "key: value", "\r",
    ]

    static let lines = Gen.element(of: fragments).array(of: 0...8).map { $0.compactMap { $0 } }
    static let jsonKeys = Gen.element(of: ["model", "env", "statusLine", "zeta", "a b", "ünï", "x\"y"]).array(of: 0...5)
        .map { $0.compactMap { $0 } }
    static let flags = Gen.bool.array(of: 4)

    static func text(_ lines: [String], trailingNewline: Bool) -> String {
        let body = lines.joined(separator: "\n")
        return trailingNewline && !body.isEmpty ? body + "\n" : body
    }

    /// A settings file with user keys, printed in one of the layouts people use.
    static func settings(keys: [String], flags: [Bool]) -> String {
        var object = JSONObject()
        for (index, key) in keys.enumerated() {
            object[key] = index % 2 == 0 ? .string("v\(index)") : .array([.integer(index), .bool(flags[0])])
        }
        if flags[1] { object["permissions"] = ["deny": ["Read(./private/**)"], "allow": []] }
        let value = JSONValue.object(object)
        if flags[2] { return JSONPrinter.compact(value) }
        return JSONPrinter.pretty(value, style: JSONStyle(indent: flags[3] ? "\t" : "    ", trailingNewline: flags[0]))
    }

    @Test func removeAfterInitAndApplyRestoresEveryByte() async throws {
        await propertyCheck(count: 25, input: Self.lines, Self.lines, Self.jsonKeys, Self.flags) { claude, ignore, keys, flags in
            let files = [
                "CLAUDE.md": Self.text(claude, trailingNewline: flags[0]),
                ".gitignore": Self.text(ignore, trailingNewline: flags[1]),
                ".claude/settings.json": Self.settings(keys: keys, flags: flags),
                "AGENTS.md": Self.text(ignore + claude, trailingNewline: flags[2]),
                // Files of the tools added from the profile table: JSON settings phiguard merges into,
                // a Zed settings file that may carry comments (left alone), and rules phiguard appends to.
                "opencode.json": Self.settings(keys: keys.reversed(), flags: flags),
                ".qwen/settings.json": Self.settings(keys: keys, flags: flags.reversed()),
                ".zed/settings.json": (flags[0] ? "// Zed project settings\n" : "") + Self.settings(keys: keys, flags: flags),
                "WARP.md": Self.text(claude, trailingNewline: flags[3]),
                ".goosehints": Self.text(ignore, trailingNewline: flags[0]),
                // Hook files phiguard merges its registrations into, beside the user's own keys and hooks.
                ".crush.json": Self.settings(keys: keys, flags: flags),
                ".devin/hooks.v1.json": flags[1]
                    ? "{\"PreToolUse\": [{\"matcher\": \"exec\", \"hooks\": [{\"type\": \"command\", \"command\": \"./lint.sh\"}]}]}\n"
                    : Self.settings(keys: keys.reversed(), flags: flags),
                ".tabnine/agent/settings.json": Self.settings(keys: keys, flags: flags.reversed()),
                // The team's own Goose plugin beside the one phiguard writes in the same folder.
                ".agents/plugins/team/plugin.json": "{\"name\": \"team\", \"version\": \"0.1.0\"}\n",
                ".agents/plugins/team/hooks/hooks.json": Self.settings(keys: keys, flags: flags),
                // This session's hook files: settings phiguard merges into, and the team's own plugins and agents beside phiguard's.
                ".trae/hooks.json": Self.settings(keys: keys.reversed(), flags: flags.reversed()),
                ".firebender/hooks.json": flags[2]
                    ? "{\"version\": 1, \"hooks\": {\"afterFileEdit\": [{\"command\": \"./format.sh\"}]}}\n"
                    : Self.settings(keys: keys, flags: flags),
                ".augment/settings.json": Self.settings(keys: keys, flags: flags.reversed()),
                ".opencode/plugins/team.js": "export const Team = async () => ({})\n",
                ".amp/plugins/team.ts": "export default function (amp) {}\n",
                ".amazonq/cli-agents/team.json": Self.settings(keys: keys, flags: flags),
                ".pre-commit-config.yaml": flags[3]
                    ? "repos:\n- repo: https://example.com/hooks\n  rev: v1\n  hooks:\n  - id: x\n"
                    : "# hooks\nrepos:\n    -   repo: https://example.com/hooks\n        rev: v1\n",
            ]
            do {
                let repo = try ScratchRepo(files: files)
                let original = try repo.snapshot()
                let scaffolder = Scaffolder(repository: try repo.repository(), generatorVersion: "test")
                _ = try scaffolder.initialize(
                    policyText: "version: 1\nrestricted: {paths: [\"src/phi/**\"]}\n"
                        + "hooks: {agents: [claude, cursor, devin, crush, tabnine, qwen, goose, trae, firebender, augment, opencode, kilo, amp, amazonq]}\n",
                    dryRun: false, force: false)
                _ = try scaffolder.apply(dryRun: false, force: false)
                #expect(try scaffolder.check().isClean)
                _ = try scaffolder.remove(dryRun: false, purge: true)
                let restored = try repo.snapshot()
                for path in Set(original.keys).union(restored.keys).sorted() where original[path] != restored[path] {
                    Issue.record("\(path) differs after remove")
                }
            } catch {
                Issue.record("round trip failed: \(error)")
            }
        }
    }
}
