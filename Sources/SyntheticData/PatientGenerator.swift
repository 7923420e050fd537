/// Generates patient `k` from (seed, k) alone: demographics, identifiers, conditions by age and
/// sex, encounters over the record window, and the vitals, labs, medications, immunizations,
/// allergies and procedures those encounters hold — all between birth and death or the reference date.
struct PatientGenerator: Sendable {
    let seed: UInt64
    let reference: CivilDate
    let mrnPrefix: String
    let referenceData: ReferenceData

    /// Years of history before the reference date.
    static let windowYears = 5

    func patient(_ index: Int) -> PatientRecord? {
        var random = SeededGenerator(seed: seed, stream: 1, index: UInt64(index))
        guard let person = makePerson(index, &random) else { return nil }
        var record = PatientRecord(index: index, person: person)
        var builder = RecordBuilder(record: record, reference: reference, random: random, referenceData: referenceData)
        builder.build()
        record = builder.record
        return record
    }

    private func makePerson(_ index: Int, _ random: inout SeededGenerator) -> PatientRecord.Person? {
        guard let ssn = SyntheticIdentifiers.ssn(index: index, seed: seed) else { return nil }
        let id = random.uuid()
        let female = random.chance(505)
        let band = random.pick(PeopleTables.ageBands.map { ($0.range, $0.permille) })
        let age = random.int(band)
        let birth = reference.adding(years: -age).adding(days: -random.int(1...364))
        let windowStart = max(birth, reference.adding(years: -Self.windowYears))
        let death = deathDate(birth: birth, from: windowStart, &random)
        let place = random.element(PeopleTables.places)
        let birthplace = random.element(PeopleTables.places)
        let first = random.element(female ? PeopleTables.femaleNames : PeopleTables.maleNames)
        let middle = random.element(female ? PeopleTables.femaleNames : PeopleTables.maleNames)
        let last = random.element(PeopleTables.surnames)
        let adult = age >= 18
        let marital = adult ? random.pick([("M", 50), ("S", 35), ("D", 10), ("W", 5)]) : ""
        let income = random.int(12...180) * 1000
        var unit = ""
        if random.chance(200) { unit = " Unit \(random.int(1...40))" }
        let street = "\(random.int(1...9899)) \(random.element(PeopleTables.streetNames)) \(random.element(PeopleTables.streetSuffixes))"
        return PatientRecord.Person(
            id: id, birth: birth, death: death, ssn: ssn, mrn: SyntheticIdentifiers.mrn(index: index, prefix: mrnPrefix),
            mbi: age >= 65 ? SyntheticIdentifiers.mbi(index: index) : nil,
            prefix: adult ? (female ? (marital == "M" ? "Mrs." : "Ms.") : "Mr.") : "",
            first: first, middle: middle, last: last,
            maiden: female && marital == "M" ? random.element(PeopleTables.surnames) : "",
            marital: marital, race: random.pick(PeopleTables.races),
            ethnicity: random.chance(PeopleTables.hispanicPermille) ? "hispanic" : "nonhispanic",
            gender: female ? "F" : "M", birthplace: "\(birthplace.city)  \(birthplace.state)  US",
            address: street + unit, place: place, phone: SyntheticIdentifiers.phone(areaCode: place.areaCode, &random),
            email: SyntheticIdentifiers.email(first: first, last: last, index: index), income: income,
            payer: referenceData.payer(age: age, income: income, &random))
    }

    /// A death inside the window, drawn year by year from the life-table rate for the patient's age.
    private func deathDate(birth: CivilDate, from start: CivilDate, _ random: inout SeededGenerator) -> CivilDate? {
        var day = start
        while day < reference {
            let age = birth.years(until: day)
            let rate = ClinicalTables.annualDeathPer10k.last { $0.age <= age }?.rate ?? 5
            let yearEnd = min(day.adding(years: 1), reference)
            if random.int(0...9999) < rate * (yearEnd.day - day.day) / 365 {
                return day.adding(days: random.int(0...max(0, yearEnd.day - day.day - 1)))
            }
            day = yearEnd
        }
        return nil
    }
}
