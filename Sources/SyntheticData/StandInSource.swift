/// Marked synthetic values drawn by index from one seed: the stand-ins `phiguard redact` puts in
/// place of real values. Each is in a form `phiguard scan` and people recognise as synthetic.
public struct StandInSource: Sendable {
    public let seed: UInt64
    public let mrnPrefix: String

    public init(seed: UInt64, mrnPrefix: String) {
        self.seed = seed
        self.mrnPrefix = mrnPrefix
    }

    private func random(_ stream: UInt64, _ index: Int) -> SeededGenerator {
        SeededGenerator(seed: seed, stream: 60 + stream, index: UInt64(max(0, index)))
    }

    /// A never-issued 9xx SSN (`9dd-gg-ssss`).
    public func ssn(_ index: Int) -> String {
        SyntheticIdentifiers.ssn(index: index % SyntheticIdentifiers.ssnCapacity, seed: seed) ?? "900-00-0000"
    }

    /// The policy's synthetic prefix and a number (`SYN000000001`).
    public func mrn(_ index: Int) -> String { SyntheticIdentifiers.mrn(index: index, prefix: mrnPrefix) }

    /// An NPI starting with 99 (NPPES issues 1 and 2), check digit valid; `99x` is no area code, so the
    /// stand-in never reads as a phone number either.
    public func npi(_ index: Int) -> String {
        var generator = random(1, index)
        return SyntheticIdentifiers.npi(index: 90_000_000 + Int(generator.next() % 10_000_000), first: 9)
    }

    /// A Medicare Beneficiary Identifier with `S` in position 2, which CMS never uses.
    public func mbi(_ index: Int) -> String {
        var generator = random(2, index)
        return SyntheticIdentifiers.mbi(index: Int(generator.next() % 1_000_000_000))
    }

    /// A DEA number starting with `Z`, checksum valid.
    public func dea(_ index: Int, lastName: String) -> String {
        var generator = random(3, index)
        return SyntheticIdentifiers.dea(index: Int(generator.next() % 1_000_000), lastName: lastName)
    }

    /// A VIN holding `Q`, which ISO 3779 never uses.
    public func vin(_ index: Int) -> String {
        var generator = random(4, index)
        return SyntheticIdentifiers.vin(&generator)
    }

    /// An IPv4 address from the documentation ranges (RFC 5737).
    public func ipAddress(_ index: Int) -> String {
        var generator = random(5, index)
        return SyntheticIdentifiers.documentationAddress(&generator)
    }

    /// The local part of a fictional number: `555-01dd`, 100 per area code.
    public func phoneLine(_ index: Int) -> (exchange: String, line: String) {
        ("555", "01" + String(index % 100).leftPadded(2))
    }

    /// An area code from the place tables, for phones past the 100 fictional numbers of the first one.
    public func areaCode(_ index: Int) -> String { PeopleTables.places[index % PeopleTables.places.count].areaCode }

    /// A first and last name from the synth tables; `female` picks the list, nil draws one.
    public func name(_ index: Int, female: Bool?) -> (first: String, last: String) {
        var generator = random(6, index)
        let isFemale = female ?? generator.chance(500)
        return (generator.element(isFemale ? PeopleTables.femaleNames : PeopleTables.maleNames),
                generator.element(PeopleTables.surnames))
    }

    /// Every word `name(_:female:)` can draw as a first name (`given`) or as a last name.
    public static func nameWords(given: Bool, female: Bool?) -> [String] {
        guard given else { return PeopleTables.surnames }
        return female.map { $0 ? PeopleTables.femaleNames : PeopleTables.maleNames } ?? PeopleTables.femaleNames + PeopleTables.maleNames
    }

    /// `<number> <street> <suffix>` from the synth tables.
    public func street(_ index: Int) -> String {
        var generator = random(7, index)
        return "\(generator.int(1...9899)) \(generator.element(PeopleTables.streetNames)) \(generator.element(PeopleTables.streetSuffixes))"
    }

    /// A city, state and ZIP from the synth tables, in `state` when the tables have one there.
    public func place(_ index: Int, state: String?) -> (city: String, state: String, zip: String) {
        let inState = PeopleTables.places.filter { $0.state == state?.uppercased() }
        let pool = inState.isEmpty ? PeopleTables.places : inState
        var generator = random(8, index)
        let place = generator.element(pool)
        return (place.city, place.state, place.zip)
    }

    /// An address under a reserved domain (`first.last7@example.com`).
    public func email(_ index: Int) -> String {
        let person = name(index, female: nil)
        return SyntheticIdentifiers.email(first: person.first, last: person.last, index: index)
    }

    /// Random digits and letters for ids of the same length and alphabet.
    public func characters(_ index: Int) -> SeededCharacters { SeededCharacters(generator: random(9, index)) }
}

/// Digits and letters drawn from a seeded stream.
public struct SeededCharacters {
    var generator: SeededGenerator

    public mutating func digit() -> Character { Character(Unicode.Scalar(UInt8(48 + generator.int(0...9)))) }

    public mutating func letter(uppercase: Bool) -> Character {
        let letters = uppercase ? Self.capitals : Self.smallLetters
        return letters[generator.int(0...(letters.count - 1))]
    }

    // Letters that read unambiguously (no I, O, Q; no i, l, o, q), made once: an id's stand-in asks per character.
    private static let capitals = Array("ABCDEFGHJKLMNPRSTUVWXYZ")
    private static let smallLetters = Array("abcdefghjkmnprstuvwxyz")
}
