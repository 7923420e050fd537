import Foundation
import Scanning
import SyntheticData

/// `phiguard redact`: every value the scanner finds in a text replaced by a consistent synthetic
/// stand-in (secrets by a numbered placeholder), then the output scanned again. Values never leave
/// the map; positions and kinds are all that is reported.
public struct Redactor {
    let scanner: Scanning.Scanner
    let mrnPrefix: String

    public init(scanner: Scanning.Scanner, mrnPrefix: String) {
        self.scanner = scanner
        self.mrnPrefix = mrnPrefix
    }

    /// One replacement in the output: where the stand-in is and what kind it stands for.
    public struct Replacement: Sendable, Equatable {
        public var kind: String
        public var line: Int
        public var column: Int
        /// UTF-8 bytes of the stand-in.
        public var length: Int
    }

    /// A finding that would remain in the output: kind and position only.
    public struct Remaining: Sendable, Equatable {
        public var kind: String
        public var line: Int
        public var column: Int
    }

    public struct Result: Sendable {
        public var text: String
        public var replacements: [Replacement]
        /// Findings in the output that are not this map's stand-ins: the output must not be used.
        public var remaining: [Remaining]
    }

    /// Redacts `text`, adding new pairs to `map`.
    public func redact(_ text: String, map: inout RedactionMap) throws -> Result {
        let input = Array(text.utf8)
        let values = try scanner.detectedValues(in: input).filter { $0.kind.category != .egress }
        var output: [UInt8] = []
        output.reserveCapacity(input.count + values.count * 8)
        var inserted: [Range<Int>] = []
        var kinds: [String] = []
        var cursor = 0
        for value in values {
            output += input[cursor..<value.range.lowerBound]
            let real = String(decoding: input[value.range], as: UTF8.self)
            let standIn = standIn(for: value.kind, real: real, in: text, before: input[..<value.range.lowerBound], map: &map)
            inserted.append(output.count..<(output.count + standIn.utf8.count))
            kinds.append(value.kind.name)
            output += Array(standIn.utf8)
            cursor = value.range.upperBound
        }
        output += input[cursor...]
        let positions = LinePositions(output)
        let replacements = zip(inserted, kinds).map { range, kind in
            let (line, column) = positions.position(of: range.lowerBound)
            return Replacement(kind: kind, line: line, column: column, length: range.count)
        }
        let remaining = try scanner.detectedValues(in: output).filter { found in
            found.isBlocking && found.kind.category != .egress && !Self.isCovered(found.range, by: inserted, in: output)
        }.map { Remaining(kind: $0.kind.name, line: $0.line, column: $0.column) }
        return Result(text: String(decoding: output, as: UTF8.self), replacements: replacements, remaining: remaining)
    }

    /// Whether every letter and digit of `range` lies in a stand-in: a stand-in next to a real word the
    /// first pass missed (`John` + a surname stand-in) is not covered.
    static func isCovered(_ range: Range<Int>, by inserted: [Range<Int>], in bytes: [UInt8]) -> Bool {
        var start = inserted.partitionIndex { $0.upperBound <= range.lowerBound }
        var position = range.lowerBound
        while position < range.upperBound {
            let byte = bytes[position]
            let significant = byte >= 0x80 || (byte >= 48 && byte <= 57) || ((byte | 0x20) >= 97 && (byte | 0x20) <= 122)
            if significant {
                while start < inserted.count, inserted[start].upperBound <= position { start += 1 }
                guard start < inserted.count, inserted[start].contains(position) else { return false }
            }
            position += 1
        }
        return true
    }

    private func standIn(for kind: FindingKind, real: String, in text: String, before: ArraySlice<UInt8>,
                         map: inout RedactionMap) -> String {
        if kind.category == .secret { return map.placeholder(forSecret: real, kind: kind.name) }
        if let existing = map.standIn(kind: kind.name, real: real) { return existing }
        let maker = StandInMaker(source: StandInSource(seed: map.seed, mrnPrefix: mrnPrefix), map: map)
        let context = String(decoding: before.suffix(48), as: UTF8.self)[...]
        var attempt = 0
        var candidate = maker.make(kind: kind, real: real, attempt: attempt, context: context)
        // A stand-in must be new to the map and absent from the input, so restore is unambiguous.
        while candidate == real || map.isStandIn(candidate) || text.contains(candidate), attempt < 1000 {
            attempt += 1
            candidate = maker.make(kind: kind, real: real, attempt: attempt, context: context)
        }
        if candidate == real || map.isStandIn(candidate) || text.contains(candidate) {
            candidate = "<\(kind.name) \(map.count(of: kind.name) + 1)>"
        }
        map.add(kind: kind.name, real: real, standIn: candidate)
        return candidate
    }
}

/// Line and UTF-8 column of byte offsets in a buffer.
struct LinePositions {
    private let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 10 { starts.append(offset + 1) }
        lineStarts = starts
    }

    func position(of offset: Int) -> (line: Int, column: Int) {
        let line = lineStarts.partitionIndex { $0 <= offset } - 1
        return (line + 1, offset - lineStarts[max(0, line)] + 1)
    }
}

extension Array {
    /// The first index whose element fails `belongsBefore` (the array is partitioned by it).
    func partitionIndex(where belongsBefore: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if belongsBefore(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
