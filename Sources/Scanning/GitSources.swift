import Foundation
import RepoAccess

/// The git-backed scan modes: the staged blobs, the lines added since a revision, and every blob
/// in reachable history. Content always comes from git's object store, never from the work tree.
struct GitSources {
    let repository: Repository

    /// A blob to scan, read later in chunks so memory stays bounded.
    struct BlobRef: Sendable {
        var path: String
        var id: String
        var commit: String?
        var lines: Set<Int>?
    }

    /// How many blobs one `git cat-file --batch` reads.
    static let chunkSize = 4096

    private var git: Git { repository.git }

    /// What the commit would add: each added or modified path's staged blob and its added lines.
    func staged() throws -> [BlobRef] {
        let diff = try git.data(["-c", "core.quotePath=false", "diff", "--cached", "-U0", "--no-color", "--no-ext-diff",
                                 "--diff-filter=ACMR", "--src-prefix=a/", "--dst-prefix=b/"])
        let added = Self.addedLines(inUnifiedDiff: diff)
        guard !added.isEmpty else { return [] }
        // Literal pathspecs: a path such as `a[1].txt` must not match `a1.txt` as a glob.
        var listing = try git.data(["--literal-pathspecs", "ls-files", "-s", "-z", "--"] + added.keys.sorted())
        listing.append(0)
        var blobs: [(path: String, id: String)] = []
        for entry in listing.split(separator: 0) {
            // `<mode> <object> <stage>\t<path>`
            guard let tab = entry.firstIndex(of: 9) else { continue }
            let fields = entry[entry.startIndex..<tab].split(separator: 32)
            guard fields.count == 3, fields[0] != Data("160000".utf8) else { continue }  // submodules have no blob
            let path = String(decoding: entry[(tab + 1)...], as: UTF8.self)
            guard added[path] != nil else { continue }
            blobs.append((path, String(decoding: fields[1], as: UTF8.self)))
        }
        return blobs.map { BlobRef(path: $0.path, id: $0.id, commit: nil, lines: added[$0.path]) }
    }

    /// The paths the staged diff (nil) or the diff since `revision` counts as binary: git prints
    /// no lines for them, so they are listed as skipped rather than silently passed over.
    func binaryPaths(since revision: String?) throws -> [String] {
        var arguments = ["-c", "core.quotePath=false", "diff", "--numstat", "-z", "--no-renames", "--diff-filter=ACM"]
        if let revision {
            let resolved = try git.output(["rev-parse", "--verify", "--quiet", revision + "^{commit}"]).trimmed
            arguments += [resolved, "HEAD"]
        } else {
            arguments.insert("--cached", at: 3)
        }
        let output = try git.data(arguments)
        // `<added>\t<deleted>\t<path>` records, NUL-terminated; binary files count `-` lines.
        return output.split(separator: 0).compactMap { record in
            let fields = record.split(separator: 9, maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, fields[0] == Data("-".utf8), fields[1] == Data("-".utf8) else { return nil }
            return String(decoding: fields[2], as: UTF8.self)
        }
    }

    /// The lines added between `revision` and HEAD, from HEAD's blobs.
    func since(_ revision: String) throws -> [BlobRef] {
        let resolved: String
        do {
            resolved = try git.output(["rev-parse", "--verify", "--quiet", revision + "^{commit}"]).trimmed
        } catch {
            throw ScanError.badRevision(revision, reason: "git rev-parse found no such commit")
        }
        let diff = try git.data(["-c", "core.quotePath=false", "diff", "-U0", "--no-color", "--no-ext-diff",
                                 "--diff-filter=ACMR", "--src-prefix=a/", "--dst-prefix=b/", resolved, "HEAD"])
        let added = Self.addedLines(inUnifiedDiff: diff)
        guard !added.isEmpty else { return [] }
        var listing = try git.data(["--literal-pathspecs", "ls-tree", "-r", "-z", "HEAD", "--"] + added.keys.sorted())
        listing.append(0)
        var blobs: [BlobRef] = []
        for entry in listing.split(separator: 0) {
            // `<mode> blob <object>\t<path>`
            guard let tab = entry.firstIndex(of: 9) else { continue }
            let fields = entry[entry.startIndex..<tab].split(separator: 32)
            guard fields.count == 3, fields[1] == Data("blob".utf8) else { continue }
            let path = String(decoding: entry[(tab + 1)...], as: UTF8.self)
            guard added[path] != nil else { continue }
            blobs.append(BlobRef(path: path, id: String(decoding: fields[2], as: UTF8.self), commit: nil, lines: added[path]))
        }
        return blobs
    }

    /// Every blob reachable from any ref, once, with the first commit (oldest first) that added it.
    func history() throws -> [BlobRef] {
        // `-m`: content first written in a merge commit (a conflict resolution) is history too.
        let log = try git.data(["-c", "core.quotePath=false", "log", "--all", "--reverse", "-m", "--no-renames", "--raw",
                                "--no-abbrev", "--format=commit %H", "--diff-filter=AM"])
        var seen = Set<String>()
        var blobs: [BlobRef] = []
        var commit = ""
        // Byte offsets of `--raw --no-abbrev` lines: `:100644 100644 <40 hex> <40 hex> M\t<path>`.
        let newMode = 8..<14, newObject = 56..<96
        log.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 10 { end += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                if line.count > 7, line[0] == UInt8(ascii: "c"), line.starts(with: "commit ".utf8) {
                    commit = String(decoding: line[7...], as: UTF8.self)
                    continue
                }
                guard line.count > 98, line[0] == UInt8(ascii: ":"), let tab = line.firstIndex(of: 9) else { continue }
                let mode = line[newMode]
                guard !mode.elementsEqual("160000".utf8), !mode.elementsEqual("120000".utf8) else { continue }
                let id = String(decoding: line[newObject], as: UTF8.self)
                guard seen.insert(id).inserted else { continue }
                blobs.append(BlobRef(path: String(decoding: line[(tab + 1)...], as: UTF8.self), id: id, commit: commit, lines: nil))
            }
        }
        return blobs
    }

    /// Reads a chunk of blobs through one `git cat-file --batch`.
    func load(_ chunk: ArraySlice<BlobRef>) throws -> [ScanItem] {
        var result: [ScanItem] = []
        do {
            let request = Data(chunk.map { $0.id + "\n" }.joined().utf8)
            let output = try git.data(["cat-file", "--batch"], input: request)
            var offset = output.startIndex
            for blob in chunk {
                // `<object> <type> <size>\n<contents>\n`, or `<object> missing\n`.
                guard let newline = output[offset...].firstIndex(of: 10) else { break }
                let header = output[offset..<newline].split(separator: 32)
                offset = newline + 1
                guard header.count == 3, let size = Int(String(decoding: header[2], as: UTF8.self)),
                      offset + size <= output.endIndex
                else { continue }
                let bytes = [UInt8](output[offset..<(offset + size)])
                offset += size + 1
                result.append(ScanItem(path: blob.path, content: .bytes(bytes), commit: blob.commit, addedLines: blob.lines))
            }
        }
        return result
    }

    /// Added line numbers per new path, from `git diff -U0` output.
    static func addedLines(inUnifiedDiff diff: Data) -> [String: Set<Int>] {
        var result: [String: Set<Int>] = [:]
        var path: String?
        var inHeader = false
        for rawLine in diff.split(separator: 10, omittingEmptySubsequences: false) {
            let line = String(decoding: rawLine, as: UTF8.self)
            if line.hasPrefix("diff --git ") {
                inHeader = true
                path = nil
            } else if inHeader, line.hasPrefix("+++ ") {
                // Only in a file's header: an added line reading `++ x` also starts with `+++ `.
                // Git ends a name holding a space with a tab.
                var name = String(line.dropFirst(4))
                if name.hasSuffix("\t") { name.removeLast() }
                path = name.hasPrefix("b/") ? String(name.dropFirst(2)) : (name.hasPrefix("\"b/") ? unquote(name) : nil)
                if let path { result[path, default: []] = result[path] ?? [] }
            } else if line.hasPrefix("@@ "), let path {
                inHeader = false
                // `@@ -a,b +c,d @@`: lines c … c+d-1 are new (d defaults to 1).
                guard let plus = line.split(separator: " ").first(where: { $0.hasPrefix("+") }) else { continue }
                let parts = plus.dropFirst().split(separator: ",")
                guard let start = parts.first.flatMap({ Int($0) }) else { continue }
                let count = parts.count > 1 ? Int(parts[1]) ?? 0 : 1
                if count > 0 { result[path, default: []].formUnion(start..<(start + count)) }
            }
        }
        return result.filter { !$0.value.isEmpty }
    }

    /// A C-quoted diff path (`"b/caf\303\251.txt"`) without its quotes, prefix and escapes.
    private static func unquote(_ quoted: String) -> String {
        var bytes: [UInt8] = []
        var input = Array(quoted.utf8.dropFirst(3).dropLast())
        var index = 0
        while index < input.count {
            if input[index] == 92, index + 1 < input.count {
                let next = input[index + 1]
                if index + 3 < input.count, (48...55).contains(next),
                   let value = UInt8(String(decoding: input[(index + 1)...(index + 3)], as: UTF8.self), radix: 8)
                {
                    bytes.append(value)
                    index += 4
                    continue
                }
                bytes.append(["n": 10, "t": 9, "\"": 34, "\\": 92][Character(UnicodeScalar(next))] ?? next)
                index += 2
            } else {
                bytes.append(input[index])
                index += 1
            }
        }
        input.removeAll()
        return String(decoding: bytes, as: UTF8.self)
    }
}
