@testable import SyntheticData
import Testing

/// Clinical coherence of generated records: events inside life, labs that follow conditions,
/// medications that treat them, deaths with causes.
@Suite struct CoherenceTests {
    static let reference = CivilDate(year: 2026, month: 1, day: 1)
    static let records: [PatientRecord] = {
        let generator = PatientGenerator(seed: 99, reference: reference, mrnPrefix: "SYN", referenceData: ReferenceData(seed: 99))
        return (0..<3000).compactMap(generator.patient)
    }()

    @Test func noEventBeforeBirthOrAfterDeath() {
        var events = 0
        for record in Self.records {
            let first = record.person.birth, last = record.lastDay(Self.reference)
            var dates = record.encounters.flatMap { [$0.start, $0.stop] } + record.observations.map(\.date)
                + record.immunizations.map(\.date) + record.procedures.map(\.date) + record.medications.map(\.start)
            dates += record.conditions.map(\.start) + record.allergies.map(\.start)
            events += dates.count
            #expect(dates.allSatisfy { $0 >= first && $0 <= last }, "patient \(record.index)")
        }
        #expect(events > 100_000)
    }

    @Test func labsFollowConditions() {
        var checked = 0
        for record in Self.records {
            for observation in record.observations {
                guard let value = observation.tenths,
                      let lab = [ClinicalTables.hba1c, ClinicalTables.egfr, ClinicalTables.cholesterol].first(where: { $0.code == observation.code }),
                      let condition = ClinicalTables.conditions.first(where: { $0.lab?.code == lab.code })
                else { continue }
                let onset = record.conditions.first { $0.key == condition.key }?.start
                let diagnosed = onset.map { observation.date >= $0 } ?? false
                #expect((diagnosed ? lab.withCondition : lab.without).contains(value) || (onset != nil && !diagnosed),
                        "\(lab.code.code) \(value) for patient \(record.index)")
                checked += 1
            }
        }
        #expect(checked > 1000)
    }

    @Test func medicationsTreatTheirPatientsConditions() {
        for record in Self.records {
            let codes = Set(record.conditions.map(\.code.code))
            #expect(record.medications.allSatisfy { codes.contains($0.reason.code) })
            for medication in record.medications {
                #expect(ClinicalTables.conditions.first { $0.code.code == medication.reason.code }?.medication == medication.code)
            }
        }
    }

    @Test func deathsHaveACauseAndPrevalenceFollowsAge() {
        let deceased = Self.records.filter { $0.person.death != nil }
        #expect(!deceased.isEmpty)
        #expect(deceased.allSatisfy { $0.observations.contains { $0.code == ClinicalTables.causeOfDeath } })
        let age = { (record: PatientRecord) in record.person.birth.years(until: Self.reference) }
        let rate = { (group: [PatientRecord]) in Double(group.filter { $0.conditions.contains { $0.key == "hypertension" } }.count) / Double(max(1, group.count)) }
        let young = Self.records.filter { (18..<40).contains(age($0)) }, old = Self.records.filter { age($0) >= 60 }
        #expect(rate(young) < 0.35 && rate(old) > 0.6)
        #expect(Self.records.filter { age($0) < 18 }.allSatisfy { !$0.conditions.contains { $0.key == "diabetes" } })
    }
}
