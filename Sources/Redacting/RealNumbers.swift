import Scanning

/// The short numbers of the values being replaced (4 to 6 digits once separators are dropped: a
/// house number, the year in `maria1987@…`, a ZIP alone). A stand-in that carried one (`555-0142`,
/// a drawn id `4821…`) would show that real number again beside another value, so another is drawn.
struct RealNumbers {
    /// One bitmap per length: bit `n` of `bits[length - 4]` says an `length`-digit number `n` is real.
    private var bits: [[UInt64]] = (4...6).map { [UInt64](repeating: 0, count: Self.power(of: $0) / 64 + 1) }
    private(set) var isEmpty = true

    init() {}

    /// The short numbers of `values`' texts in `bytes`: all of a value's digits, each of its numbers read
    /// across separators (`1948` and `02115` in `1948 OAK ST^^BOSTON^MA^02115`, which a label may call an
    /// address alone), and each run of digits alone (the `1987` of `03/14/1987`, a phone's last four).
    init(_ values: [RedactSweeps.Candidate], in bytes: [UInt8]) {
        for value in values {
            var all = Number(), part = Number(), run = Number(), gap = 0
            for byte in bytes[value.range] {
                if byte &- 48 < 10 {
                    all.append(byte)
                    part.append(byte)
                    run.append(byte)
                    gap = 0
                    continue
                }
                mark(run)
                run = Number()
                gap += 1
                if (byte | 0x20) &- 97 < 26 || byte >= 0x80 || gap > 3 {
                    mark(part)
                    part = Number()
                }
            }
            mark(run)
            mark(part)
            mark(all)
        }
    }

    /// Up to seven digits read one by one (more than six only says it is no short number).
    private struct Number {
        var value = 0, count = 0

        mutating func append(_ digit: UInt8) {
            count = min(count + 1, 7)
            if count <= 6 { value = value * 10 + Int(digit - 48) }
        }
    }

    private mutating func mark(_ number: Number) {
        guard (4...6).contains(number.count) else { return }
        bits[number.count - 4][number.value >> 6] |= 1 << UInt64(number.value & 63)
        isEmpty = false
    }

    /// Whether `candidate`, between the bytes before and after it, shows a real short number with at
    /// least one of its own digits: digits read across up to three separators as one number
    /// (`555-0142`; a stand-in ending a CSV row's `…19` before the next row's `87,`), never across a letter.
    func isCarried(by candidate: String, before: ArraySlice<UInt8> = [], after: ArraySlice<UInt8> = []) -> Bool {
        guard !isEmpty else { return false }
        var reader = DigitReader(numbers: self)
        for byte in before.suffix(Self.reach) { reader.read(byte, own: false) }
        for byte in candidate.utf8 where reader.read(byte, own: true) { return true }
        for byte in after.prefix(Self.reach) {
            if reader.read(byte, own: false) { return true }
            // A later byte cannot reach back past six digits to the candidate's.
            if reader.ownDigitsInReach == 0 { break }
        }
        return false
    }

    /// How far a number can reach into the text around a stand-in: six digits, three separators apart.
    static let reach = 6 + 5 * 3

    /// Reads digits one byte at a time, keeping the last six and whether each was the candidate's.
    private struct DigitReader {
        let numbers: RealNumbers
        var recent = 0, run = 0, gap = 0
        /// Bit `i` set: the `i`-th latest digit is the candidate's own.
        var own: UInt8 = 0
        var ownDigitsInReach: Int { (own & 0b11_1111).nonzeroBitCount }

        /// Takes one byte; true when it ends a real short number that holds one of the candidate's digits.
        mutating func read(_ byte: UInt8, own isOwn: Bool) -> Bool {
            guard byte &- 48 < 10 else {
                gap += 1
                if (byte | 0x20) &- 97 < 26 || byte >= 0x80 || gap > 3 { run = 0; recent = 0; own = 0 }
                return false
            }
            recent = (recent * 10 + Int(byte - 48)) % 1_000_000
            run += 1
            gap = 0
            own = own << 1 | (isOwn ? 1 : 0)
            for length in 4...6 where run >= length && own & UInt8((1 << length) - 1) != 0 {
                let number = recent % RealNumbers.power(of: length)
                if numbers.bits[length - 4][number >> 6] & (1 << UInt64(number & 63)) != 0 { return true }
            }
            return false
        }
    }

    fileprivate static func power(of length: Int) -> Int {
        length == 4 ? 10_000 : length == 5 ? 100_000 : 1_000_000
    }
}
