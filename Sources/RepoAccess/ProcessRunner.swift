import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The outcome of a finished child process.
public struct ProcessResult: Sendable {
    public let status: Int32
    public let standardOutput: Data
    public let standardError: Data
}

/// Runs a program found on PATH and collects its output.
///
/// It uses posix_spawn, poll and waitpid directly: Foundation's `Process.waitUntilExit` on Linux
/// polls its run loop in 50 ms steps, which made every git call cost 50 ms.
public enum ProcessRunner {
    /// Runs `program` with `arguments` in `directory` (default: the current one), feeding `input` to its stdin.
    public static func run(_ program: String, arguments: [String], input: Data? = nil, in directory: String? = nil)
        throws -> ProcessResult
    {
        guard let executable = ExecutableLookup.shared.path(of: program) else {
            throw RepoError.unreadable(path: program, reason: "not found on PATH")
        }
        // Pipes are created close-on-exec and under a lock, so a child spawned at the same time by
        // another thread never inherits (and holds open) this child's pipe ends.
        spawnLock.lock()
        var spawnLocked = true
        defer { if spawnLocked { spawnLock.unlock() } }
        var pipes = [Int32](repeating: -1, count: 6)
        guard pipe(&pipes[0]) == 0, pipe(&pipes[2]) == 0, pipe(&pipes[4]) == 0 else {
            pipes.filter { $0 >= 0 }.forEach { close($0) }
            throw RepoError.unreadable(path: program, reason: "could not create pipes: \(errorText())")
        }
        for descriptor in pipes { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        let (stdinRead, stdinWrite, stdoutRead, stdoutWrite, stderrRead, stderrWrite) =
            (pipes[0], pipes[1], pipes[2], pipes[3], pipes[4], pipes[5])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinRead, 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutWrite, 1)
        posix_spawn_file_actions_adddup2(&actions, stderrWrite, 2)
        for descriptor in pipes { posix_spawn_file_actions_addclose(&actions, descriptor) }

        var environment = ProcessInfo.processInfo.environment
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        environment["LC_ALL"] = "C"
        // posix_spawn has no portable "change folder" action: a shell does the cd, then execs the program.
        let command = directory.map { ["/bin/sh", "-c", "cd -- \"$0\" && exec \"$@\"", $0, executable] + arguments }
            ?? [executable] + arguments
        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, directory == nil ? executable : "/bin/sh", &actions, nil, argv, envp)
        close(stdinRead)
        close(stdoutWrite)
        close(stderrWrite)
        spawnLock.unlock()
        spawnLocked = false
        guard spawned == 0 else {
            [stdinWrite, stdoutRead, stderrRead].forEach { close($0) }
            throw RepoError.unreadable(path: program, reason: "could not start: \(String(cString: strerror(spawned)))")
        }
        let (output, error) = exchange(input: input ?? Data(), stdin: stdinWrite, stdout: stdoutRead, stderr: stderrRead)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // Exited normally: the code is in bits 8-15; killed by a signal: report 128 + signal, as shells do.
        let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return ProcessResult(status: code, standardOutput: output, standardError: error)
    }

    /// Writes `input` to the child's stdin while reading its stdout and stderr, so no pipe fills up.
    private static func exchange(input: Data, stdin: Int32, stdout: Int32, stderr: Int32) -> (Data, Data) {
        var output = Data()
        var error = Data()
        var written = 0
        var stdinOpen = true
        if input.isEmpty {
            close(stdin)
            stdinOpen = false
        } else {
            _ = fcntl(stdin, F_SETFL, fcntl(stdin, F_GETFL) | O_NONBLOCK)
            signal(SIGPIPE, SIG_IGN)
        }
        var open: Set<Int32> = [stdout, stderr]
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !open.isEmpty || stdinOpen {
            var descriptors = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if stdinOpen { descriptors.append(pollfd(fd: stdin, events: Int16(POLLOUT), revents: 0)) }
            guard poll(&descriptors, nfds_t(descriptors.count), -1) >= 0 || errno == EINTR else { break }
            for descriptor in descriptors where descriptor.revents != 0 {
                if descriptor.fd == stdin && stdinOpen {
                    let count = input.withUnsafeBytes { bytes in
                        write(stdin, bytes.baseAddress! + written, bytes.count - written)
                    }
                    if count > 0 { written += count }
                    if count < 0 && errno != EAGAIN || written == input.count {
                        close(stdin)
                        stdinOpen = false
                    }
                    continue
                }
                let count = read(descriptor.fd, &buffer, buffer.count)
                if count > 0 {
                    if descriptor.fd == stdout { output.append(buffer, count: count) } else { error.append(buffer, count: count) }
                } else if count == 0 || errno != EINTR && errno != EAGAIN {
                    close(descriptor.fd)
                    open.remove(descriptor.fd)
                }
            }
        }
        return (output, error)
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }

    private static let spawnLock = NSLock()
}

/// Finds programs on PATH once per process.
final class ExecutableLookup: @unchecked Sendable {
    static let shared = ExecutableLookup()
    private let lock = NSLock()
    private var cache: [String: String] = [:]

    func path(of program: String) -> String? {
        if program.contains("/") { return program }
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[program] { return cached }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for folder in folders {
            let candidate = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) {
                cache[program] = candidate
                return candidate
            }
        }
        return nil
    }
}
