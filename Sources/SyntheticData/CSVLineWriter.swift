/// CSV lines appended straight into one byte buffer, field by field: no per-field strings or
/// per-row arrays on the hot path (they were most of a patient's rendering time).
struct CSVLineWriter: Sendable {
    private(set) var bytes: [UInt8] = []
    private var lineStarted = false

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// A text field, quoted when it holds a comma, a quote or a line break.
    mutating func text(_ value: String) {
        separate()
        var value = value
        value.withUTF8 { utf8 in
            guard utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) else {
                bytes.append(contentsOf: utf8)
                return
            }
            bytes.append(34)
            for byte in utf8 {
                if byte == 34 { bytes.append(34) }
                bytes.append(byte)
            }
            bytes.append(34)
        }
    }

    /// A field known to hold no comma, quote or line break (ids, codes, code system URIs, dates):
    /// written without the quoting scan, which was most of a row's rendering time.
    mutating func plain(_ value: String) {
        separate()
        var value = value
        value.withUTF8 { utf8 in
            assert(!utf8.contains { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }, "plain CSV field needs quoting")
            bytes.append(contentsOf: utf8)
        }
    }

    /// An empty field.
    mutating func empty() { separate() }

    /// A whole number.
    mutating func int(_ value: Int) {
        separate()
        appendDigits(value)
    }

    /// Cents as `12.34`.
    mutating func money(_ cents: Int) {
        separate()
        if cents < 0 { bytes.append(45) }
        let magnitude = cents.magnitude
        appendDigits(Int(magnitude / 100))
        bytes.append(46)
        bytes.append(UInt8(48 + magnitude / 10 % 10))
        bytes.append(UInt8(48 + magnitude % 10))
    }

    /// Tenths as `7.2`.
    mutating func tenths(_ value: Int) {
        separate()
        appendDigits(value / 10)
        bytes.append(46)
        appendDigits(value % 10)
    }

    /// `YYYY-MM-DD`.
    mutating func date(_ date: CivilDate) {
        separate()
        appendDate(date)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` at `seconds` after midnight.
    mutating func timestamp(_ date: CivilDate, _ seconds: Int) {
        separate()
        appendDate(date)
        let s = max(0, min(seconds, 86399))
        bytes.append(84)
        appendTwoDigits(s / 3600)
        bytes.append(58)
        appendTwoDigits(s / 60 % 60)
        bytes.append(58)
        appendTwoDigits(s % 60)
        bytes.append(90)
    }

    /// Ends the current line.
    mutating func endLine() {
        bytes.append(10)
        lineStarted = false
    }

    private mutating func separate() {
        if lineStarted { bytes.append(44) } else { lineStarted = true }
    }

    private mutating func appendDate(_ date: CivilDate) {
        let (y, m, d) = date.components
        let year = max(0, min(y, 9999))
        appendTwoDigits(year / 100)
        appendTwoDigits(year % 100)
        bytes.append(45)
        appendTwoDigits(m)
        bytes.append(45)
        appendTwoDigits(d)
    }

    private mutating func appendTwoDigits(_ value: Int) {
        bytes.append(UInt8(48 + value / 10 % 10))
        bytes.append(UInt8(48 + value % 10))
    }

    private mutating func appendDigits(_ value: Int) {
        if value < 0 { bytes.append(45) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(48 + magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }
}
