import Foundation

/// Writes organizations, providers and payers with their aggregate columns, taken from the tally
/// (so a merge, which adds shards' tallies, writes exactly what the unsharded run wrote).
struct ReferenceTableWriter {
    let referenceData: ReferenceData

    static func accumulate(_ record: PatientRecord, renderer: RowRenderer, into tally: inout Tally) {
        let payer = record.person.payer
        let coverage = renderer.coveragePermille(payer)
        var covered = 0
        var months = 0
        for encounter in record.encounters {
            tally.add(Keys.providerEncounters[encounter.provider])
            tally.add(Keys.organizationRevenue[encounter.organization], encounter.cost)
            tally.add(Keys.organizationUtilization[encounter.organization])
            covered += encounter.cost * coverage / 1000
        }
        if !record.encounters.isEmpty {
            let expenses = record.encounters.reduce(0) { $0 + $1.cost }
            tally.add("payer.covered:\(payer)", covered)
            tally.add("payer.uncovered:\(payer)", expenses - covered)
            tally.add(coverage > 0 ? "payer.covered-encounters:\(payer)" : "payer.uncovered-encounters:\(payer)", record.encounters.count)
        }
        for procedure in record.procedures { tally.add(Keys.providerProcedures[record.encounters[procedure.encounter].provider]) }
        tally.add(coverage > 0 ? "payer.covered-medications:\(payer)" : "payer.uncovered-medications:\(payer)", record.medications.count)
        tally.add(coverage > 0 ? "payer.covered-procedures:\(payer)" : "payer.uncovered-procedures:\(payer)", record.procedures.count)
        tally.add(coverage > 0 ? "payer.covered-immunizations:\(payer)" : "payer.uncovered-immunizations:\(payer)", record.immunizations.count)
        tally.add("payer.customers:\(payer)")
        if let first = record.encounters.first, let last = record.encounters.last { months = (last.start.day - first.start.day) / 30 + 1 }
        tally.add("payer.member-months:\(payer)", months)
    }

    /// Per-encounter tally keys, built once: interpolating them for every encounter was a tenth of
    /// the generation time.
    private enum Keys {
        static let providers = ReferenceData.organizationCount * ReferenceData.providersPerOrganization
        static let providerEncounters = (0..<providers).map { "provider.encounters:\($0)" }
        static let providerProcedures = (0..<providers).map { "provider.procedures:\($0)" }
        static let organizationRevenue = (0..<ReferenceData.organizationCount).map { "organization.revenue:\($0)" }
        static let organizationUtilization = (0..<ReferenceData.organizationCount).map { "organization.utilization:\($0)" }
    }

    func write(into folder: URL, tally: Tally, digests: inout FileDigests) throws {
        let organizations = referenceData.organizations.enumerated().map { index, organization in
            CSVFormat.line([organization.id, organization.name, organization.address, organization.place.city, organization.place.state,
                            organization.place.zip, organization.place.latitude, organization.place.longitude, organization.phone,
                            CSVFormat.money(tally["organization.revenue:\(index)"]), String(tally["organization.utilization:\(index)"]),
                            organization.npi])
        }
        let providers = referenceData.providers.enumerated().map { index, provider in
            CSVFormat.line([provider.id, referenceData.organizations[provider.organization].id, provider.name, provider.gender,
                            provider.speciality, provider.address, provider.place.city, provider.place.state, provider.place.zip,
                            provider.place.latitude, provider.place.longitude, String(tally["provider.encounters:\(index)"]),
                            String(tally["provider.procedures:\(index)"]), provider.npi])
        }
        let payers = referenceData.payers.enumerated().map { index, payer in
            let covered = tally["payer.covered:\(index)"], uncovered = tally["payer.uncovered:\(index)"]
            return CSVFormat.line([payer.id, payer.name, payer.ownership, payer.address, payer.address.isEmpty ? "" : payer.place.city,
                                   payer.address.isEmpty ? "" : payer.place.state, payer.address.isEmpty ? "" : payer.place.zip, payer.phone,
                                   CSVFormat.money(covered), CSVFormat.money(uncovered), CSVFormat.money(covered),
                                   String(tally["payer.covered-encounters:\(index)"]), String(tally["payer.uncovered-encounters:\(index)"]),
                                   String(tally["payer.covered-medications:\(index)"]), String(tally["payer.uncovered-medications:\(index)"]),
                                   String(tally["payer.covered-procedures:\(index)"]), String(tally["payer.uncovered-procedures:\(index)"]),
                                   String(tally["payer.covered-immunizations:\(index)"]), String(tally["payer.uncovered-immunizations:\(index)"]),
                                   String(tally["payer.customers:\(index)"]), "0.0", String(tally["payer.member-months:\(index)"])])
        }
        for (table, rows) in [(SyntheaTables.organizations, organizations), (SyntheaTables.providers, providers), (SyntheaTables.payers, payers)] {
            let file = try BufferedFile(folder.appendingPathComponent("csv/\(table.name).csv"))
            try file.write(table.header)
            try rows.forEach(file.write)
            digests.add(try file.close())
        }
    }
}
