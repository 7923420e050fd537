/// Identifiers no real person or provider can hold, unique at scale, in the marked forms
/// `phiguard scan` recognises as synthetic.
enum SyntheticIdentifiers {
    /// Groups that no SSA or IRS rule issues in the 900–999 area (outside ITIN 50–65, 70–88, 90–92,
    /// 94–99, ATIN 93 and IRS 01–10, 17–19, 28–29, 37–39).
    static let neverIssuedGroups: [Int] = (0...99).filter { group in
        !(1...10 ~= group || 17...19 ~= group || 28...29 ~= group || 37...39 ~= group || 50...65 ~= group
          || 70...88 ~= group || 90...99 ~= group)
    }

    /// How many distinct SSNs the synthetic space holds: 100 areas × 37 groups × 10,000 serials.
    static let ssnCapacity = 100 * neverIssuedGroups.count * 10_000

    /// The SSN of patient `index`: a bijection of the index onto the never-issued space, scrambled by
    /// the seed so consecutive patients do not get consecutive numbers. Nil past `ssnCapacity`.
    static func ssn(index: Int, seed: UInt64) -> String? {
        guard index >= 0, index < ssnCapacity else { return nil }
        let n = UInt64(ssnCapacity)
        var multiplier = (SeededGenerator.mix(seed ^ 0x55AA) % (n - 1)) | 1
        while gcd(multiplier, n) != 1 { multiplier += 2 }
        let offset = SeededGenerator.mix(seed ^ 0xA55A) % n
        let p = Int((multiplier.multipliedFullWidth(by: UInt64(index)).low % n &+ offset) % n)
        let area = 900 + p % 100
        let group = neverIssuedGroups[(p / 100) % neverIssuedGroups.count]
        let serial = p / (100 * neverIssuedGroups.count)
        return "\(area)-" + String(group).leftPadded(2) + "-" + String(serial).leftPadded(4)
    }

    private static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 { b == 0 ? a : gcd(b, a % b) }

    /// A medical record number: the policy's synthetic prefix and the patient's number.
    static func mrn(index: Int, prefix: String) -> String { prefix + String(index + 1).leftPadded(9) }

    /// A phone number in the 555-0100…0199 block reserved for fiction.
    static func phone(areaCode: String, _ random: inout SeededGenerator) -> String {
        "\(areaCode)-555-01" + String(random.int(0...99)).leftPadded(2)
    }

    /// An email address under a reserved domain.
    static func email(first: String, last: String, index: Int) -> String {
        let local = (first + "." + last).lowercased().filter { $0.isLetter || $0 == "." }
        return "\(local)\(index + 1)@" + ["example.com", "example.org", "example.net"][index % 3]
    }

    /// An NPI whose first digit is 8 or 9 (NPPES issues only 1 and 2), with a valid check digit; unique per index.
    static func npi(index: Int, first: Int = 9) -> String {
        let body = [UInt8(first)] + Array(String(index % 100_000_000).leftPadded(8).utf8).map { $0 - 48 }
        let digits = [8, 0, 8, 4, 0] + body
        var sum = 0
        for (position, digit) in digits.reversed().enumerated() {
            var value = Int(digit)
            if position % 2 == 0 { value *= 2; if value > 9 { value -= 9 } }
            sum += value
        }
        return body.map(String.init).joined() + String((10 - sum % 10) % 10)
    }

    /// A Medicare Beneficiary Identifier with `S` in position 2 (a letter CMS never uses), valid otherwise.
    static func mbi(index: Int) -> String {
        let letters = Array("ACDEFGHJKMNPQRTUVWXY")
        var value = index
        func digit() -> String { defer { value /= 10 }; return String(value % 10) }
        func letter() -> String { defer { value /= letters.count }; return String(letters[value % letters.count]) }
        let first = String(1 + index % 9)
        value = index / 9
        let (d4, l5, d6, d7, l8, l9, d10, d11) = (digit(), letter(), digit(), digit(), letter(), letter(), digit(), digit())
        return first + "S" + letter() + d4 + l5 + d6 + d7 + l8 + l9 + d10 + d11
    }

    /// A patient, plan, claim, account, licence or device id: the policy's synthetic prefix, a letter
    /// for the kind and nine digits (`SYNP483920175`), which `phiguard scan` reads as synthetic.
    static func keyed(_ letter: String, index: Int, seed: UInt64, prefix: String) -> String {
        var random = SeededGenerator(seed: seed, stream: 51, index: UInt64(index))
        return prefix + letter + String(random.int(100_000_000...999_999_999))
    }

    /// A VIN that cannot be real: it holds a `Q`, a letter ISO 3779 never uses.
    static func vin(_ random: inout SeededGenerator) -> String {
        let alphabet = Array("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
        return "1Q" + String((0..<15).map { _ in alphabet[random.int(0...(alphabet.count - 1))] })
    }

    /// An IPv4 address from the documentation ranges (RFC 5737).
    static func documentationAddress(_ random: inout SeededGenerator) -> String {
        let block = random.element(["192.0.2", "198.51.100", "203.0.113"])
        return "\(block).\(random.int(1...254))"
    }

    /// A DEA registration number whose first letter is `Z`, with the DEA checksum.
    static func dea(index: Int, lastName: String) -> String {
        let digits = Array(String(index % 1_000_000).leftPadded(6).utf8).map { Int($0 - 48) }
        let check = (digits[0] + digits[2] + digits[4] + 2 * (digits[1] + digits[3] + digits[5])) % 10
        let initial = lastName.uppercased().first(where: { $0.isLetter && $0.isASCII }).map(String.init) ?? "9"
        return "Z" + initial + digits.map(String.init).joined() + String(check)
    }
}
