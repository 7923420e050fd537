/// Unified diffs (`diff -u` style) between two texts, for `--dry-run`, `check` and refusals.
public enum UnifiedDiff {
    private enum Line: Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// The unified diff from `old` to `new`, labelled `a/<path>` and `b/<path>`; empty when equal.
    ///
    /// A missing file is passed as nil and labelled `/dev/null`.
    public static func diff(path: String, old: String?, new: String?, context: Int = 3) -> String {
        guard old != new else { return "" }
        let oldLines = lines(of: old ?? "")
        let newLines = lines(of: new ?? "")
        let script = editScript(from: oldLines, to: newLines)
        var output = "--- \(old == nil ? "/dev/null" : "a/" + path)\n+++ \(new == nil ? "/dev/null" : "b/" + path)\n"
        for hunk in hunks(script, context: context) { output += hunk }
        return output
    }

    private static func lines(of text: String) -> [String] {
        var result = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if result.last == "" { result.removeLast() } else if !result.isEmpty {
            result[result.count - 1] += "\n\\ No newline at end of file"
        }
        return result
    }

    private static func editScript(from old: [String], to new: [String]) -> [Line] {
        let difference = new.difference(from: old)
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in difference {
            switch change {
            case let .remove(offset, _, _): removed.insert(offset)
            case let .insert(offset, _, _): inserted.insert(offset)
            }
        }
        var script: [Line] = []
        var oldIndex = 0
        var newIndex = 0
        while oldIndex < old.count || newIndex < new.count {
            if oldIndex < old.count, removed.contains(oldIndex) {
                script.append(.removed(old[oldIndex]))
                oldIndex += 1
            } else if newIndex < new.count, inserted.contains(newIndex) {
                script.append(.added(new[newIndex]))
                newIndex += 1
            } else if oldIndex < old.count, newIndex < new.count {
                script.append(.same(old[oldIndex]))
                oldIndex += 1
                newIndex += 1
            } else {
                break
            }
        }
        return script
    }

    private static func hunks(_ script: [Line], context: Int) -> [String] {
        let changed = script.indices.filter { if case .same = script[$0] { false } else { true } }
        guard let first = changed.first else { return [] }
        var ranges: [ClosedRange<Int>] = []
        var start = max(0, first - context)
        var end = min(script.count - 1, first + context)
        for index in changed.dropFirst() {
            if index - context <= end + 1 {
                end = min(script.count - 1, index + context)
            } else {
                ranges.append(start...end)
                start = max(0, index - context)
                end = min(script.count - 1, index + context)
            }
        }
        ranges.append(start...end)
        return ranges.map { render(script, range: $0) }
    }

    private static func render(_ script: [Line], range: ClosedRange<Int>) -> String {
        var oldStart = 1
        var newStart = 1
        for line in script[..<range.lowerBound] {
            switch line {
            case .same: oldStart += 1; newStart += 1
            case .removed: oldStart += 1
            case .added: newStart += 1
            }
        }
        var body = ""
        var oldCount = 0
        var newCount = 0
        for line in script[range] {
            switch line {
            case let .same(text): body += " \(text)\n"; oldCount += 1; newCount += 1
            case let .removed(text): body += "-\(text)\n"; oldCount += 1
            case let .added(text): body += "+\(text)\n"; newCount += 1
            }
        }
        let oldLabel = oldCount == 0 ? "\(oldStart - 1),0" : "\(oldStart),\(oldCount)"
        let newLabel = newCount == 0 ? "\(newStart - 1),0" : "\(newStart),\(newCount)"
        return "@@ -\(oldLabel) +\(newLabel) @@\n" + body
    }
}
