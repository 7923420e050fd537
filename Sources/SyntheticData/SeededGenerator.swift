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
        var hex = Array((String(next(), radix: 16).leftPadded(16) + String(next(), radix: 16).leftPadded(16)).utf8)
        hex[12] = UInt8(ascii: "4")
        hex[16] = Array("89ab".utf8)[Int(hex[16] % 4)]
        let text = String(decoding: hex, as: UTF8.self)
        let c = Array(text)
        return String(c[0..<8]) + "-" + String(c[8..<12]) + "-" + String(c[12..<16]) + "-" + String(c[16..<20]) + "-" + String(c[20..<32])
    }
}

extension String {
    /// The string padded on the left with zeros to `width` characters.
    func leftPadded(_ width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
