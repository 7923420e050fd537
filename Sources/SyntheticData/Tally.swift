/// Named counters accumulated while generating: every answer and every aggregate column is computed
/// from them, and shards' tallies add up to the whole run's (the mergeable partials of `merge`).
struct Tally: Sendable, Equatable {
    private(set) var counts: [String: Int] = [:]

    mutating func add(_ key: String, _ amount: Int = 1) { counts[key, default: 0] += amount }

    subscript(_ key: String) -> Int { counts[key] ?? 0 }

    mutating func merge(_ other: Tally) {
        for (key, value) in other.counts { counts[key, default: 0] += value }
    }

    /// The keys under `prefix:` with their counts, suffix → count.
    func group(_ prefix: String) -> [(String, Int)] {
        counts.compactMap { key, value in key.hasPrefix(prefix + ":") ? (String(key.dropFirst(prefix.count + 1)), value) : nil }
    }

    init(counts: [String: Int] = [:]) { self.counts = counts }
}
