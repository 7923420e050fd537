import Foundation

/// A value computed on another thread, started at once and awaited with `value()`.
final class Concurrent<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    private var result: Result<Value, Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        group.enter()
        DispatchQueue.global().async {
            let outcome = Result { try work() }
            self.result = outcome
            self.group.leave()
        }
    }

    /// Waits for the value; rethrows the work's error.
    func value() throws -> Value {
        group.wait()
        guard let result else { throw CancellationError() }
        return try result.get()
    }
}
