/// Fills a patient's record: conditions first (by prevalence at the patient's age and sex), then the
/// encounters of the window and what happens at each.
struct RecordBuilder {
    var record: PatientRecord
    let reference: CivilDate
    var random: SeededGenerator
    let referenceData: ReferenceData

    private var person: PatientRecord.Person { record.person }
    private var lastDay: CivilDate { record.lastDay(reference) }
    private var windowStart: CivilDate { max(person.birth, reference.adding(years: -PatientGenerator.windowYears)) }

    /// Conditions with their onset dates, before encounters exist.
    private var onsets: [(condition: ClinicalTables.Condition, date: CivilDate)] = []

    init(record: PatientRecord, reference: CivilDate, random: SeededGenerator, referenceData: ReferenceData) {
        self.record = record
        self.reference = reference
        self.random = random
        self.referenceData = referenceData
    }

    mutating func build() {
        drawConditions()
        planEncounters()
        recordConditionsAndMedications()
        recordAllergies()
    }

    private mutating func drawConditions() {
        let age = person.birth.years(until: lastDay)
        for condition in ClinicalTables.conditions where age >= condition.onsetAge {
            guard let band = condition.prevalence.last(where: { $0.age <= age }) else { continue }
            guard random.chance(person.gender == "F" ? band.female : band.male) else { continue }
            let onsetAge = random.int(condition.onsetAge...age)
            let onset = min(person.birth.adding(years: onsetAge).adding(days: random.int(0...364)), lastDay)
            onsets.append((condition, onset))
        }
    }

    private func hasCondition(_ key: String, on date: CivilDate) -> Bool {
        onsets.contains { $0.condition.key == key && $0.date <= date }
    }

    // MARK: encounters

    private mutating func planEncounters() {
        var plan: [(date: CivilDate, kind: String, reason: ClinicalTables.Code?)] = []
        // Childhood doses inside the window each get a well-child visit on their day.
        for (_, days) in ClinicalTables.childhood {
            for day in days {
                let date = person.birth.adding(days: day)
                if date >= windowStart, date <= lastDay { plan.append((date, "wellness", nil)) }
            }
        }
        var year = windowStart.year
        while year <= lastDay.year {
            let yearStart = max(CivilDate(year: year, month: 1, day: 1), windowStart)
            let yearEnd = min(CivilDate(year: year, month: 12, day: 31), lastDay)
            if yearStart <= yearEnd {
                plan.append((randomDay(yearStart, yearEnd), "wellness", nil))
                for onset in onsets where onset.date <= yearEnd {
                    plan.append((randomDay(max(yearStart, onset.date), yearEnd), "ambulatory", onset.condition.code))
                }
                if random.chance(80) { plan.append((randomDay(yearStart, yearEnd), "emergency", nil)) }
                let age = person.birth.years(until: yearEnd)
                if random.chance(age >= 50 ? 60 : 25) { plan.append((randomDay(yearStart, yearEnd), "inpatient", onsets.first?.condition.code)) }
            }
            year += 1
        }
        if let death = person.death {
            // Nothing happens on the day of death after the death itself.
            plan = plan.filter { $0.date < death }
            plan.append((death, "death", nil))
        }
        var seenWellnessDays = Set<Int>()
        plan = plan.filter { $0.kind != "wellness" || seenWellnessDays.insert($0.date.day).inserted }
        plan.sort { ($0.date, $0.kind) < ($1.date, $1.kind) }
        var index = 0
        while index < plan.count {
            let entry = plan[index]
            addEncounter(entry.date, entry.kind, entry.reason)
            // A readmission within 30 days for some inpatient stays.
            if entry.kind == "inpatient", random.chance(150), let stay = record.encounters.last {
                let readmission = stay.stop.adding(days: random.int(3...27))
                if readmission <= lastDay, person.death.map({ readmission < $0 }) ?? true {
                    plan.insert((readmission, "inpatient", entry.reason), at: plan.firstIndex { $0.date > readmission } ?? plan.count)
                }
            }
            index += 1
        }
    }

    private mutating func randomDay(_ start: CivilDate, _ end: CivilDate) -> CivilDate {
        CivilDate(day: random.int(start.day...max(start.day, end.day)))
    }

    private var wellnessCount = 0
    private var lastScreening: [String: CivilDate] = [:]
    private var adultVaccinesGiven = Set<String>()
    private var covidGiven = false

    private mutating func addEncounter(_ date: CivilDate, _ kind: String, _ reason: ClinicalTables.Code?) {
        let organization = record.index % referenceData.organizations.count
        let provider = organization * ReferenceData.providersPerOrganization
            + (kind == "wellness" ? 0 : random.int(0...(ReferenceData.providersPerOrganization - 1)))
        let startSeconds = random.int(8...17) * 3600 + random.int(0...59) * 60
        var stop = date, stopSeconds = startSeconds + random.int(15...45) * 60
        var code = ClinicalTables.clinicVisit, cost = random.int(80...200) * 100
        switch kind {
        case "wellness":
            code = wellnessCount == 0 ? ClinicalTables.wellnessInitial : ClinicalTables.wellnessSubsequent
            wellnessCount += 1
            cost = random.int(120...180) * 100
        case "emergency":
            code = ClinicalTables.emergencyVisit
            stopSeconds = startSeconds + random.int(2...6) * 3600
            cost = random.int(600...2400) * 100
        case "inpatient", "death":
            code = ClinicalTables.observationStay
            stop = min(date.adding(days: kind == "death" ? 0 : random.int(1...5)), lastDay)
            cost = random.int(3000...15000) * 100
        default:
            break
        }
        if stop == date { stopSeconds = min(stopSeconds, 86399) }
        let encounter = PatientRecord.Encounter(
            id: random.uuid(), start: date, startSeconds: startSeconds, stop: stop, stopSeconds: stopSeconds,
            organization: organization, provider: provider,
            encounterClass: kind == "death" ? "inpatient" : kind, code: code, reason: reason, cost: cost)
        record.encounters.append(encounter)
        let position = record.encounters.count - 1
        switch kind {
        case "wellness": wellness(at: position)
        case "ambulatory": followUp(at: position, reason: reason)
        case "death": certifyDeath(at: position)
        default: vitals(at: position)
        }
    }

    private mutating func observe(_ position: Int, _ category: String, _ code: ClinicalTables.Code, _ tenths: Int, _ unit: String) {
        let encounter = record.encounters[position]
        record.observations.append(.init(date: encounter.start, seconds: encounter.startSeconds, encounter: position,
                                         category: category, code: code, tenths: tenths, text: nil, unit: unit))
    }

    private mutating func observe(_ position: Int, _ lab: ClinicalTables.Lab, condition: String, category: String = "laboratory") {
        let date = record.encounters[position].start
        let range = hasCondition(condition, on: date) ? lab.withCondition : lab.without
        observe(position, category, lab.code, random.int(range), lab.unit)
    }

    private mutating func vitals(at position: Int) {
        let date = record.encounters[position].start
        let age = person.birth.years(until: date)
        let heightTenths: Int = age >= 18
            ? (person.gender == "F" ? random.int(1540...1750) : random.int(1650...1900))
            : min(1750, 500 + age * 60 + random.int(0...80))
        let bmiTenths = age >= 2 ? random.int(hasCondition("obesity", on: date) ? ClinicalTables.bmi.withCondition : (age >= 18 ? 190...299 : 150...240)) : 160
        // weight (kg, tenths) = BMI × height² (height in metres).
        let weightTenths = bmiTenths * heightTenths * heightTenths / 1_000_000
        observe(position, "vital-signs", ClinicalTables.bodyHeight, heightTenths, "cm")
        observe(position, "vital-signs", ClinicalTables.bodyWeight, weightTenths, "kg")
        if age >= 2 { observe(position, "vital-signs", ClinicalTables.bmi.code, bmiTenths, ClinicalTables.bmi.unit) }
        if age >= 3 {
            observe(position, ClinicalTables.diastolic, condition: "hypertension", category: "vital-signs")
            observe(position, ClinicalTables.systolic, condition: "hypertension", category: "vital-signs")
        }
    }

    private mutating func wellness(at position: Int) {
        vitals(at: position)
        let encounter = record.encounters[position]
        let age = person.birth.years(until: encounter.start)
        if age >= 40 {
            observe(position, ClinicalTables.hba1c, condition: "diabetes")
            observe(position, ClinicalTables.cholesterol, condition: "hyperlipidemia")
            observe(position, ClinicalTables.egfr, condition: "ckd")
        }
        immunize(at: position, age: age)
        for screening in ClinicalTables.screenings where age >= screening.age && (screening.sex.map { $0 == person.gender } ?? true) {
            let due = lastScreening[screening.code.code].map { $0.adding(years: screening.everyYears) <= encounter.start } ?? true
            if due {
                record.procedures.append(.init(date: encounter.start, encounter: position, code: screening.code, cost: random.int(50...900) * 100))
                lastScreening[screening.code.code] = encounter.start
            }
        }
    }

    private mutating func immunize(at position: Int, age: Int) {
        let date = record.encounters[position].start
        for (code, days) in ClinicalTables.childhood where days.contains(date.day - person.birth.day) {
            record.immunizations.append(.init(date: date, encounter: position, code: code))
        }
        if date.day - person.birth.day >= 183, random.chance(600) {
            record.immunizations.append(.init(date: date, encounter: position, code: ClinicalTables.influenza))
        }
        if !covidGiven, age >= 5, (2021...2023).contains(date.year), random.chance(700) {
            covidGiven = true
            record.immunizations.append(.init(date: date, encounter: position, code: ClinicalTables.covid))
        }
        for vaccine in ClinicalTables.adolescentAndAdult where age >= vaccine.age && !adultVaccinesGiven.contains(vaccine.code.code) {
            if vaccine.code.code == "62", age > 26 { continue }
            adultVaccinesGiven.insert(vaccine.code.code)
            record.immunizations.append(.init(date: date, encounter: position, code: vaccine.code))
        }
    }

    private mutating func followUp(at position: Int, reason: ClinicalTables.Code?) {
        vitals(at: position)
        guard let reason, let condition = ClinicalTables.conditions.first(where: { $0.code == reason }), let lab = condition.lab,
              lab.code != ClinicalTables.systolic.code, lab.code != ClinicalTables.bmi.code
        else { return }
        observe(position, lab, condition: condition.key)
    }

    private mutating func certifyDeath(at position: Int) {
        let keys = Set(onsets.map(\.condition.key))
        let likely = ClinicalTables.causesOfDeath.filter { $0.condition.map(keys.contains) ?? false }
        let cause = likely.isEmpty ? random.element(ClinicalTables.causesOfDeath.filter { $0.condition == nil }).code : random.element(likely).code
        let encounter = record.encounters[position]
        record.observations.append(.init(date: encounter.start, seconds: encounter.startSeconds, encounter: position,
                                         category: "exam", code: ClinicalTables.causeOfDeath, tenths: nil,
                                         text: cause.code, unit: ""))
    }

    // MARK: conditions and medications

    private mutating func recordConditionsAndMedications() {
        guard !record.encounters.isEmpty else { return }
        for onset in onsets {
            // Diagnosed at the first encounter on or after onset, or the first of the window for an older diagnosis.
            let position = record.encounters.firstIndex { $0.start >= onset.date } ?? 0
            let diagnosed = record.encounters[position].start
            record.conditions.append(.init(key: onset.condition.key, code: onset.condition.code,
                                           start: min(onset.date, diagnosed), encounter: position))
            guard let medication = onset.condition.medication else { continue }
            let months = max(1, (lastDay.day - diagnosed.day) / 30)
            record.medications.append(.init(code: medication, start: diagnosed, stop: person.death, encounter: position,
                                            reason: onset.condition.code, dispenses: months, cost: random.int(4...90) * 100))
        }
        record.conditions.sort { ($0.start, $0.code.code) < ($1.start, $1.code.code) }
        record.medications.sort { ($0.start, $0.code.code) < ($1.start, $1.code.code) }
    }

    private mutating func recordAllergies() {
        guard let first = record.encounters.first else { return }
        for allergy in ClinicalTables.allergies where random.chance(allergy.permille) {
            let start = CivilDate(day: random.int(person.birth.day...first.start.day))
            record.allergies.append(.init(start: start, encounter: 0, code: allergy.code, category: allergy.category))
        }
    }
}
