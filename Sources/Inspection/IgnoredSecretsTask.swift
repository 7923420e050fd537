import Foundation
import RepoAccess

/// Runs `IgnoredSecretFinder` on a background thread while the main listing runs; both are
/// dominated by git walking the work tree, so on two cores they overlap almost fully.
final class IgnoredSecretsTask: @unchecked Sendable {
    private let repository: Repository
    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker before `done` is signalled, read only after waiting on it.
    private var result: [SensitiveFile] = []

    init(repository: Repository) {
        self.repository = repository
    }

    func start() {
        DispatchQueue.global().async { [self] in
            result = IgnoredSecretFinder.find(in: repository)
            done.signal()
        }
    }

    func wait() -> [SensitiveFile] {
        done.wait()
        return result
    }
}
