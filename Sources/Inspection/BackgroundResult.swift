import Foundation

/// A value computed on a background thread, collected once with `wait()`.
final class BackgroundResult<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker before `done` is signalled; read only after waiting on it.
    private var value: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async { [self] in
            value = work()
            done.signal()
        }
    }

    /// The value (nil only if the worker stored none); blocks until it is computed. Call once.
    func wait() -> Value? {
        done.wait()
        return value
    }
}
