import Foundation

/// Runs independent jobs on every core; file reads and parsing dominate inspect, and they share nothing.
enum ParallelWork {
    /// How many workers run at once: one per core, at most 8.
    static var workerCount: Int { max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8)) }

    /// `transform` of every item, in input order; fewer than `minimumCount` items run inline.
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], minimumCount: Int = 32, _ transform: @escaping @Sendable (Item) -> Result
    ) -> [Result] {
        let workers = workerCount
        guard workers > 1, items.count >= minimumCount else { return items.map(transform) }
        let results = ResultSlots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            // Striding spreads the expensive files (often clustered in one folder) over all workers.
            var local: [(Int, Result)] = []
            var index = worker
            while index < items.count {
                local.append((index, transform(items[index])))
                index += workers
            }
            results.store(local)
        }
        return results.collected()
    }
}

/// Results written by several workers, each slot exactly once.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    // Guarded by `lock`; workers hand over their batch once, so contention is negligible.
    private let lock = NSLock()
    private var slots: [Result?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ batch: [(Int, Result)]) {
        lock.withLock {
            for (index, result) in batch { slots[index] = result }
        }
    }

    func collected() -> [Result] {
        lock.withLock { slots.compactMap { $0 } }
    }
}
