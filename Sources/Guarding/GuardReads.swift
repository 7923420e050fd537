import Foundation
import JSONDocument
import Scanning
import RepoAccess

/// Reads that reach past one named file: a search over a folder, a shell command that prints files.
/// Each is judged by the files it would open, within `ReadFootprint`'s budget, failing closed past it.
extension GuardContext {
    /// Search tools whose `pattern` is a regular expression run over files: Claude's and Amp's Grep, Gemini's
    /// `search_file_content`. (Other agents' `grep` tools, whose options phiguard does not read, are judged by
    /// every file they could open.)
    static let searchTools: Set<String> = ["Grep", "search_file_content"]

    /// The reason to refuse a search, or nil. Only lines the search would return are judged: Grep's
    /// default `files_with_matches` and `count` modes return names and numbers, not content.
    func searchProblem(tool: String, pattern: String, input: JSONValue) throws -> String? {
        // Claude's Grep lists file names unless asked for content; Amp's shows the matching lines.
        let mode = input["output_mode"]?.stringValue ?? (tool == "Grep" && agent.tool != .amp ? "files_with_matches" : "content")
        guard mode == "content" else { return nil }
        let context = ["-C", "-A", "-B", "context"].compactMap { input[$0]?.intValue }.max() ?? 0
        let lines = SearchLines(pattern: pattern, caseInsensitive: input["-i"]?.boolValue == true,
                                multiline: input["multiline"]?.boolValue == true, context: context)
        let root = (input["path"]?.stringValue).map(resolve) ?? workingFolder
        let filter = (input["glob"]?.stringValue ?? input["include"]?.stringValue).map(PathPattern.init)
        return try judgeReads(description: "search") { footprint in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder) else { return [] }
            return isFolder.boolValue ? try footprint.files(under: root, filter: filter) : [root]
        } exposed: { text in
            lines.exposedLines(in: text)
        }
    }

    /// The reason to refuse a listing (a folder's or the repository's file names): a name that carries PHI
    /// (`scans/jane_doe_219-45-6788.pdf`); protected paths were refused before.
    func listingProblem(_ paths: [String]) throws -> String? {
        let footprint = ReadFootprint(repository: repository)
        var names: [String] = []
        do {
            for folder in (paths.isEmpty ? [workingFolder.path] : paths).map(resolve) {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else { continue }
                names += try footprint.files(under: folder).map { relative($0.path) ?? $0.lastPathComponent }
            }
        } catch is ReadFootprint.OverBudget {
            return "phiguard blocked this listing: it lists more than phiguard can check in \(Int(ReadFootprint.timeBudget)) s. "
                + "Narrow it to the folder you need."
        }
        let findings = try scanner.findings(in: Array(names.joined(separator: "\n").utf8), path: "-").filter(\.isBlocking)
        guard !findings.isEmpty else { return nil }
        return "phiguard blocked this listing: a file name in it contains \(Self.describe(findings)). Rename the file or list another folder."
    }

    /// The reason to refuse a command because of what it would read, or nil.
    func commandReadsProblem(_ command: String) throws -> String? {
        try judgeReads(description: "command") { footprint in
            var files: [URL] = []
            for segment in ShellWords.segments(command) {
                let recursive = Self.searchesRecursively(segment)
                var namedFolder = false
                for word in segment.dropFirst() where !word.hasPrefix("-") {
                    if word.contains(where: { "*?[".contains($0) }) {
                        files += try expand(word, footprint: footprint)
                        continue
                    }
                    let url = resolve(word)
                    var isFolder: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
                    if !isFolder.boolValue {
                        files.append(url)
                    } else if recursive {
                        namedFolder = true
                        files += try footprint.files(under: url)
                    }
                }
                if recursive, !namedFolder { files += try footprint.files(under: workingFolder) }
            }
            return files
        } exposed: { _ in nil }
    }

    /// The reason to refuse a read of folders or globs (Gemini's `read_many_files`), or nil.
    func manyReadsProblem(_ paths: [String]) throws -> String? {
        let wide = paths.filter { path in
            var isFolder: ObjCBool = false
            return path.contains(where: { "*?[".contains($0) })
                || (FileManager.default.fileExists(atPath: resolve(path).path, isDirectory: &isFolder) && isFolder.boolValue)
        }
        guard !wide.isEmpty else { return nil }
        return try judgeReads(description: "read") { footprint in
            try wide.flatMap { path in
                path.contains(where: { "*?[".contains($0) }) ? try expand(path, footprint: footprint)
                    : try footprint.files(under: resolve(path))
            }
        } exposed: { _ in nil }
    }

    /// Whether one simple command reads every file under the folders it names (or the current one).
    private static func searchesRecursively(_ words: [String]) -> Bool {
        guard let program = words.first.map({ ($0 as NSString).lastPathComponent }) else { return false }
        let shortFlags = words.dropFirst().filter { $0.hasPrefix("-") && !$0.hasPrefix("--") }.joined()
        switch program {
        case "rg", "ag", "ack", "find", "tar", "zip", "rsync", "du": return program != "du"
        case "grep", "egrep", "fgrep", "zgrep": return shortFlags.contains("r") || shortFlags.contains("R") || words.contains("--recursive")
        case "git": return words.dropFirst().first == "grep"
        case "cp", "scp": return shortFlags.contains("r") || shortFlags.contains("R") || shortFlags.contains("a")
        default: return false
        }
    }

    /// Files a shell glob (`notes/*.txt`) matches, relative to the agent's folder.
    private func expand(_ word: String, footprint: ReadFootprint) throws -> [URL] {
        let absolute = resolve(word).standardizedFileURL.path
        let root = repository.root.standardizedFileURL.path
        guard absolute.hasPrefix(root + "/") else { return [] }
        let pattern = PathPattern("/" + absolute.dropFirst(root.count + 1))
        return try footprint.repositoryFiles().filter(pattern.matches).map { repository.root.appendingPathComponent($0) }
    }

    /// Judges every file `collect` lists: a protected one is refused by its pattern, one whose content
    /// has findings on a line `exposed` returns (all lines when it returns nil) by its kinds.
    private func judgeReads(
        description: String, collect: (ReadFootprint) throws -> [URL], exposed: (String) -> Set<Int>?
    ) throws -> String? {
        let footprint = ReadFootprint(repository: repository)
        do {
            for url in try collect(footprint) {
                let shown = relative(url.path) ?? url.path
                let text = try readText(url, footprint: footprint)
                if isProtected(url) {
                    // A search that returns no line of a protected file has not shown it.
                    if text.map({ exposed($0).map { !$0.isEmpty } ?? true }) ?? true { return pathReason(url.path, action: "read") }
                    continue
                }
                guard let text else {
                    return "phiguard blocked this \(description): \(shown) is over the 32 MiB phiguard checks or could not be read."
                }
                let findings = try scanner.findings(in: Array(text.utf8), path: shown).filter(\.isBlocking)
                guard !findings.isEmpty else { continue }
                let visible = exposed(text).map { lines in findings.filter { lines.contains($0.line) } } ?? findings
                guard !visible.isEmpty else { continue }
                return "phiguard blocked this \(description): it would read \(shown), which contains \(Self.describe(visible)). "
                    + "Work with synthetic data (`phiguard synth generate`) or a redacted copy (`phiguard redact`) instead."
            }
        } catch is ReadFootprint.OverBudget {
            return "phiguard blocked this \(description): it reads more than phiguard can check in "
                + "\(Int(ReadFootprint.timeBudget)) s (\(ReadFootprint.byteBudget >> 20) MiB). Narrow it to the files you need."
        }
        return nil
    }

    private func isProtected(_ url: URL) -> Bool {
        protectedPattern(for: url.path) != nil
    }

    /// The file's text, charged to the budget; nil when it is over the read cap or unreadable.
    private func readText(_ url: URL, footprint: ReadFootprint) throws -> String? {
        let size = (try? url.resourceValues(forKeys: [.fileSizeKey]))?.fileSize ?? 0
        guard size <= Self.readCap, let data = try? Data(contentsOf: url) else { return nil }
        try footprint.charge(data.count)
        return String(decoding: data, as: UTF8.self)
    }
}

/// The lines a regular-expression search returns from a text, with its context lines.
struct SearchLines {
    let expression: NSRegularExpression?
    let context: Int

    init(pattern: String, caseInsensitive: Bool, multiline: Bool, context: Int) {
        // Search tools read line by line: `^` and `$` match at every line.
        var options: NSRegularExpression.Options = [.anchorsMatchLines]
        if caseInsensitive { options.insert(.caseInsensitive) }
        if multiline { options.insert(.dotMatchesLineSeparators) }
        expression = try? NSRegularExpression(pattern: pattern, options: options)
        self.context = max(0, context)
    }

    /// 1-based numbers of the lines shown; nil when the pattern is not one phiguard can run (then
    /// every line counts as shown: fail closed).
    func exposedLines(in text: String) -> Set<Int>? {
        guard let expression else { return nil }
        let nsText = text as NSString
        var lineStarts = [0]
        for (offset, unit) in text.utf16.enumerated() where unit == 0x0A { lineStarts.append(offset + 1) }
        func line(at offset: Int) -> Int {
            var low = 0, high = lineStarts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
            }
            return low + 1
        }
        var shown = Set<Int>()
        for match in expression.matches(in: text, range: NSRange(location: 0, length: nsText.length)) {
            let first = line(at: match.range.location)
            let last = line(at: max(match.range.location, match.range.location + match.range.length - 1))
            for number in max(1, first - context)...(last + context) { shown.insert(number) }
        }
        return shown
    }
}

/// A shell command split into simple commands (at `|`, `;`, `&&`, `||`, `&`, newlines) of words with
/// quotes removed; leading `sudo`, `env`, `xargs`, `time` and variable assignments are dropped. Enough to
/// see which files a command names, not a full shell parser.
enum ShellWords {
    static func segments(_ command: String) -> [[String]] {
        var segments: [[String]] = [[]]
        var word = ""
        var quote: Character?
        var hasWord = false
        func endWord() {
            if hasWord { segments[segments.count - 1].append(word) }
            word = ""
            hasWord = false
        }
        for character in command {
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
                continue
            }
            switch character {
            case "'", "\"":
                quote = character
                hasWord = true
            case " ", "\t":
                endWord()
            case "|", ";", "&", "\n", "(", ")":
                endWord()
                if !(segments.last?.isEmpty ?? true) { segments.append([]) }
            case "<", ">":
                endWord()
            default:
                word.append(character)
                hasWord = true
            }
        }
        endWord()
        return segments.map(dropPrefixes).filter { !$0.isEmpty }
    }

    private static func dropPrefixes(_ words: [String]) -> [String] {
        var rest = words[...]
        while let first = rest.first,
              ["sudo", "env", "xargs", "time", "nice", "nohup", "command", "exec"].contains(first) || isAssignment(first) {
            rest = rest.dropFirst()
            // `xargs -0 cat`, `env -i cat`: the wrapper's own flags go with it.
            while let flag = rest.first, flag.hasPrefix("-") { rest = rest.dropFirst() }
        }
        return Array(rest)
    }

    private static func isAssignment(_ word: String) -> Bool {
        guard let equals = word.firstIndex(of: "="), equals != word.startIndex else { return false }
        return word[..<equals].allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }
}
