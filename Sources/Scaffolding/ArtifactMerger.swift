import JSONDocument
import RepoAccess

/// Computes each artifact's new file contents from its current contents and its lock entry:
/// the "merge" step, pure (no I/O), shared by apply, check, `--dry-run` and remove.
struct ArtifactMerger {
    /// Whether a user's text holds a detected value (then it is not copied into the lock).
    var holdsDetectedValue: @Sendable (String) -> Bool = { _ in false }

    /// The merge of one artifact: new contents, the lock entry to record, and whether a hand edit was found.
    struct Merged {
        var after: String
        var entry: LockFile.Entry
        var tampered: Bool
    }

    /// Merges `artifact` into the file's current text.
    /// `fileExisted` says whether the file was on disk before this run (another artifact of the
    /// same run may already have produced `current`).
    func merge(_ artifact: PlannedArtifact, current: String?, old: LockFile.Entry?, fileExisted: Bool) throws -> Merged {
        let created = old?.created ?? !fileExisted
        switch artifact.content {
        case let .owned(content):
            let tampered = current.map { $0 != content && Hashing.sha256Hex($0) != old?.sha256 } ?? false
            let entry = LockFile.Entry(path: artifact.path, kind: .owned, sha256: Hashing.sha256Hex(content),
                                       created: created)
            return Merged(after: content, entry: entry, tampered: tampered)
        case let .block(syntax, placement, body):
            return try mergeRegion(artifact, syntax: syntax, placement: placement, body: body,
                                   current: current ?? "", old: old, created: created)
        case let .json(entries, defaults):
            return try mergeJSON(artifact, entries: entries, defaults: defaults, current: current, old: old,
                                 created: created)
        }
    }

    /// The file's text without phiguard's part; nil when the file should be deleted.
    /// Returns a note when something is left in place.
    func unmerge(_ entry: LockFile.Entry, current: String?) throws -> (after: String?, note: String?) {
        guard let current else { return (nil, nil) }
        switch entry.kind {
        case .owned:
            guard Hashing.sha256Hex(current) == entry.sha256 else {
                return (current, "left in place: edited by hand since phiguard wrote it; delete it yourself if unwanted")
            }
            return (nil, nil)
        case .block, .yamlMerge:
            let region = ManagedRegion(syntax: entry.syntax ?? .markdown, file: entry.path, name: entry.region)
            guard let location = try region.find(in: current) else {
                return (current, "phiguard's region was already gone")
            }
            let edited = Hashing.sha256Hex(location.text) != entry.sha256
            let remaining = region.remove(location, from: current, joiner: entry.joiner)
            let note = edited ? "phiguard's region had been edited by hand; it was removed with those edits" : nil
            return (entry.created && remaining.isEmpty ? nil : remaining, note)
        case .jsonMerge:
            let document = try parseJSON(current, file: entry.path)
            let stripped = JSONMerge(file: entry.path).unmerge(document, recorded: entry)
            if entry.created, stripped == .object(JSONObject()) { return (nil, nil) }
            if let userText = entry.userText, (try? parseJSON(userText, file: entry.path)) == stripped { return (userText, nil) }
            return (Self.keepingByteOrderMark(of: current, JSONPrinter.pretty(stripped, style: .detect(in: current))), nil)
        }
    }

    private func mergeRegion(
        _ artifact: PlannedArtifact, syntax: MarkerSyntax, placement: BlockPlacement, body: String,
        current: String, old: LockFile.Entry?, created: Bool
    ) throws -> Merged {
        let region = ManagedRegion(syntax: syntax, file: artifact.path, name: artifact.region)
        let existing = try region.find(in: current)
        // Where the region belongs is computed on the text without it, so an update lands where an insert would.
        let base = existing.map { region.remove($0, from: current, joiner: nil) } ?? current
        var text: String
        var joiner = ""
        var regionText: String
        switch placement {
        case .end:
            regionText = region.render(body: body)
            (text, joiner) = region.append(regionText, to: base)
        case .afterShebang:
            regionText = region.render(body: body)
            (text, joiner) = region.insertAfterShebang(regionText, in: base)
        case let .yaml(path):
            let spot = try YAMLPlacement.locate(path: path, in: base, file: artifact.path)
            regionText = region.render(body: spot.wrap(body), indent: spot.indent)
            var bytes = Array(base.utf8)
            bytes.insert(contentsOf: Array((spot.joiner + regionText).utf8), at: spot.offset)
            text = String(decoding: bytes, as: UTF8.self)
            joiner = spot.joiner
        }
        if let existing {
            // Keep the region where it is (the user may have moved it) and keep the recorded separator.
            text = region.replace(existing, with: regionText, in: current)
            joiner = old?.joiner ?? ""
        }
        let tampered = existing.map { old != nil && Hashing.sha256Hex($0.text) != old?.sha256 } ?? false
        var entry = LockFile.Entry(path: artifact.path, kind: artifact.kind, sha256: Hashing.sha256Hex(regionText),
                                   created: created)
        entry.region = artifact.region
        entry.syntax = syntax
        entry.joiner = joiner
        return Merged(after: text, entry: entry, tampered: tampered)
    }

    private func mergeJSON(
        _ artifact: PlannedArtifact, entries: [JSONEntry], defaults: [JSONEntry], current: String?,
        old: LockFile.Entry?, created: Bool
    ) throws -> Merged {
        let hasContent = current.map { !$0.trimmingWhitespace.isEmpty && $0.contains { !$0.isWhitespace } } ?? false
        let document = hasContent ? try parseJSON(current ?? "", file: artifact.path) : .object(JSONObject())
        let merger = JSONMerge(file: artifact.path)
        let tampered = old.map { !merger.isIntact(document, recorded: $0) } ?? false
        let result = try merger.merge(document, removing: old, adding: entries, defaults: defaults)
        let style = hasContent ? JSONStyle.detect(in: current ?? "") : .standard
        var entry = LockFile.Entry(
            path: artifact.path, kind: .jsonMerge,
            sha256: Hashing.sha256Hex(JSONPrinter.compact(.array(entries.map(\.json)))), created: created)
        entry.entries = entries
        entry.defaults = result.appliedDefaults
        entry.createdContainers = result.createdContainers
        if let userText = old?.userText {
            entry.userText = userText
        } else if old == nil, hasContent, let current, JSONPrinter.pretty(document, style: style) != current,
                  !holdsDetectedValue(current) {
            entry.userText = current
        }
        let printed = JSONPrinter.pretty(result.document, style: style)
        return Merged(after: current.map { Self.keepingByteOrderMark(of: $0, printed) } ?? printed, entry: entry, tampered: tampered)
    }

    /// `text` with the byte-order mark `original` started with, if it had one.
    private static func keepingByteOrderMark(of original: String, _ text: String) -> String {
        original.hasPrefix("\u{FEFF}") && !text.hasPrefix("\u{FEFF}") ? "\u{FEFF}" + text : text
    }

    private func parseJSON(_ text: String, file: String) throws -> JSONValue {
        do {
            // A byte-order mark is not JSON; it is put back when the file is written.
            return try JSONParser.parse(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        } catch {
            throw ScaffoldError.malformedJSON(file: file, line: error.line, column: error.column, reason: error.reason)
        }
    }
}
