/// A deterministic random source: SplitMix64, seeded from (seed, stream, index), so patient `k`'s
/// data depend only on the run's seed and `k` — never on the shard, the machine or the order.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64, stream: UInt64, index: UInt64 = 0) {
        state = Self.mix(seed &+ Self.mix(stream &+ 0x632B_E59B_D9B4_E019) &+ Self.mix(index &* 0x9E37_79B9_7F4A_7C15))
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// True with probability `permille / 1000`.
    mutating func chance(_ permille: Int) -> Bool { int(0...999) < permille }

    /// One element, weighted by the integer weights.
    mutating func pick<T>(_ choices: [(T, Int)]) -> T {
        let total = choices.reduce(0) { $0 + $1.1 }
        var roll = int(0...(max(total, 1) - 1))
        for (choice, weight) in choices {
            if roll < weight { return choice }
            roll -= weight
        }
        return choices[choices.count - 1].0
    }

    /// One element of a non-empty array.
    mutating func element<T>(_ array: [T]) -> T { array[int(0...(array.count - 1))] }

    /// A UUID-shaped identifier (version 4 layout), from 128 random bits.
    mutating func uuid() -> String {
        let high = next(), low = next()
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 36) { buffer in
            var out = 0
            for nibble in 0..<32 {
                if nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20 { buffer[out] = 45; out += 1 }
                let word = nibble < 16 ? high : low
                var value = Int((word >> UInt64(60 - (nibble % 16) * 4)) & 0xF)
                if nibble == 12 { value = 4 }
                if nibble == 16 { value = 8 + value % 4 }
                buffer[out] = digits[value]
                out += 1
            }
            return 36
        }
    }
}

extension String {
    /// The string padded on the left with zeros to `width` characters.
    func leftPadded(_ width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
