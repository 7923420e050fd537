import Foundation

/// Runs a short git query with `posix_spawn` and `waitpid`.
///
/// `RepoAccess.ProcessRunner` waits through Foundation's `Process.waitUntilExit`, which polls a run
/// loop and adds up to ~50 ms per call on Linux; inspect's small queries do not need that machinery.
enum QuickGit {
    /// Git's trimmed stdout, or nil when git cannot start or exits non-zero.
    static func output(_ arguments: [String], in directory: String) -> String? {
        bytes(arguments, in: directory).map {
            String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// Serialises pipe creation and spawning: a child spawned by another thread in between would
    /// inherit this pipe's write end and hold it open, so the reader would wait for that child too.
    private static let spawnLock = NSLock()

    /// Git's stdout, or nil when git cannot start or exits non-zero.
    static func bytes(_ arguments: [String], in directory: String) -> [UInt8]? {
        spawnLock.lock()
        var pipe: [Int32] = [0, 0]
        guard Foundation.pipe(&pipe) == 0 else {
            spawnLock.unlock()
            return nil
        }
        defer { close(pipe[0]) }
        // Close-on-exec, so no other child (from Foundation's Process either) inherits the pipe;
        // dup2 onto the child's stdout clears the flag for that copy only.
        _ = fcntl(pipe[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(pipe[1], F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Read-only: never take git's optional index lock (another process may be writing).
        let environment = (ProcessInfo.processInfo.environment.merging(["GIT_OPTIONAL_LOCKS": "0"]) { $1 })
            .map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { environment.forEach { free($0) } }
        let argv = (["git", "-C", directory] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let started = posix_spawnp(&child, "git", &actions, nil, argv, environment)
        close(pipe[1])
        spawnLock.unlock()
        guard started == 0 else { return nil }
        let output = readAll(pipe[0])
        var status: Int32 = 0
        while waitpid(child, &status, 0) == -1, errno == EINTR {}
        // WIFEXITED && WEXITSTATUS == 0, spelled out: the C macros are not imported into Swift.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else { return nil }
        return output
    }

    private static func readAll(_ descriptor: Int32) -> [UInt8] {
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                output += buffer[0..<count]
            } else if count == 0 || errno != EINTR {
                return output
            }
        }
    }
}
