import Dispatch
import Foundation
import PolicyModel
import RepoAccess

/// What to scan and how.
public struct ScanOptions: Sendable {
    public enum Mode: Sendable, Equatable {
        case workingTree, staged, since(String), history, stdin
    }

    public var mode: Mode
    /// Repository-relative files or folders to limit a working-tree scan to (empty: everything).
    public var paths: [String]
    /// Files larger than this many bytes are skipped and listed.
    public var maxFileSize: Int
    /// The baseline file (absolute); nil for `.phiguard/baseline.json`.
    public var baseline: URL?
    /// Report every finding, accepted or not (for `--update-baseline`).
    public var ignoresBaseline = false

    public static let defaultMaxFileSize = 32 << 20

    public init(mode: Mode = .workingTree, paths: [String] = [], maxFileSize: Int = ScanOptions.defaultMaxFileSize, baseline: URL? = nil) {
        self.mode = mode
        self.paths = paths
        self.maxFileSize = maxFileSize
        self.baseline = baseline
    }
}

/// What a scan found and what it passed over.
public struct ScanResult: Sendable {
    /// Findings not accepted by the baseline, by path, line and column.
    public var findings: [Finding]
    /// Findings the baseline accepted.
    public var baselined: [Finding]
    public var skipped: [SkippedFile]
    /// Files recognised from a synthetic manifest and not scanned.
    public var syntheticFiles: Int
    public var files: Int
    public var bytes: Int
    public var seconds: Double

    /// Exit code per SPEC: 1 when a finding blocks, 0 otherwise.
    public var exitCode: Int32 { findings.contains(where: \.isBlocking) ? 1 : 0 }
}

/// Finds PHI, secrets and AI egress in a repository, its git history or standard input.
public struct Scanner: Sendable {
    public let repository: Repository
    public let rules: RuleSet

    public init(repository: Repository, policy: Policy) throws {
        self.repository = repository
        rules = try RuleSet(policy: policy)
    }

    /// Runs a scan; `input` is standard input's bytes for `.stdin`.
    public func scan(_ options: ScanOptions, input: [UInt8] = []) throws -> ScanResult {
        let started = Date()
        let git = GitSources(repository: repository)
        let baselineURL = options.baseline ?? repository.url(Baseline.defaultPath)
        let baseline = options.ignoresBaseline ? Baseline()
            : try Baseline.load(baselineURL, displayPath: repository.relativePath(of: baselineURL) ?? baselineURL.path)
        var outcome = ScanOutcome()
        switch options.mode {
        case .stdin:
            let manifests = SyntheticManifestIndex(root: repository.root, listing: [])
            outcome.add(try scanItems([ScanItem(path: "-", content: .bytes(input), role: .prompt)], options, manifests))
        case .workingTree:
            let listing = try FileListing.files(in: repository).map(\.path)
            let manifests = SyntheticManifestIndex(root: repository.root, listing: listing)
            let (items, unmatched) = workingTreeItems(listing, options.paths)
            outcome.add(try scanItems(items, options, manifests))
            outcome.skipped += unmatched.map { SkippedFile(path: $0, reason: .notListed) }
        case .staged, .since, .history:
            let manifests = SyntheticManifestIndex(root: repository.root)
            guard repository.isGitRepository else { throw ScanError.notAGitRepository(mode: "scan \(options.mode.flag)") }
            let refs: [GitSources.BlobRef] = switch options.mode {
            case .staged: try git.staged()
            case let .since(revision): try git.since(revision)
            default: try git.history()
            }
            switch options.mode {
            case .staged: outcome.skipped += try git.binaryPaths(since: nil).map { SkippedFile(path: $0, reason: .binary) }
            case let .since(revision): outcome.skipped += try git.binaryPaths(since: revision).map { SkippedFile(path: $0, reason: .binary) }
            default: break
            }
            // Reading chunk n + 1 from git overlaps scanning chunk n.
            let starts = Array(stride(from: 0, to: refs.count, by: GitSources.chunkSize))
            let chunk: @Sendable (Int) -> ArraySlice<GitSources.BlobRef> = { start in refs[start..<min(start + GitSources.chunkSize, refs.count)] }
            var pending = starts.first.map { start in BackgroundValue { try git.load(chunk(start)) } }
            for (position, _) in starts.enumerated() {
                guard let current = pending else { break }
                let items = try current.value()
                pending = position + 1 < starts.count ? BackgroundValue { [starts] in try git.load(chunk(starts[position + 1])) } : nil
                outcome.add(try scanItems(items, options, manifests))
            }
        }
        let sorted = outcome.findings.sorted { ($0.path, $0.line, $0.column, $0.commit ?? "") < ($1.path, $1.line, $1.column, $1.commit ?? "") }
        return ScanResult(
            findings: sorted.filter { !baseline.fingerprints.contains($0.fingerprint) },
            baselined: sorted.filter { baseline.fingerprints.contains($0.fingerprint) },
            skipped: outcome.skipped.sorted { $0.path < $1.path }, syntheticFiles: outcome.synthetic,
            files: outcome.files, bytes: outcome.bytes, seconds: Date().timeIntervalSince(started))
    }

    /// Every detected value in `bytes` (a prompt, a log, a snippet) with its byte range, kind and
    /// position, in text order, overlaps resolved: what `redact` replaces. Never leaves the process.
    /// `path` (a file's name) lets the scanner read the text as that kind of file (code, a table, HL7),
    /// which is also much faster than reading it as a prompt; `-` reads it as a prompt.
    ///
    /// `near` (byte ranges that changed since a scan of the whole text found nothing else to report)
    /// limits the engine to the lines around them: a value it matches lies within a few lines, so one
    /// formed by a change starts within `Self.changeReach` of it. Validators and the readers of tables
    /// and prose still read the whole text, as a whole scan does.
    public func detectedValues(in bytes: [UInt8], path: String = "-", near changes: [Range<Int>]? = nil) throws -> [DetectedValue] {
        let scratch = try makeScratch()
        let text = ScanText(bytes: bytes)
        let located = try ContentScanner(ruleSet: rules).scan(text, path: path, scratch: scratch, role: path == "-" ? .prompt : nil,
                                                              engineWindows: changes.map { Self.lines(around: $0, in: text) })
        var values: [DetectedValue] = []
        for found in located.sorted(by: { ($0.candidate.value.lowerBound, -$0.candidate.value.count) < ($1.candidate.value.lowerBound, -$1.candidate.value.count) }) {
            let rule = rules.rule(at: found.candidate.rule)
            let range = found.candidate.value
            // Overlapping matches keep the first (and, at the same start, the longest).
            if let last = values.last, range.lowerBound < last.range.upperBound { continue }
            values.append(DetectedValue(range: range, kind: rule.kind, rule: rule.id, severity: rule.severity,
                                        line: found.line, column: found.column))
        }
        return values
    }

    /// How far around a change the engine reads, in lines and at least in bytes, each side.
    static let changeReach = (lines: 2, bytes: 256)

    /// The whole lines within `changeReach` of each change, merged, in order.
    static func lines(around changes: [Range<Int>], in text: ScanText) -> [Range<Int>] {
        var windows: [Range<Int>] = []
        for change in changes.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            var start = max(0, change.lowerBound - changeReach.bytes)
            // Within the last window already: its start need not be found (thousands of changes lie close).
            if let last = windows.last, start <= last.upperBound {
                start = last.lowerBound
            } else {
                start = text.lineStart(start)
                for _ in 0..<changeReach.lines where start > 0 { start = text.lineStart(start - 1) }
            }
            var end = text.lineEnd(min(text.count, change.upperBound + changeReach.bytes))
            for _ in 0..<changeReach.lines where end < text.count { end = text.lineEnd(end + 1) }
            end = min(text.count, end + 1)
            if let last = windows.last, start <= last.upperBound {
                windows[windows.count - 1] = last.lowerBound..<max(last.upperBound, end)
            } else {
                windows.append(start..<end)
            }
        }
        return windows
    }

    /// Whether a file at `path` is read as source code (by its name, as a scan reads it).
    public static func isSourceCode(_ path: String) -> Bool {
        FileContext.role(of: path) == .code
    }

    /// `text` with each detected value replaced by its redacted form, for output that echoes a
    /// user's content (a diff's context lines) without printing a detected value.
    public func redactingValues(in text: String) throws -> String {
        let bytes = Array(text.utf8)
        var output = bytes
        // From the end, so earlier ranges stay valid (the values do not overlap).
        for value in try detectedValues(in: bytes).reversed() {
            output.replaceSubrange(value.range, with: Array(Redaction.redact(bytes[value.range], kind: value.kind).utf8))
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Findings in one buffer (a prompt, a file an agent is about to read or write), no baseline.
    public func findings(in bytes: [UInt8], path: String) throws -> [Finding] {
        let scratch = try makeScratch()
        return try findings(ScanItem(path: path, content: .bytes(bytes), role: path == "-" ? .prompt : nil), bytes, scratch)
    }

    /// The listed files under `paths` (all of them without paths), and the paths that matched none.
    private func workingTreeItems(_ listing: [String], _ paths: [String]) -> ([ScanItem], [String]) {
        let rootPath = repository.root.path.hasSuffix("/") ? repository.root.path : repository.root.path + "/"
        let prefixes = paths.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }.filter { !$0.isEmpty && $0 != "." }
        var matched = Set<String>()
        let items = listing
            .filter { path in
                guard !prefixes.isEmpty else { return true }
                guard let prefix = prefixes.first(where: { path == $0 || path.hasPrefix($0 + "/") }) else { return false }
                matched.insert(prefix)
                return true
            }
            .map { ScanItem(path: $0, content: .file(rootPath + $0)) }
        return (items, prefixes.filter { !matched.contains($0) })
    }

    private func makeScratch() throws(ScanError) -> PatternDatabase.Scratch {
        do { return try rules.makeScratch() } catch { throw .engine("\(error)") }
    }

    /// Scans items on every core, each worker with its own engine scratch.
    private func scanItems(_ items: [ScanItem], _ options: ScanOptions, _ manifests: SyntheticManifestIndex) throws -> ScanOutcome {
        guard !items.isEmpty else { return ScanOutcome() }
        let workers = min(items.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        let state = SharedState(count: items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var local = ScanOutcome()
            do {
                let scratch = try makeScratch()
                while let index = state.next() {
                    try process(items[index], options, manifests, scratch, into: &local)
                }
            } catch {
                state.fail(error)
            }
            state.merge(local)
        }
        if let error = state.error { throw error }
        return state.outcome
    }

    private func process(
        _ item: ScanItem, _ options: ScanOptions, _ manifests: SyntheticManifestIndex, _ scratch: PatternDatabase.Scratch,
        into outcome: inout ScanOutcome
    ) throws {
        let bytes: [UInt8]
        switch item.content {
        case let .bytes(value):
            if value.count > options.maxFileSize, item.path != "-" {
                outcome.skipped.append(SkippedFile(path: item.path, reason: .tooLarge(bytes: value.count, limit: options.maxFileSize)))
                return
            }
            bytes = value
        case let .file(path):
            switch FileReader.read(path, limit: options.maxFileSize) {
            case let .bytes(value): bytes = value
            case let .skipped(.unreadable(reason)) where reason.contains("No such file") || reason.contains("symbolic link")
                || reason.contains("Too many levels"):
                return  // a tracked file deleted from the work tree, or a symbolic link: nothing to read
            case let .skipped(reason):
                outcome.skipped.append(SkippedFile(path: item.path, reason: reason))
                return
            }
        }
        if item.path != "-", FileReader.isBinary(bytes) {
            outcome.skipped.append(SkippedFile(path: item.path, reason: .binary))
            return
        }
        if manifests.isGenerated(path: item.path, bytes: bytes) {
            outcome.synthetic += 1
            return
        }
        outcome.files += 1
        outcome.bytes += bytes.count
        outcome.findings += try findings(item, bytes, scratch)
    }

    private func findings(_ item: ScanItem, _ bytes: [UInt8], _ scratch: PatternDatabase.Scratch) throws -> [Finding] {
        let text = ScanText(bytes: bytes)
        let located = try ContentScanner(ruleSet: rules).scan(text, path: item.path, scratch: scratch, role: item.role)
        return located.compactMap { found in
            if let lines = item.addedLines, !lines.contains(found.line) { return nil }
            let rule = rules.rule(at: found.candidate.rule)
            let value = bytes[found.candidate.value]
            let lineStart = found.candidate.value.lowerBound - (found.column - 1)
            let utf16Column = String(decoding: bytes[lineStart..<found.candidate.value.lowerBound], as: UTF8.self).utf16.count + 1
            return Finding(
                path: item.path, line: found.line, column: found.column, kind: rule.kind, rule: rule.id,
                severity: rule.severity, fingerprint: Redaction.fingerprint(path: item.path, kind: rule.kind, value: value),
                redacted: Redaction.redact(value, kind: rule.kind), message: rule.message, commit: item.commit,
                utf16Column: utf16Column, valueKey: Redaction.valueKey(kind: rule.kind, value: value))
        }
    }
}

/// What one batch of scanned items produced.
struct ScanOutcome {
    var findings: [Finding] = []
    var skipped: [SkippedFile] = []
    var synthetic = 0, files = 0, bytes = 0

    mutating func add(_ other: ScanOutcome) {
        findings += other.findings
        skipped += other.skipped
        synthetic += other.synthetic
        files += other.files
        bytes += other.bytes
    }
}


/// The work counter and merged results shared by the scan's worker threads.
private final class SharedState: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private let count: Int
    private(set) var outcome = ScanOutcome()
    private(set) var error: Error?

    init(count: Int) {
        self.count = count
    }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard error == nil, nextIndex < count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    func merge(_ local: ScanOutcome) {
        lock.lock()
        outcome.add(local)
        lock.unlock()
    }

    func fail(_ error: Error) {
        lock.lock()
        if self.error == nil { self.error = error }
        lock.unlock()
    }
}

extension ScanOptions.Mode {
    /// The flag that selects the mode, for messages.
    var flag: String {
        switch self {
        case .workingTree: ""
        case .staged: "--staged"
        case .since: "--since"
        case .history: "--history"
        case .stdin: "--stdin"
        }
    }
}

/// One detected value's place in a buffer: what `redact` replaces and re-checks.
public struct DetectedValue: Sendable, Equatable {
    /// UTF-8 byte range of the value.
    public var range: Range<Int>
    public var kind: FindingKind
    public var rule: String
    public var severity: Severity
    /// 1-based line and UTF-8 column.
    public var line: Int
    public var column: Int

    /// Whether it fails a scan (everything but warn-only findings).
    public var isBlocking: Bool { severity != .low }
}
