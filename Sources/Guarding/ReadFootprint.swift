import Foundation
import RepoAccess
import Scanning

/// The files a search or a shell command would open, found and judged within a time budget:
/// what is not judged in time is refused (fail closed), never let through.
final class ReadFootprint {
    /// How long one guard decision may spend listing and reading files.
    static let timeBudget: TimeInterval = 2
    /// How many bytes one decision may read in all.
    static let byteBudget = 256 << 20

    private let repository: Repository
    private let deadline: Date
    private var bytesRead = 0
    private var listing: [String]?

    /// `PHIGUARD_GUARD_READ_BUDGET` (seconds) lowers or raises the time budget, e.g. for a large monorepo.
    init(repository: Repository) {
        self.repository = repository
        let override = ProcessInfo.processInfo.environment["PHIGUARD_GUARD_READ_BUDGET"].flatMap(TimeInterval.init)
        deadline = Date().addingTimeInterval(max(0, override ?? Self.timeBudget))
    }

    /// Raised when the files cannot all be judged within the budget.
    struct OverBudget: Error {}

    /// Whether the budget is spent.
    var isSpent: Bool { Date() >= deadline || bytesRead >= Self.byteBudget }

    /// Charges `count` bytes read; throws once the budget is spent.
    func charge(_ count: Int) throws {
        bytesRead += count
        if isSpent { throw OverBudget() }
    }

    /// The regular files a recursive search of `folder` opens: inside the repository, its tracked
    /// and untracked-not-ignored files there (what ripgrep and `git grep` search); outside, a walk.
    /// `filter`, when given, keeps the files whose repository-relative path or name it matches.
    func files(under folder: URL, filter: PathPattern? = nil) throws -> [URL] {
        let root = repository.root.standardizedFileURL.path
        let base = folder.standardizedFileURL.path
        if base == root || base.hasPrefix(root + "/") {
            let prefix = base == root ? "" : String(base.dropFirst(root.count + 1)) + "/"
            return try repositoryFiles().filter { path in
                path.hasPrefix(prefix) && (filter.map { $0.matches(path) || $0.matches(String(path.dropFirst(prefix.count))) } ?? true)
            }.map { repository.root.appendingPathComponent($0) }
        }
        return try walk(folder, filter: filter)
    }

    /// Repository-relative paths of every listed file (listed once per decision).
    func repositoryFiles() throws -> [String] {
        if let listing { return listing }
        let paths = try FileListing.files(in: repository).map(\.path)
        if isSpent { throw OverBudget() }
        listing = paths
        return paths
    }

    private func walk(_ folder: URL, filter: PathPattern?) throws -> [URL] {
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsPackageDescendants])
        else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator {
            if isSpent { throw OverBudget() }
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            if let filter, !filter.matches(url.lastPathComponent) { continue }
            files.append(url)
        }
        return files
    }
}
