import Foundation

/// An exclusive advisory lock on one repository, so two phiguard processes never interleave writes.
public final class RepoLock {
    private let descriptor: Int32

    /// Takes the lock, waiting up to `timeout` seconds for another phiguard to finish.
    public init(repository: Repository, timeout: Int = 30) throws {
        // Inside the git directory, or (outside git) in the temporary folder, so the lock never
        // becomes a file in the user's tree.
        let path = repository.gitDirectory.map { $0.appendingPathComponent("phiguard.lock").path }
            ?? URL(fileURLWithPath: NSTemporaryDirectory())
                .appendingPathComponent("phiguard-\(Hashing.sha256Hex(repository.root.path).prefix(16)).lock").path
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw RepoError.notWritable(path: path, reason: String(cString: strerror(errno)))
        }
        let deadline = Date().addingTimeInterval(TimeInterval(timeout))
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard Date() < deadline else {
                close(descriptor)
                throw RepoError.locked(lockFile: path, seconds: timeout)
            }
            usleep(50_000)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
