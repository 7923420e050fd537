/// Splits source text into identifiers normalised to snake_case lowercase.
enum IdentifierTokenizer {
    /// Every identifier in `text`, in order, normalised (`birthDate`, `BirthDate`, `BIRTH_DATE` → `birth_date`).
    static func tokens(in text: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            if isIdentifierByte(byte) {
                current.append(byte)
            } else if !current.isEmpty {
                result.append(normalize(current))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { result.append(normalize(current)) }
        return result
    }

    /// One identifier in snake_case lowercase; also used for header cells and route segments.
    static func normalize(_ name: String) -> String {
        normalize(Array(name.utf8).map { isIdentifierByte($0) ? $0 : UInt8(ascii: "_") })
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        isLower(byte) || isUpper(byte) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "_")
    }

    private static func isLower(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }

    private static func normalize(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 4)
        for (index, byte) in bytes.enumerated() {
            if isUpper(byte), index > 0 {
                let previous = bytes[index - 1]
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                // A word starts at a lower→Upper step or at the last capital of an acronym ("HTTPServer").
                if isLower(previous) || (isUpper(previous) && isLower(next)) || (previous >= 48 && previous <= 57) {
                    if output.last != UInt8(ascii: "_") { output.append(UInt8(ascii: "_")) }
                }
            }
            output.append(isUpper(byte) ? byte + 32 : byte)
        }
        while output.last == UInt8(ascii: "_") { output.removeLast() }
        while output.first == UInt8(ascii: "_") { output.removeFirst() }
        return String(decoding: output, as: UTF8.self)
    }
}
