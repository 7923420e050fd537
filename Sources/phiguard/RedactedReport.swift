import Foundation
import PolicyModel
import RepoAccess
import Scaffolding
import Scanning

extension Scaffolder {
    /// The scaffolder the commands use: it asks the scanner whether a user's text holds a detected
    /// value before copying that text into the lock (when the scanner cannot be built, it assumes so).
    static func forCommands(_ repository: Repository) -> Scaffolder {
        var scaffolder = Scaffolder(repository: repository, generatorVersion: PhiguardVersion.current)
        let scanner = LazyScanner(repository: repository)
        scaffolder.holdsDetectedValue = { text in
            guard let scanner = scanner.value else { return true }
            return (try? scanner.findings(in: Array(text.utf8), path: "-").isEmpty == false) ?? true
        }
        return scaffolder
    }
}

/// A scanner built on first use: most runs never need one.
private final class LazyScanner: @unchecked Sendable {
    private let repository: Repository
    private let lock = NSLock()
    private var built: Scanning.Scanner??

    init(repository: Repository) { self.repository = repository }

    var value: Scanning.Scanner? {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let policy = (try? PolicyLoader.load(repository: repository).policy) ?? Policy.builtInDefault
        let scanner = try? Scanning.Scanner(repository: repository, policy: policy)
        built = .some(scanner)
        return scanner
    }
}

/// Scaffolder reports with detected values masked: their diffs echo the user's own lines, which
/// may hold a token or an SSN, and phiguard never prints one.
enum RedactedReport {
    static func text(_ report: String, repository: Repository) -> String {
        guard !report.isEmpty else { return report }
        do {
            let policy = (try? PolicyLoader.load(repository: repository).policy) ?? Policy.builtInDefault
            return try Scanner(repository: repository, policy: policy).redactingValues(in: report)
        } catch {
            // Without a scanner, drop every context and changed line rather than risk printing a value.
            return report.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix(" ") || (line.hasPrefix("+") && !line.hasPrefix("+++")) || (line.hasPrefix("-") && !line.hasPrefix("---"))
                    ? "\(line.prefix(1))[line hidden: phiguard could not check it for detected values]" : String(line)
            }.joined(separator: "\n")
        }
    }
}
