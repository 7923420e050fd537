/// The issuing rules of US identifiers: which values a person can hold, which are reserved or
/// marked synthetic, and which are not identifiers at all.
enum IdentifierRules {
    /// SSA and IRS rules for a nine-digit SSN/ITIN given as its digits.
    static func ssn(_ digits: [UInt8]) -> Verdict {
        guard digits.count == 9 else { return .rejected }
        let area = number(digits[0..<3]), group = number(digits[3..<5]), serial = number(digits[5..<9])
        if documentedExampleSSNs.contains(number(digits[0..<9])) { return .synthetic }
        // 111-22-3333, 555-55-5555: every group one repeated digit, the way examples are made up.
        if [digits[0..<3], digits[3..<5], digits[5..<9]].allSatisfy({ Set($0).count == 1 }) { return .synthetic }
        if area == 0 || area == 666 || group == 0 || serial == 0 { return .synthetic }
        if area >= 900 {
            // ITIN 50–65, 70–88, 90–92, 94–99; ATIN 93; IRS-assigned 01–10, 17–19, 28–29, 37–39.
            return irsGroups.contains(group) ? .finding : .synthetic
        }
        return .finding
    }

    private static let irsGroups: Set<Int> = Set(50...65).union(70...88).union(90...92).union(94...99).union([93])
        .union(1...10).union(17...19).union(28...29).union(37...39)

    /// Published SSNs no one should hold as their own: the Woolworth wallet card, SSA's advertising
    /// block, the classic example, the SSN a CEO published in his company's advertising (457-55-5462),
    /// and the DLP vendors' test record (`Robert Aragon`, 489-36-8350).
    private static let documentedExampleSSNs: Set<Int> = Set([78_051_120, 219_099_999, 123_456_789, 489_368_350, 457_555_462])
        .union(987_654_320...987_654_329)

    /// A North American number given as its ten digits (area, exchange, line).
    static func nanpPhone(_ digits: [UInt8]) -> Verdict {
        guard digits.count == 10 else { return .rejected }
        let area = number(digits[0..<3]), exchange = number(digits[3..<6]), line = number(digits[6..<10])
        guard area >= 200, exchange >= 200 else { return .rejected }
        // N11 codes are service codes; N9X area codes are reserved for expansion; 37X and 96X are reserved.
        if area % 100 == 11 || exchange % 100 == 11 { return .rejected }
        if (area / 10) % 10 == 9 || area / 10 == 37 || area / 10 == 96 || area == 555 { return .rejected }
        // 555-0100…0199 are the fictitious numbers; every other 555 line is a placeholder too, by convention.
        if exchange == 555 { return .synthetic }
        // A line number of 0000 is a switchboard or a placeholder, not a person's line.
        if line == 0 { return .synthetic }
        return .finding
    }

    /// An NPI: ten digits whose last is the Luhn check digit of `80840` + the first nine.
    static func npi(_ digits: [UInt8]) -> Verdict {
        guard digits.count == 10, luhnValid([8, 0, 8, 4, 0] + digits) else { return .rejected }
        // CMS's example NPI (1234567893) and other counted-up numbers.
        if PlaceholderValues.isSequentialOrRepeated(Array(digits.prefix(9))) { return .synthetic }
        switch digits[0] {
        case 1, 2: return .finding
        case 8, 9: return .synthetic
        default: return .rejected
        }
    }

    /// A Medicare Beneficiary Identifier (11 characters, CMS format); `S` in position 2 marks it synthetic.
    static func mbi(_ characters: [UInt8]) -> Verdict {
        guard characters.count == 11 else { return .rejected }
        let letter: (UInt8) -> Bool = { mbiLetters.contains($0) }
        let digit: (UInt8) -> Bool = { (48...57).contains($0) }
        let either: (UInt8) -> Bool = { letter($0) || digit($0) }
        let shape: [(UInt8) -> Bool] = [
            { (49...57).contains($0) }, letter, either, digit, letter, either, digit, letter, letter, digit, digit,
        ]
        // CMS's published example MBI (1EG4-TE5-MK73).
        if characters.elementsEqual("1EG4TE5MK73".utf8) { return .synthetic }
        if characters[1] == UInt8(ascii: "S") {
            var marked = characters
            marked[1] = UInt8(ascii: "A")
            return zip(shape, marked).allSatisfy { $0($1) } ? .synthetic : .rejected
        }
        return zip(shape, characters).allSatisfy { $0($1) } ? .finding : .rejected
    }

    /// CMS never uses S, L, O, I, B or Z in an MBI.
    private static let mbiLetters: Set<UInt8> = Set("ACDEFGHJKMNPQRTUVWXY".utf8)

    /// A DEA registration number: two letters and seven digits with the DEA checksum; `Z` marks it synthetic.
    static func dea(_ characters: [UInt8]) -> Verdict {
        guard characters.count == 9 else { return .rejected }
        let digits = characters[2...].map { $0 &- 48 }
        guard digits.allSatisfy({ $0 <= 9 }) else { return .rejected }
        let sum = Int(digits[0]) + Int(digits[2]) + Int(digits[4]) + 2 * (Int(digits[1]) + Int(digits[3]) + Int(digits[5]))
        guard sum % 10 == Int(digits[6]) else { return .rejected }
        let second = characters[1]
        guard (65...90).contains(second) || second == UInt8(ascii: "9") else { return .rejected }
        if characters[0] == UInt8(ascii: "Z") || PlaceholderValues.isSequentialOrRepeated(digits.prefix(6).map { $0 }) { return .synthetic }
        return deaRegistrantTypes.contains(characters[0]) ? .finding : .rejected
    }

    private static let deaRegistrantTypes: Set<UInt8> = Set("ABCDEFGHJKLMPRSTUX".utf8)

    /// A payment card number: issuer prefix and Luhn; the networks' published test numbers are examples.
    static func creditCard(_ digits: [UInt8]) -> Verdict {
        guard (13...19).contains(digits.count), luhnValid(digits) else { return .rejected }
        let text = String(decoding: digits.map { $0 + 48 }, as: UTF8.self)
        // The networks' and Stripe's test numbers (`4000 0025 0000 3155`): published, or runs of zeros.
        if testCardNumbers.contains(text) || Set(digits.dropFirst()).count <= 2 || PlaceholderValues.isPlaceholderNumber(digits) { return .synthetic }
        return .finding
    }

    private static let testCardNumbers: Set<String> = [
        "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "4222222222222",
        "5555555555554444", "5105105105105100", "2223003122003222", "5200828282828210",
        "378282246310005", "371449635398431", "378734493671000", "6011111111111117", "6011000990139424",
        "3530111333300000", "3566002020360505", "30569309025904", "38520000023237",
    ]

    /// The Luhn (mod 10) check over digit values.
    static func luhnValid(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (index, digit) in digits.reversed().enumerated() {
            var value = Int(digit)
            if index % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int {
        digits.reduce(0) { $0 * 10 + Int($1) }
    }
}
