import JSONDocument

/// Adds phiguard's entries to a user's JSON document and takes them out again, leaving every other
/// key, value and the key order as they were.
struct JSONMerge {
    /// The file name used in error messages.
    let file: String

    /// The result of merging: the document and what phiguard now owns in it.
    struct Result: Equatable {
        var document: JSONValue
        var createdContainers: [[String]]
        var appliedDefaults: [JSONEntry]
    }

    /// Whether every entry phiguard recorded is still present unchanged, and every default it set
    /// still holds its value (an OpenCode `"deny"` turned into `"allow"` is an edit of phiguard's part).
    func isIntact(_ document: JSONValue, recorded: LockFile.Entry) -> Bool {
        recorded.entries.allSatisfy { entry in
            (try? array(at: entry.pointer, in: document))??.contains(entry.value) == true
        } && recorded.defaults.allSatisfy { entry in
            guard let current = try? value(at: entry.pointer, in: document) else { return true }
            return current == nil || current == entry.value
        }
    }

    /// `document` with `old` entries replaced by `new` ones in place (new ones appended where there were none).
    func merge(
        _ document: JSONValue, removing old: LockFile.Entry?, adding entries: [JSONEntry], defaults: [JSONEntry]
    ) throws -> Result {
        var root = document
        var created = old?.createdContainers ?? []
        var anchors: [[String]: Int] = [:]
        // Defaults first, so a file phiguard creates starts with them (`"version": 1` on top).
        // A default the plan no longer has (a path dropped from the policy) goes, when still as phiguard set it.
        for entry in old?.defaults ?? [] where !defaults.contains(entry) {
            if try value(at: entry.pointer, in: root) == entry.value { try setValue(nil, at: entry.pointer, in: &root) }
        }
        var applied = (old?.defaults ?? []).filter { defaults.contains($0) }
        // A default phiguard set whose value was edited is phiguard's part: regenerated (after `--force`).
        for entry in defaults where old?.defaults.contains(entry) == true {
            if let current = try value(at: entry.pointer, in: root), current != entry.value {
                try setValue(entry.value, at: entry.pointer, in: &root)
            }
        }
        for entry in defaults where try value(at: entry.pointer, in: root) == nil {
            // Objects a default needs (`permission.read`) are phiguard's, taken out when they end up empty.
            for depth in 1..<max(1, entry.pointer.count) {
                let prefix = Array(entry.pointer[..<depth])
                if try value(at: prefix, in: root) == nil, !created.contains(prefix) { created.append(prefix) }
            }
            try setValue(entry.value, at: entry.pointer, in: &root)
            if !applied.contains(entry) { applied.append(entry) }
        }
        for entry in old?.entries ?? [] {
            if let index = try removeValue(entry.value, at: entry.pointer, in: &root), anchors[entry.pointer] == nil {
                anchors[entry.pointer] = index
            }
        }
        if let old, !isIntact(document, recorded: old) {
            for (pointer, index) in removeEditedGuardHooks(recorded: old, in: &root) where anchors[pointer] == nil {
                anchors[pointer] = index
            }
        }
        for entry in entries {
            created += try ensureArray(at: entry.pointer, in: &root, alreadyCreated: created)
            let index = anchors[entry.pointer]
            try mutateArray(at: entry.pointer, in: &root) { array in
                if let index, index <= array.count {
                    array.insert(entry.value, at: index)
                    anchors[entry.pointer] = index + 1
                } else {
                    array.append(entry.value)
                }
            }
        }
        pruneEmpty(created, in: &root)
        created = created.filter { (try? value(at: $0, in: root)) != nil }
        return Result(document: root, createdContainers: created, appliedDefaults: applied)
    }

    /// `document` without anything phiguard recorded: entries, defaults it set, containers it created.
    func unmerge(_ document: JSONValue, recorded: LockFile.Entry) -> JSONValue {
        var root = document
        let intact = isIntact(document, recorded: recorded)
        for entry in recorded.entries {
            _ = try? removeValue(entry.value, at: entry.pointer, in: &root)
        }
        if !intact { _ = removeEditedGuardHooks(recorded: recorded, in: &root) }
        for entry in recorded.defaults where (try? value(at: entry.pointer, in: root)) == entry.value {
            try? setValue(nil, at: entry.pointer, in: &root)
        }
        pruneEmpty(recorded.createdContainers, in: &root)
        return root
    }

    /// Takes out hand-edited copies of phiguard's hooks: in an array where phiguard recorded entries,
    /// an element that runs `phiguard guard` but matches none of them (`|| exit 2` edited to
    /// `|| true`, say). Only called when the recorded entries are no longer intact: left in place,
    /// an edited copy could keep a fail-open hook beside the restored one, or call a removed phiguard.
    /// Returns where each array's first removal was.
    private func removeEditedGuardHooks(recorded: LockFile.Entry, in root: inout JSONValue) -> [[String]: Int] {
        var removedAt: [[String]: Int] = [:]
        for pointer in Set(recorded.entries.map(\.pointer)) {
            let ours = recorded.entries.filter { $0.pointer == pointer }.map(\.value)
            try? mutateArray(at: pointer, in: &root) { array in
                for index in array.indices.reversed() where !ours.contains(array[index])
                    && JSONPrinter.compact(array[index]).contains("phiguard guard") {
                    array.remove(at: index)
                    removedAt[pointer] = index
                }
            }
        }
        return removedAt
    }

    // MARK: Pointer operations

    private func value(at pointer: [String], in root: JSONValue) throws -> JSONValue? {
        var current = root
        for (depth, key) in pointer.enumerated() {
            guard case let .object(object) = current else {
                throw shapeError(pointer[..<depth], expected: "an object", found: current)
            }
            guard let next = object[key] else { return nil }
            current = next
        }
        return current
    }

    private func array(at pointer: [String], in root: JSONValue) throws -> [JSONValue]? {
        guard let found = try value(at: pointer, in: root) else { return nil }
        guard case let .array(items) = found else { throw shapeError(pointer[...], expected: "an array", found: found) }
        return items
    }

    /// Creates the objects and the array along `pointer` that are missing; returns the pointers it created.
    private func ensureArray(at pointer: [String], in root: inout JSONValue, alreadyCreated: [[String]]) throws
        -> [[String]]
    {
        var created: [[String]] = []
        for depth in 1...pointer.count {
            let prefix = Array(pointer[..<depth])
            if try value(at: prefix, in: root) == nil {
                try setValue(depth == pointer.count ? .array([]) : .object(JSONObject()), at: prefix, in: &root)
                if !alreadyCreated.contains(prefix) { created.append(prefix) }
            }
        }
        _ = try array(at: pointer, in: root)
        return created
    }

    private func removeValue(_ target: JSONValue, at pointer: [String], in root: inout JSONValue) throws -> Int? {
        var removedAt: Int?
        guard try array(at: pointer, in: root) != nil else { return nil }
        try mutateArray(at: pointer, in: &root) { array in
            if let index = array.firstIndex(of: target) {
                array.remove(at: index)
                removedAt = index
            }
        }
        return removedAt
    }

    private func mutateArray(at pointer: [String], in root: inout JSONValue, _ body: (inout [JSONValue]) -> Void) throws {
        guard var items = try array(at: pointer, in: root) else { return }
        body(&items)
        try setValue(.array(items), at: pointer, in: &root)
    }

    /// Sets (or with nil removes) the member at `pointer`, keeping the position of an existing key.
    private func setValue(_ newValue: JSONValue?, at pointer: [String], in root: inout JSONValue) throws {
        guard let key = pointer.first else {
            if let newValue { root = newValue }
            return
        }
        guard case var .object(object) = root else {
            throw shapeError([], expected: "an object", found: root)
        }
        if pointer.count == 1 {
            object[key] = newValue
        } else {
            var child = object[key] ?? .object(JSONObject())
            try setValue(newValue, at: Array(pointer.dropFirst()), in: &child)
            object[key] = child
        }
        root = .object(object)
    }

    /// Removes the created containers that are empty, deepest first.
    private func pruneEmpty(_ containers: [[String]], in root: inout JSONValue) {
        for pointer in containers.sorted(by: { $0.count > $1.count }) {
            guard let found = try? value(at: pointer, in: root) else { continue }
            let isEmpty = found.arrayValue?.isEmpty == true || found.objectValue?.isEmpty == true
            if isEmpty { try? setValue(nil, at: pointer, in: &root) }
        }
    }

    private func shapeError(_ pointer: ArraySlice<String>, expected: String, found: JSONValue) -> ScaffoldError {
        let name = pointer.isEmpty ? "the top-level value" : JSONPointer.format(Array(pointer))
        return .unexpectedJSONShape(file: file, pointer: name, expected: expected, found: "a \(found.typeName)")
    }
}
