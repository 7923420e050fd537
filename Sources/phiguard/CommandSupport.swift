import ArgumentParser
import Foundation
import RepoAccess

/// The phiguard release version, recorded in lock files and manifests.
enum PhiguardVersion {
    /// The release: what lock files and manifests record.
    static let current = "0.1.0"
    /// What `--version` prints: the release and the commit it was built from.
    static let described = current + (buildCommit.map { " (commit \($0))" } ?? "")
}

/// `--repo`, shared by every command that acts on a repository.
struct RepoOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The repository to act on (default: the git top-level of the current folder, or the folder).",
        valueName: "path"))
    var repo: String?

    /// The repository the command acts on.
    func repository() throws -> Repository {
        try Repository.locate(repo)
    }
}

/// `--format text|json` for report commands.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Writes diagnostics to stderr.
enum Diagnostics {
    static func print(_ message: String) {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }

    /// Whether colour may be used on stdout: a terminal, and `NO_COLOR` unset.
    static var useColor: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}

/// Writes report text to stdout.
func writeOutput(_ text: String) throws {
    try writeOutput(utf8: Array(text.utf8))
}

/// Writes bytes to stdout, all of them: a full disk or a closed pipe is an error, never a silent cut.
func writeOutput(utf8 bytes: [UInt8]) throws {
    // Straight from the array: a `Data` copy of 10 MB cost 5 ms of fresh pages.
    try bytes.withUnsafeBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return }
        var written = 0
        while written < buffer.count {
            let count = write(STDOUT_FILENO, base + written, buffer.count - written)
            if count > 0 {
                written += count
            } else if count < 0, errno == EINTR {
                continue
            } else if count < 0, errno == EAGAIN || errno == EWOULDBLOCK {
                // A non-blocking stdout (a pipe the reader set so): wait until it takes more.
                var ready = pollfd(fd: STDOUT_FILENO, events: Int16(POLLOUT), revents: 0)
                _ = poll(&ready, 1, -1)
            } else {
                throw OutputError.cannotWrite(reason: count < 0 ? String(cString: strerror(errno)) : "nothing was written",
                                              written: written, of: buffer.count)
            }
        }
    }
}

/// Standard output refused what a command wrote.
enum OutputError: LocalizedError {
    case cannotWrite(reason: String, written: Int, of: Int)

    var errorDescription: String? {
        switch self {
        case let .cannotWrite(reason, written, total):
            "cannot write to standard output (\(reason.lowercased())) after \(written) of \(total) bytes; "
                + "the output is incomplete: run again with stdout going somewhere that takes it"
        }
    }
}

/// Runs a command body, turning phiguard's errors into a message on stderr and exit code 2
/// (bad input or environment), as SPEC requires; `ExitCode`s pass through.
func runCommand(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch let error as LocalizedError {
        Diagnostics.print("phiguard: " + (error.errorDescription ?? "\(error)"))
        throw ExitCode(2)
    } catch {
        Diagnostics.print("phiguard: \(error)")
        throw ExitCode(2)
    }
}
