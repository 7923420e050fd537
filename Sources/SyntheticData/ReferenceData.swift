/// Organizations, providers and payers: they depend only on the seed, so every shard has the same.
struct ReferenceData: Sendable {
    struct Organization: Sendable {
        var id: String, npi: String, name: String, address: String, place: PeopleTables.Place, phone: String
    }

    struct Provider: Sendable {
        var id: String, npi: String, dea: String, organization: Int, first: String, last: String, gender: String
        var speciality: String, address: String, place: PeopleTables.Place
        var name: String { "\(first) \(last)" }
    }

    struct Payer: Sendable {
        var id: String, name: String, ownership: String, address: String, place: PeopleTables.Place, phone: String
    }

    static let organizationCount = 30
    static let providersPerOrganization = 4

    var organizations: [Organization] = []
    var providers: [Provider] = []
    var payers: [Payer] = []

    init(seed: UInt64) {
        var random = SeededGenerator(seed: seed, stream: 2)
        let kinds = ["Community Hospital", "Medical Center", "Family Health Center", "Primary Care Associates", "Health Clinic"]
        for index in 0..<Self.organizationCount {
            let place = PeopleTables.places[index % PeopleTables.places.count]
            let street = random.element(PeopleTables.streetNames)
            organizations.append(Organization(
                id: random.uuid(), npi: SyntheticIdentifiers.npi(index: index, first: 8),
                name: "\(street) \(random.element(kinds))",
                address: "\(random.int(1...2999)) \(street) \(random.element(PeopleTables.streetSuffixes))", place: place,
                phone: SyntheticIdentifiers.phone(areaCode: place.areaCode, &random)))
        }
        let specialities = ["GENERAL PRACTICE", "INTERNAL MEDICINE", "FAMILY MEDICINE", "PEDIATRICS", "ENDOCRINOLOGY",
                            "CARDIOLOGY", "NEPHROLOGY", "PULMONARY DISEASE", "PSYCHIATRY"]
        for organization in organizations.indices {
            for slot in 0..<Self.providersPerOrganization {
                let index = organization * Self.providersPerOrganization + slot
                let female = random.chance(500)
                let last = random.element(PeopleTables.surnames)
                providers.append(Provider(
                    id: random.uuid(), npi: SyntheticIdentifiers.npi(index: index, first: 9),
                    dea: SyntheticIdentifiers.dea(index: index, lastName: last), organization: organization,
                    first: random.element(female ? PeopleTables.femaleNames : PeopleTables.maleNames), last: last,
                    gender: female ? "F" : "M", speciality: slot == 0 ? "GENERAL PRACTICE" : random.element(specialities),
                    address: organizations[organization].address, place: organizations[organization].place))
            }
        }
        let payerNames: [(String, String)] = [("Medicare", "GOVERNMENT"), ("Medicaid", "GOVERNMENT"),
            ("Lakeshore Mutual Health", "PRIVATE"), ("Summit Health Plan", "PRIVATE"), ("Riverbend Insurance", "PRIVATE"),
            ("Harborview Health Partners", "PRIVATE"), ("Keystone Benefit Alliance", "PRIVATE"), ("NO_INSURANCE", "NO_INSURANCE")]
        for (index, (name, ownership)) in payerNames.enumerated() {
            let place = PeopleTables.places[(index * 7) % PeopleTables.places.count]
            payers.append(Payer(
                id: random.uuid(), name: name, ownership: ownership,
                address: name == "NO_INSURANCE" ? "" : "\(random.int(100...9999)) \(random.element(PeopleTables.streetNames)) \(random.element(PeopleTables.streetSuffixes))",
                place: place, phone: name == "NO_INSURANCE" ? "" : SyntheticIdentifiers.phone(areaCode: place.areaCode, &random)))
        }
    }

    /// The payer index for a patient's age and income.
    func payer(age: Int, income: Int, _ random: inout SeededGenerator) -> Int {
        if age >= 65 { return 0 }
        if income < 30_000 { return random.chance(700) ? 1 : payers.count - 1 }
        return random.chance(60) ? payers.count - 1 : random.int(2...(payers.count - 2))
    }
}
