import Foundation

/// A value computed on another thread, started at once and collected with `value()`.
public final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker before `done` is signalled; read only after waiting on it.
    private var result: Result<Value, Error>?

    /// Starts `work` on a global queue.
    public init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global().async { [self] in
            result = Result { try work() }
            done.signal()
        }
    }

    /// Waits for the value and rethrows the work's error. Call once.
    public func value() throws -> Value {
        done.wait()
        guard let result else { throw CancellationError() }
        return try result.get()
    }
}
