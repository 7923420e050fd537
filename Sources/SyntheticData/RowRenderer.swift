/// A patient's record as CSV lines, one list per table in `SyntheaTables.patientTables` order.
struct RowRenderer: Sendable {
    let referenceData: ReferenceData

    /// Share of a claim each payer pays, per 1,000 (Medicare, Medicaid, private plans, no insurance).
    func coveragePermille(_ payer: Int) -> Int {
        switch referenceData.payers[payer].ownership {
        case "NO_INSURANCE": 0
        case "GOVERNMENT": payer == 0 ? 800 : 900
        default: 700
        }
    }

    /// Appends a patient's CSV lines to `tables`, one writer per table in `SyntheaTables.patientTables` order.
    /// Ids, codes and code systems go through `plain` (they never need quoting); free text through `text`.
    func append(_ record: PatientRecord, to tables: inout [CSVLineWriter]) {
        let person = record.person
        let payer = referenceData.payers[person.payer]
        let coverage = coveragePermille(person.payer)
        let expenses = record.encounters.reduce(0) { $0 + $1.cost }
        let covered = expenses * coverage / 1000
        tables[0].patient(person, expenses: expenses, covered: covered)
        for encounter in record.encounters {
            tables[1].plain(encounter.id)
            tables[1].timestamp(encounter.start, encounter.startSeconds)
            tables[1].timestamp(encounter.stop, encounter.stopSeconds)
            tables[1].plains(person.id, referenceData.organizations[encounter.organization].id,
                             referenceData.providers[encounter.provider].id, payer.id, encounter.encounterClass, encounter.code.code)
            tables[1].text(encounter.code.display)
            tables[1].money(encounter.cost)
            tables[1].money(encounter.cost)
            tables[1].money(encounter.cost * coverage / 1000)
            tables[1].plain(encounter.reason?.code ?? "")
            tables[1].text(encounter.reason?.display ?? "")
            tables[1].endLine()
        }
        let id = { (position: Int) in record.encounters[position].id }
        for condition in record.conditions {
            tables[2].date(condition.start)
            tables[2].plains("", person.id, id(condition.encounter), condition.code.system, condition.code.code)
            tables[2].text(condition.code.display)
            tables[2].endLine()
        }
        for medication in record.medications {
            tables[3].timestamp(medication.start, 36000)
            if let stop = medication.stop { tables[3].timestamp(stop, 36000) } else { tables[3].empty() }
            tables[3].plains(person.id, payer.id, id(medication.encounter), medication.code.code)
            tables[3].text(medication.code.display)
            tables[3].money(medication.cost)
            tables[3].money(medication.cost * medication.dispenses * coverage / 1000)
            tables[3].int(medication.dispenses)
            tables[3].money(medication.cost * medication.dispenses)
            tables[3].plain(medication.reason.code)
            tables[3].text(medication.reason.display)
            tables[3].endLine()
        }
        for observation in record.observations {
            tables[4].timestamp(observation.date, observation.seconds)
            tables[4].plains(person.id, id(observation.encounter), observation.category, observation.code.code)
            tables[4].text(observation.code.display)
            if let tenths = observation.tenths { tables[4].tenths(tenths) } else { tables[4].text(observation.text ?? "") }
            tables[4].text(observation.unit)
            tables[4].plain(observation.tenths == nil ? "text" : "numeric")
            tables[4].endLine()
        }
        for immunization in record.immunizations {
            tables[5].timestamp(immunization.date, record.encounters[immunization.encounter].startSeconds)
            tables[5].plains(person.id, id(immunization.encounter), immunization.code.code)
            tables[5].text(immunization.code.display)
            tables[5].plain("136.00")
            tables[5].endLine()
        }
        for allergy in record.allergies {
            tables[6].date(allergy.start)
            tables[6].plains("", person.id, id(allergy.encounter), allergy.code.code,
                             allergy.code.system.contains("rxnorm") ? "RxNorm" : "ICD-10-CM")
            tables[6].text(allergy.code.display)
            tables[6].texts("allergy", allergy.category, "", "", "", "", "", "")
            tables[6].endLine()
        }
        for procedure in record.procedures {
            let encounter = record.encounters[procedure.encounter]
            tables[7].timestamp(encounter.start, encounter.startSeconds)
            tables[7].timestamp(encounter.stop, encounter.stopSeconds)
            tables[7].plains(person.id, encounter.id, procedure.code.system, procedure.code.code)
            tables[7].text(procedure.code.display)
            tables[7].money(procedure.cost)
            tables[7].texts("", "")
            tables[7].endLine()
        }
    }
}

private extension CSVLineWriter {
    mutating func texts(_ values: String...) {
        for value in values { text(value) }
    }

    mutating func plains(_ values: String...) {
        for value in values { plain(value) }
    }

    mutating func patient(_ person: PatientRecord.Person, expenses: Int, covered: Int) {
        plain(person.id)
        date(person.birth)
        if let death = person.death { date(death) } else { empty() }
        texts(person.ssn, "", "", person.prefix, person.first, person.middle, person.last, "", person.maiden, person.marital,
              person.race, person.ethnicity, person.gender, person.birthplace, person.address, person.place.city,
              person.place.state, person.place.county, person.place.fips, person.place.zip, person.place.latitude,
              person.place.longitude)
        money(expenses - covered)
        money(covered)
        int(person.income)
        endLine()
    }
}
