import Foundation

/// A file sample lowercased byte by byte (ASCII only), for fast keyword checks before any regex runs.
struct ByteText {
    private let bytes: [UInt8]

    init(_ sample: [UInt8]) {
        bytes = sample.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    }

    /// Whether the lowercase ASCII `needle` occurs.
    func contains(_ needle: String) -> Bool {
        occurrences(of: needle, upTo: 1) > 0
    }

    /// How many times the lowercase ASCII `needle` occurs, counting at most `limit`.
    func occurrences(of needle: String, upTo limit: Int) -> Int {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, pattern.count <= bytes.count else { return 0 }
        return bytes.withUnsafeBufferPointer { haystack in
            guard let base = haystack.baseAddress else { return 0 }
            var found = 0
            var start = 0
            let lastStart = haystack.count - pattern.count
            while start <= lastStart, found < limit {
                // memchr finds each candidate first byte at C speed; then compare the rest.
                guard let hit = memchr(base + start, Int32(first), lastStart - start + 1) else { return found }
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + offset, pattern, pattern.count) == 0 {
                    found += 1
                    start = offset + pattern.count
                } else {
                    start = offset + 1
                }
            }
            return found
        }
    }

    /// Whether any of the lowercase ASCII `needles` occurs.
    func containsAny(_ needles: [String]) -> Bool {
        needles.contains(where: contains)
    }
}
