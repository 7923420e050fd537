/// A calendar date as a day number (days since 1970-01-01): exact, fast, no time zones.
struct CivilDate: Comparable, Hashable, Sendable {
    var day: Int

    init(day: Int) { self.day = day }

    init(year: Int, month: Int, day: Int) {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        self.day = era * 146_097 + doe - 719_468
    }

    /// Parses `YYYY-MM-DD`; nil when it is not a real date.
    init?(iso text: String) {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
        guard components == (parts[0], parts[1], parts[2]) else { return nil }
    }

    var components: (year: Int, month: Int, day: Int) {
        let z = day + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    var year: Int { components.year }

    /// `YYYY-MM-DD`.
    var iso: String {
        String(unsafeUninitializedCapacity: 10) { buffer in
            writeDate(into: buffer)
            return 10
        }
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` at `seconds` after midnight.
    func timestamp(_ seconds: Int) -> String {
        let s = max(0, min(seconds, 86399))
        return String(unsafeUninitializedCapacity: 20) { buffer in
            writeDate(into: buffer)
            let time = [(10, UInt8(ascii: "T")), (13, UInt8(ascii: ":")), (16, UInt8(ascii: ":")), (19, UInt8(ascii: "Z"))]
            for (index, byte) in time { buffer[index] = byte }
            Self.twoDigits(s / 3600, buffer, 11)
            Self.twoDigits(s / 60 % 60, buffer, 14)
            Self.twoDigits(s % 60, buffer, 17)
            return 20
        }
    }

    private func writeDate(into buffer: UnsafeMutableBufferPointer<UInt8>) {
        let (y, m, d) = components
        let year = max(0, min(y, 9999))
        Self.twoDigits(year / 100, buffer, 0)
        Self.twoDigits(year % 100, buffer, 2)
        buffer[4] = UInt8(ascii: "-")
        Self.twoDigits(m, buffer, 5)
        buffer[7] = UInt8(ascii: "-")
        Self.twoDigits(d, buffer, 8)
    }

    private static func twoDigits(_ value: Int, _ buffer: UnsafeMutableBufferPointer<UInt8>, _ at: Int) {
        buffer[at] = UInt8(48 + value / 10 % 10)
        buffer[at + 1] = UInt8(48 + value % 10)
    }

    /// Whole years from `self` to `date` (an age).
    func years(until date: CivilDate) -> Int {
        let a = components, b = date.components
        return b.year - a.year - ((b.month, b.day) < (a.month, a.day) ? 1 : 0)
    }

    func adding(days: Int) -> CivilDate { CivilDate(day: day + days) }

    /// The same month and day `years` later (28 February for 29 February in a common year).
    func adding(years: Int) -> CivilDate {
        let (y, m, d) = components
        let target = y + years
        let leap = target % 4 == 0 && (target % 100 != 0 || target % 400 == 0)
        return CivilDate(year: target, month: m, day: m == 2 && d == 29 && !leap ? 28 : d)
    }

    static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.day < rhs.day }
}
