/// `phiguard redact --restore`: every stand-in a map handed out, wherever it appears in a text (a
/// model's answer), replaced by the real value. Placeholders for secrets stay: they were never kept.
public struct Restorer {
    let map: RedactionMap

    public init(map: RedactionMap) { self.map = map }

    /// `text` with the originals back. A comment or string marker's original may hold value stand-ins
    /// (values are replaced first), so passes repeat until nothing changes.
    public func restore(_ text: String) -> String {
        var current = text
        for _ in 0..<4 {
            let next = restoreOnce(current)
            if next == current { break }
            current = next
        }
        return current
    }

    private func restoreOnce(_ text: String) -> String {
        // Longest first, so a stand-in inside a longer one (a surname in a full name) never splits it.
        var byFirstByte: [UInt8: [(standIn: [UInt8], real: [UInt8])]] = [:]
        for pair in map.pairs {
            let standIn = Array(pair.standIn.utf8)
            guard let first = standIn.first else { continue }
            byFirstByte[first, default: []].append((standIn, Array(pair.real.utf8)))
        }
        for key in byFirstByte.keys { byFirstByte[key]?.sort { $0.standIn.count > $1.standIn.count } }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if let candidates = byFirstByte[bytes[index]],
               let match = candidates.first(where: { bytes.count - index >= $0.standIn.count && bytes[index..<(index + $0.standIn.count)].elementsEqual($0.standIn) })
            {
                output += match.real
                index += match.standIn.count
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
