import JSONDocument

/// Renders scaffold outcomes for people (text) and machines (JSON).
public enum ScaffoldReport {
    /// What a command did, for the summary wording.
    public enum Verb: Sendable {
        case apply, remove
    }

    /// The text report of apply, init or remove: one line per file, diffs for dry runs and refusals.
    public static func text(_ outcome: ScaffoldOutcome, verb: Verb, dryRun: Bool) -> String {
        if outcome.refused { return refusal(outcome) }
        var output = ""
        for change in outcome.changes where change.action != .unchanged || change.note != nil {
            if dryRun {
                output += change.diff
            } else {
                output += line(change, verb: verb)
            }
        }
        for config in outcome.gitConfigChanges {
            let action = config.value.map { "git config \(config.key) \($0)" } ?? "git config --unset \(config.key)"
            output += dryRun ? "# would run: \(action)\n" : "ran       \(action)\n"
        }
        let effective = outcome.effectiveChanges
        let unchanged = outcome.changes.count - effective.count
        let written = dryRun ? "would change" : "changed"
        output += "phiguard: \(effective.count) file\(effective.count == 1 ? "" : "s") \(written), \(unchanged) unchanged"
        output += dryRun ? " (dry run: nothing written).\n" : ".\n"
        return output
    }

    /// The text report of `check`.
    public static func checkText(_ outcome: ScaffoldOutcome) -> String {
        var output = ""
        for change in outcome.changes where change.tampered || change.action != .unchanged {
            output += "\(status(of: change).padding(9)) \(change.path)\(describe(change))\n"
            output += change.diff
        }
        for config in outcome.gitConfigChanges {
            output += "stale     git config \(config.key) (expected \(config.value ?? "unset"))\n"
        }
        for note in outcome.enforcementNotes { output += "note      \(note)\n" }
        let problems = outcome.changes.filter { $0.tampered || $0.action != .unchanged }.count
            + outcome.gitConfigChanges.count
        output += problems == 0
            ? "phiguard check: every artifact matches the policy.\n"
            : "phiguard check: \(problems) artifact\(problems == 1 ? "" : "s") out of date. "
                + "Run `phiguard apply` (or `phiguard apply --force` to overwrite hand edits).\n"
        return output
    }

    /// The JSON report of `check`: `{"version":1,"clean":…,"artifacts":[…],"gitConfig":[…],"notes":[…]}`.
    public static func checkJSON(_ outcome: ScaffoldOutcome) -> String {
        let artifacts: [JSONValue] = outcome.changes.map { change in
            var object = JSONObject()
            object["path"] = .string(change.path)
            object["kind"] = change.kind.map { .string($0.rawValue) } ?? .null
            object["tools"] = .array(change.tools.map { .string($0.rawValue) })
            object["status"] = .string(status(of: change))
            if change.tampered || change.action != .unchanged { object["diff"] = .string(change.diff) }
            return .object(object)
        }
        let config: [JSONValue] = outcome.gitConfigChanges.map {
            ["key": .string($0.key), "expected": $0.value.map(JSONValue.string) ?? .null]
        }
        let report: JSONValue = [
            "version": 1, "clean": .bool(outcome.isClean), "artifacts": .array(artifacts),
            "gitConfig": .array(config), "notes": .array(outcome.enforcementNotes.map(JSONValue.string)),
        ]
        return JSONPrinter.pretty(report)
    }

    private static func refusal(_ outcome: ScaffoldOutcome) -> String {
        var output = ""
        for change in outcome.changes where change.tampered {
            output += "refused   \(change.path): phiguard's part was edited by hand since phiguard wrote it.\n"
            output += change.diff
        }
        output += "phiguard: nothing was written. Move your edits outside the phiguard markers (or into the "
            + "policy), or run again with --force to overwrite them.\n"
        return output
    }

    private static func line(_ change: PlannedChange, verb: Verb) -> String {
        let word: String
        switch change.action {
        case .create: word = "created"
        case .update: word = verb == .remove ? "restored" : "updated"
        case .delete: word = "deleted"
        case .unchanged: word = "kept"
        }
        var text = "\(word.padding(9)) \(change.path)\(describe(change))\n"
        if let note = change.note { text += "          \(note)\n" }
        return text
    }

    private static func describe(_ change: PlannedChange) -> String {
        var parts: [String] = []
        if !change.roles.isEmpty { parts.append(change.roles.described) }
        if !change.tools.isEmpty { parts.append(change.tools.map(\.rawValue).joined(separator: ", ")) }
        return parts.isEmpty ? "" : "  (\(parts.joined(separator: "; ")))"
    }

    private static func status(of change: PlannedChange) -> String {
        if change.tampered { return "tampered" }
        switch change.action {
        case .unchanged: return "ok"
        case .create: return "missing"
        case .update: return "stale"
        case .delete: return "extra"
        }
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
