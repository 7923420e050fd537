import Foundation
import PolicyLoading
import PolicyModel
import RepoAccess
import Scaffolding
import Scanning

/// The scanner a scaffolder command may need, built on first use (most runs never need one) and
/// shared by the lock's secret check and the report's redaction.
final class CommandScanner: @unchecked Sendable {
    private let repository: Repository
    private let lock = NSLock()
    private var built: Scanning.Scanner??

    init(repository: Repository) { self.repository = repository }

    /// The scanner, or nil when it cannot be built.
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

extension Scaffolder {
    /// The scaffolder the commands use: it asks the scanner whether a user's text holds a detected
    /// value before copying that text into the lock (when the scanner cannot be built, it assumes so).
    static func forCommands(_ repository: Repository, scanner: CommandScanner) -> Scaffolder {
        var scaffolder = Scaffolder(repository: repository, generatorVersion: PhiguardVersion.current)
        scaffolder.holdsDetectedValue = { text in
            guard let scanner = scanner.value else { return true }
            return (try? scanner.findings(in: Array(text.utf8), path: "-").isEmpty == false) ?? true
        }
        return scaffolder
    }
}

/// Scaffolder reports with detected values masked: their diffs echo the user's own lines, which
/// may hold a token or an SSN, and phiguard never prints one.
enum RedactedReport {
    static func text(_ report: String, scanner: CommandScanner) -> String {
        // Only diffs carry the user's lines; a report of paths needs no scanner (and no start-up cost).
        guard report.contains("@@ -") else { return report }
        if let redacted = try? scanner.value?.redactingValues(in: report) { return redacted }
        // Without a scanner, hide every context and changed line rather than risk printing a value.
        return report.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix(" ") || (line.hasPrefix("+") && !line.hasPrefix("+++")) || (line.hasPrefix("-") && !line.hasPrefix("---"))
                ? "\(line.prefix(1))[line hidden: phiguard could not check it for detected values]" : String(line)
        }.joined(separator: "\n")
    }
}
