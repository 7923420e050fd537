import PolicyModel
import RepoAccess

/// The files of one run as they evolve: several artifacts (or removals) may edit the same file in
/// turn, each seeing the text the previous one produced; the result is one change per file.
struct PendingFiles {
    private let state: RepoState
    private var order: [String] = []
    private var changes: [String: PlannedChange] = [:]

    init(state: RepoState) {
        self.state = state
    }

    /// The text the next edit of `path` starts from, and whether the file exists on disk.
    mutating func current(_ path: String) throws -> (text: String?, existedOnDisk: Bool) {
        if let change = changes[path] { return (change.after, change.before != nil) }
        try PathSafety.checkWritable(path, in: state.repository.root)
        let text = try state.text(path)
        changes[path] = PlannedChange(path: path, kind: nil, tools: [], roles: [], before: text, after: text,
                                      tampered: false, mode: nil, note: nil)
        order.append(path)
        return (text, text != nil)
    }

    /// Records an edit of `path` made on top of `current(path)`.
    mutating func record(
        _ path: String, after: String?, kind: ArtifactKind?, tools: [AITool] = [], roles: [ArtifactRole] = [],
        tampered: Bool = false, mode: UInt32? = nil, note: String? = nil
    ) {
        guard var change = changes[path] else { return }
        change.after = after
        change.kind = change.kind ?? kind
        for tool in tools where !change.tools.contains(tool) { change.tools.append(tool) }
        change.roles.add(roles)
        change.tampered = change.tampered || tampered
        change.mode = change.mode ?? mode
        change.note = change.note ?? note
        changes[path] = change
    }

    /// One change per file, in the order the files were first touched.
    var result: [PlannedChange] { order.compactMap { changes[$0] } }
}
