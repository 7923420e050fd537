import Foundation
import JSONDocument
import RepoAccess

/// The private record of one redaction: each real value and its stand-in, the date offset, and the
/// seed new stand-ins are drawn from. A secret's value is never in it, only a hash of it.
public struct RedactionMap: Sendable, Equatable {
    /// A real value and the stand-in that replaced it.
    public struct Pair: Sendable, Equatable {
        public var kind: String
        public var real: String
        public var standIn: String
    }

    public var seed: UInt64
    /// Days every date tied to a person moves by (never 0).
    public var dayOffset: Int
    /// The day the map was made: ages are capped relative to it.
    public var referenceDate: CivilDay
    /// The offset was drawn at random and no date has moved by it yet, so `Redactor` may draw it again
    /// (while a shifted date would show a real number).
    var dayOffsetIsOpen = false
    public private(set) var pairs: [Pair] = []
    /// SHA-256 of a secret → its placeholder (`<redacted openai-key #1>`).
    public private(set) var secretPlaceholders: [String: String] = [:]
    private var byReal: [String: Int] = [:]
    private var byStandIn: [String: Int] = [:]
    private var byValue: [String: Int] = [:]
    private var counts: [String: Int] = [:]

    public init(seed: UInt64, dayOffset: Int, referenceDate: CivilDay) {
        self.seed = seed
        self.dayOffset = dayOffset
        self.referenceDate = referenceDate
    }

    /// A new map with a random seed and a random offset of 400 to 700 days either way: more than a
    /// year, so no shifted date keeps its real year (a birth year is also in `maria1987@…`), and not a
    /// whole number of years, so none keeps its month and day.
    public static func fresh(today: CivilDay = .today) -> RedactionMap {
        var generator = SystemRandomNumberGenerator()
        var map = RedactionMap(seed: generator.next(), dayOffset: randomDayOffset(using: &generator), referenceDate: today)
        map.dayOffsetIsOpen = true
        return map
    }

    /// 400 to 700 days, either way.
    static func randomDayOffset(using generator: inout some RandomNumberGenerator) -> Int {
        let days = Int.random(in: 400...700, using: &generator)
        return Bool.random(using: &generator) ? days : -days
    }

    /// Two maps are equal when they hold the same pairs, placeholders, seed, offset and day: what the map
    /// file keeps (not whether the offset may still be drawn again).
    public static func == (left: RedactionMap, right: RedactionMap) -> Bool {
        left.seed == right.seed && left.dayOffset == right.dayOffset && left.referenceDate == right.referenceDate
            && left.pairs == right.pairs && left.secretPlaceholders == right.secretPlaceholders
    }

    private static func key(_ kind: String, _ real: String) -> String { kind + "\u{0}" + real }

    /// The stand-in already chosen for `real` of `kind`.
    public func standIn(kind: String, real: String) -> String? {
        byReal[Self.key(kind, real)].map { pairs[$0].standIn }
    }

    /// Whether `text` is a stand-in this map handed out.
    public func isStandIn(_ text: String) -> Bool { byStandIn[text] != nil }

    /// The pair already made for the value `real` under any value kind (not the bookkeeping kinds:
    /// name words, comments, literals, renamed identifiers): a value found as an `id` in one place and
    /// a `patient-id` in another is one value, with one stand-in.
    public func valuePair(real: String) -> Pair? {
        byValue[real].map { pairs[$0] }
    }

    /// Kinds that record how a stand-in was built or what code was rewritten, not a value found.
    static let bookkeepingKinds: Set<String> = ["name-part", "comment", "string", "identifier"]

    /// How many stand-ins of `kind` the map holds: the next one's draw index starts here.
    public func count(of kind: String) -> Int { counts[kind] ?? 0 }

    /// Records a pair; the stand-in must be new to the map.
    public mutating func add(kind: String, real: String, standIn: String) {
        byReal[Self.key(kind, real)] = pairs.count
        byStandIn[standIn] = pairs.count
        if !Self.bookkeepingKinds.contains(kind), byValue[real] == nil { byValue[real] = pairs.count }
        counts[kind, default: 0] += 1
        pairs.append(Pair(kind: kind, real: real, standIn: standIn))
    }

    /// The placeholder for a secret, numbered per kind in order of appearance.
    public mutating func placeholder(forSecret value: String, kind: String) -> String {
        let hash = Hashing.sha256Hex(kind + "\u{0}" + value)
        if let existing = secretPlaceholders[hash] { return existing }
        let number = secretPlaceholders.values.filter { $0.hasPrefix("<redacted \(kind) #") }.count + 1
        let placeholder = "<redacted \(kind) #\(number)>"
        secretPlaceholders[hash] = placeholder
        return placeholder
    }

    // MARK: JSON

    /// The map as JSON (it holds real values: written only to a private file, never printed).
    public var json: JSONValue {
        .object(JSONObject([
            (key: "version", value: 1),
            (key: "seed", value: .string(String(seed))),
            (key: "dayOffset", value: .integer(dayOffset)),
            (key: "referenceDate", value: .string(referenceDate.iso)),
            (key: "pairs", value: .array(pairs.map {
                .object(JSONObject([(key: "kind", value: .string($0.kind)), (key: "real", value: .string($0.real)),
                                    (key: "standIn", value: .string($0.standIn))]))
            })),
            (key: "secrets", value: .array(secretPlaceholders.sorted { $0.value < $1.value }.map {
                .object(JSONObject([(key: "hash", value: .string($0.key)), (key: "placeholder", value: .string($0.value))]))
            })),
        ]))
    }

    /// Reads a map written by `json`; nil when a field is missing or of the wrong type.
    public init?(json: JSONValue) {
        guard json["version"]?.intValue == 1, let seed = json["seed"]?.stringValue.flatMap(UInt64.init),
              let offset = json["dayOffset"]?.intValue, offset != 0,
              let reference = json["referenceDate"]?.stringValue.flatMap(CivilDay.init(iso:)),
              let pairs = json["pairs"]?.arrayValue, let secrets = json["secrets"]?.arrayValue
        else { return nil }
        self.init(seed: seed, dayOffset: offset, referenceDate: reference)
        for pair in pairs {
            guard let kind = pair["kind"]?.stringValue, let real = pair["real"]?.stringValue,
                  let standIn = pair["standIn"]?.stringValue, !isStandIn(standIn)
            else { return nil }
            add(kind: kind, real: real, standIn: standIn)
        }
        for secret in secrets {
            guard let hash = secret["hash"]?.stringValue, let placeholder = secret["placeholder"]?.stringValue else { return nil }
            secretPlaceholders[hash] = placeholder
        }
    }
}

/// A calendar day as days since 1970-01-01 (proleptic Gregorian), for date shifts and age caps.
public struct CivilDay: Sendable, Equatable, Comparable {
    public var days: Int

    public init(days: Int) { self.days = days }

    /// From year, month and day (Howard Hinnant's days_from_civil).
    public init(year: Int, month: Int, day: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        days = era * 146_097 + doe - 719_468
    }

    public init?(iso: String) {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }

    public static var today: CivilDay { CivilDay(days: Int(Date().timeIntervalSince1970 / 86_400)) }

    /// Year, month and day.
    public var components: (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp + (mp < 10 ? 3 : -9)
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public var iso: String {
        let (year, month, day) = components
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    public static func < (lhs: CivilDay, rhs: CivilDay) -> Bool { lhs.days < rhs.days }
}
