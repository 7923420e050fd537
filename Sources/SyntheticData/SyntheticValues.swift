/// `phiguard synth value KIND`: single clearly-synthetic values for ad-hoc fixtures.
public enum SyntheticValues {

    public enum Kind: String, Sendable, CaseIterable {
        case name, ssn, mrn, npi, mbi, dea, phone, email, address, dob, icd10, loinc, rxnorm
        case patientID = "patient-id", healthPlanID = "health-plan-id", claimNumber = "claim-number"
        case accountNumber = "account-number", licenseNumber = "license-number", deviceID = "device-id", vin
        case ipAddress = "ip-address", url
    }

    /// `count` values of `kind` from `seed`, one per line's worth.
    public static func values(_ kind: Kind, count: Int, seed: UInt64, mrnPrefix: String = "SYN") -> [String] {
        (0..<max(0, count)).map { index in
            var random = SeededGenerator(seed: seed, stream: 50, index: UInt64(index))
            let female = random.chance(500)
            let first = random.element(female ? PeopleTables.femaleNames : PeopleTables.maleNames)
            let last = random.element(PeopleTables.surnames)
            let place = random.element(PeopleTables.places)
            switch kind {
            case .name: return "\(first) \(last)"
            case .ssn: return SyntheticIdentifiers.ssn(index: index % SyntheticIdentifiers.ssnCapacity, seed: seed) ?? ""
            case .mrn: return SyntheticIdentifiers.mrn(index: index, prefix: mrnPrefix)
            case .npi: return SyntheticIdentifiers.npi(index: Int(random.next() % 100_000_000), first: 9)
            case .mbi: return SyntheticIdentifiers.mbi(index: Int(random.next() % 1_000_000_000))
            case .dea: return SyntheticIdentifiers.dea(index: Int(random.next() % 1_000_000), lastName: last)
            case .phone: return SyntheticIdentifiers.phone(areaCode: place.areaCode, &random)
            case .email: return SyntheticIdentifiers.email(first: first, last: last, index: index)
            case .address:
                return "\(random.int(1...9899)) \(random.element(PeopleTables.streetNames)) \(random.element(PeopleTables.streetSuffixes)), "
                    + "\(place.city), \(place.state) \(place.zip)"
            case .dob: return CivilDate(day: random.int(CivilDate(year: 1930, month: 1, day: 1).day...CivilDate(year: 2020, month: 12, day: 31).day)).iso
            case .icd10:
                let condition = random.element(ClinicalTables.conditions).code
                return "\(condition.code)\t\(condition.display)"
            case .loinc:
                let lab = random.element([ClinicalTables.hba1c.code, ClinicalTables.egfr.code, ClinicalTables.cholesterol.code,
                                          ClinicalTables.systolic.code, ClinicalTables.diastolic.code, ClinicalTables.bmi.code,
                                          ClinicalTables.bodyHeight, ClinicalTables.bodyWeight])
                return "\(lab.code)\t\(lab.display)"
            case .rxnorm:
                let medication = random.element(ClinicalTables.conditions.compactMap(\.medication))
                return "\(medication.code)\t\(medication.display)"
            case .patientID, .healthPlanID, .claimNumber, .accountNumber, .licenseNumber, .deviceID:
                return SyntheticIdentifiers.keyed(kind.letter, index: index, seed: seed, prefix: mrnPrefix)
            case .vin: return SyntheticIdentifiers.vin(&random)
            case .ipAddress: return SyntheticIdentifiers.documentationAddress(&random)
            case .url:
                return "https://portal.example.org/patients/" + SyntheticIdentifiers.keyed("P", index: index, seed: seed, prefix: mrnPrefix)
            }
        }
    }
}

extension SyntheticValues.Kind {
    /// The letter after the synthetic prefix that tells keyed ids apart (`SYNP…` a patient id, `SYNC…` a claim).
    var letter: String {
        switch self {
        case .patientID: "P"
        case .healthPlanID: "M"
        case .claimNumber: "C"
        case .accountNumber: "A"
        case .licenseNumber: "L"
        case .deviceID: "D"
        default: ""
        }
    }
}
