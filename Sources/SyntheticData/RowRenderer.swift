/// A patient's record as CSV lines, one list per table in `SyntheaTables.patientTables` order.
struct RowRenderer {
    let referenceData: ReferenceData

    /// Share of a claim each payer pays, per 1,000 (Medicare, Medicaid, private plans, no insurance).
    func coveragePermille(_ payer: Int) -> Int {
        switch referenceData.payers[payer].ownership {
        case "NO_INSURANCE": 0
        case "GOVERNMENT": payer == 0 ? 800 : 900
        default: 700
        }
    }

    func rows(_ record: PatientRecord) -> [[UInt8]] {
        let person = record.person
        let payer = referenceData.payers[person.payer]
        let coverage = coveragePermille(person.payer)
        let expenses = record.encounters.reduce(0) { $0 + $1.cost }
        let covered = expenses * coverage / 1000
        let patient = line([
            person.id, person.birth.iso, person.death?.iso ?? "", person.ssn, "", "", person.prefix, person.first,
            person.middle, person.last, "", person.maiden, person.marital, person.race, person.ethnicity, person.gender,
            person.birthplace, person.address, person.place.city, person.place.state, person.place.county, person.place.fips,
            person.place.zip, person.place.latitude, person.place.longitude, CSVFormat.money(expenses - covered),
            CSVFormat.money(covered), String(person.income),
        ])
        let encounters = record.encounters.map { encounter in
            line([
                encounter.id, encounter.start.timestamp(encounter.startSeconds), encounter.stop.timestamp(encounter.stopSeconds),
                person.id, referenceData.organizations[encounter.organization].id, referenceData.providers[encounter.provider].id,
                payer.id, encounter.encounterClass, encounter.code.code, encounter.code.display, CSVFormat.money(encounter.cost),
                CSVFormat.money(encounter.cost), CSVFormat.money(encounter.cost * coverage / 1000),
                encounter.reason?.code ?? "", encounter.reason?.display ?? "",
            ])
        }
        let id = { (position: Int) in record.encounters[position].id }
        let conditions = record.conditions.map {
            line([$0.start.iso, "", person.id, id($0.encounter), $0.code.code, $0.code.display])
        }
        let medications = record.medications.map { medication in
            line([
                medication.start.timestamp(36000), medication.stop.map { $0.timestamp(36000) } ?? "", person.id, payer.id,
                id(medication.encounter), medication.code.code, medication.code.display, CSVFormat.money(medication.cost),
                CSVFormat.money(medication.cost * medication.dispenses * coverage / 1000), String(medication.dispenses),
                CSVFormat.money(medication.cost * medication.dispenses), medication.reason.code, medication.reason.display,
            ])
        }
        let observations = record.observations.map { observation in
            line([
                observation.date.timestamp(observation.seconds), person.id, id(observation.encounter), observation.category,
                observation.code.code, observation.code.display, observation.tenths.map(CSVFormat.tenths) ?? observation.text ?? "",
                observation.unit, observation.tenths == nil ? "text" : "numeric",
            ])
        }
        let immunizations = record.immunizations.map {
            line([$0.date.timestamp(record.encounters[$0.encounter].startSeconds), person.id, id($0.encounter),
                            $0.code.code, $0.code.display, "136.00"])
        }
        let allergies = record.allergies.map { allergy in
            line([allergy.start.iso, "", person.id, id(allergy.encounter), allergy.code.code,
                            allergy.code.system.contains("rxnorm") ? "RxNorm" : "ICD-10-CM", allergy.code.display, "allergy",
                            allergy.category, "", "", "", "", "", ""])
        }
        let procedures = record.procedures.map { procedure in
            let encounter = record.encounters[procedure.encounter]
            return line([encounter.start.timestamp(encounter.startSeconds), encounter.stop.timestamp(encounter.stopSeconds),
                                   person.id, encounter.id, procedure.code.code, procedure.code.display,
                                   CSVFormat.money(procedure.cost), "", ""])
        }
        return [patient] + [encounters, conditions, medications, observations, immunizations, allergies, procedures].map { $0.flatMap { $0 } }
    }

    private func line(_ fields: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(160)
        CSVFormat.append(fields, to: &bytes)
        return bytes
    }
}
