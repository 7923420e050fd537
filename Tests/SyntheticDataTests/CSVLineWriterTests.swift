import PropertyBased
@testable import SyntheticData
import Testing

/// The byte-level CSV writer: any text survives a write and a parse, and numbers print as the
/// answers' SQL reads them.
@Suite struct CSVLineWriterTests {
    static let pieces = ["", "a", "Smith, John", "say \"hi\"", "line\nbreak", "cr\r", "ünï ✓", ",", "\"", "E11.9", "  "]
    static let fields = Gen.element(of: pieces).array(of: 0...6).map { $0.compactMap { $0 } }.array(of: 1...8)

    @Test func textFieldsRoundTripThroughTheParser() async {
        await propertyCheck(count: 200, input: Self.fields.array(of: 1...4)) { lines in
            var writer = CSVLineWriter()
            let expected = lines.map { $0.map { $0.joined() } }
            for fields in expected {
                for field in fields { writer.text(field) }
                writer.endLine()
            }
            let text = String(decoding: writer.bytes, as: UTF8.self)
            // Line breaks inside quoted fields are written verbatim; compare against the same join.
            var reference: [UInt8] = []
            for fields in expected { CSVFormat.append(fields, to: &reference) }
            #expect(writer.bytes == reference)
            if !expected.joined().contains(where: { $0.contains("\n") || $0.contains("\r") }) {
                let parsed = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { CSVFormat.fields($0) }
                #expect(parsed == expected)
            }
        }
    }

    @Test func numbersDatesAndTimestampsPrintAsBefore() {
        var writer = CSVLineWriter()
        writer.money(0); writer.money(5); writer.money(1234); writer.money(100_000_07)
        writer.tenths(72); writer.tenths(0); writer.tenths(1405)
        writer.int(0); writer.int(-42); writer.int(Int.max)
        writer.date(CivilDate(year: 1999, month: 12, day: 31))
        writer.timestamp(CivilDate(year: 2024, month: 2, day: 29), 3600 * 13 + 60 * 7 + 9)
        writer.timestamp(CivilDate(year: 2024, month: 2, day: 29), 90_000)
        writer.empty()
        writer.endLine()
        #expect(String(decoding: writer.bytes, as: UTF8.self) ==
            "0.00,0.05,12.34,100000.07,7.2,0.0,140.5,0,-42,\(Int.max),1999-12-31,2024-02-29T13:07:09Z,2024-02-29T23:59:59Z,\n")
        let date = CivilDate(year: 2031, month: 7, day: 4)
        #expect(date.iso == "2031-07-04" && date.timestamp(36000) == "2031-07-04T10:00:00Z")
        #expect(CSVFormat.money(1234) == "12.34" && CSVFormat.tenths(1405) == "140.5")
    }
}

/// The CSV headers are Synthea 3.3's (what OHDSI's ETL-Synthea reads for `syntheaVersion = "3.3.0"`),
/// transcribed here column by column, plus SPEC's trailing NPI on providers and organizations.
@Suite struct SyntheaLayoutTests {
    static let synthea33: [String: String] = [
        "patients": "Id,BIRTHDATE,DEATHDATE,SSN,DRIVERS,PASSPORT,PREFIX,FIRST,MIDDLE,LAST,SUFFIX,MAIDEN,MARITAL,RACE,ETHNICITY,GENDER,"
            + "BIRTHPLACE,ADDRESS,CITY,STATE,COUNTY,FIPS,ZIP,LAT,LON,HEALTHCARE_EXPENSES,HEALTHCARE_COVERAGE,INCOME",
        "encounters": "Id,START,STOP,PATIENT,ORGANIZATION,PROVIDER,PAYER,ENCOUNTERCLASS,CODE,DESCRIPTION,BASE_ENCOUNTER_COST,"
            + "TOTAL_CLAIM_COST,PAYER_COVERAGE,REASONCODE,REASONDESCRIPTION",
        "conditions": "START,STOP,PATIENT,ENCOUNTER,SYSTEM,CODE,DESCRIPTION",
        "medications": "START,STOP,PATIENT,PAYER,ENCOUNTER,CODE,DESCRIPTION,BASE_COST,PAYER_COVERAGE,DISPENSES,TOTALCOST,REASONCODE,"
            + "REASONDESCRIPTION",
        "observations": "DATE,PATIENT,ENCOUNTER,CATEGORY,CODE,DESCRIPTION,VALUE,UNITS,TYPE",
        "immunizations": "DATE,PATIENT,ENCOUNTER,CODE,DESCRIPTION,BASE_COST",
        "allergies": "START,STOP,PATIENT,ENCOUNTER,CODE,SYSTEM,DESCRIPTION,TYPE,CATEGORY,REACTION1,DESCRIPTION1,SEVERITY1,REACTION2,"
            + "DESCRIPTION2,SEVERITY2",
        "procedures": "START,STOP,PATIENT,ENCOUNTER,SYSTEM,CODE,DESCRIPTION,BASE_COST,REASONCODE,REASONDESCRIPTION",
        "providers": "Id,ORGANIZATION,NAME,GENDER,SPECIALITY,ADDRESS,CITY,STATE,ZIP,LAT,LON,ENCOUNTERS,PROCEDURES",
        "organizations": "Id,NAME,ADDRESS,CITY,STATE,ZIP,LAT,LON,PHONE,REVENUE,UTILIZATION",
        "payers": "Id,NAME,OWNERSHIP,ADDRESS,CITY,STATE_HEADQUARTERED,ZIP,PHONE,AMOUNT_COVERED,AMOUNT_UNCOVERED,REVENUE,"
            + "COVERED_ENCOUNTERS,UNCOVERED_ENCOUNTERS,COVERED_MEDICATIONS,UNCOVERED_MEDICATIONS,COVERED_PROCEDURES,"
            + "UNCOVERED_PROCEDURES,COVERED_IMMUNIZATIONS,UNCOVERED_IMMUNIZATIONS,UNIQUE_CUSTOMERS,QOLS_AVG,MEMBER_MONTHS",
    ]

    @Test func everyTableHasSynthea33sColumnsInOrder() {
        #expect(Set(SyntheaTables.all.map(\.name)) == Set(Self.synthea33.keys))
        for table in SyntheaTables.all {
            let extra = ["providers", "organizations"].contains(table.name) ? ",NPI" : ""
            #expect(table.columns.map(\.0).joined(separator: ",") == (Self.synthea33[table.name] ?? "") + extra, "\(table.name)")
        }
    }

    @Test func conditionAndProcedureRowsCarryTheirCodeSystem() throws {
        let referenceData = ReferenceData(seed: 3)
        let generator = PatientGenerator(seed: 3, reference: CivilDate(year: 2026, month: 1, day: 1), mrnPrefix: "SYN",
                                         referenceData: referenceData)
        var tables = Array(repeating: CSVLineWriter(), count: SyntheaTables.patientTables.count)
        var conditions = 0, procedures = 0
        for index in 0..<200 {
            guard let record = generator.patient(index) else { continue }
            RowRenderer(referenceData: referenceData).append(record, to: &tables)
            conditions += record.conditions.count
            procedures += record.procedures.count
        }
        #expect(conditions > 0 && procedures > 0)
        let conditionRows = String(decoding: tables[2].bytes, as: UTF8.self).split(separator: "\n").map { CSVFormat.fields($0) }
        #expect(conditionRows.count == conditions)
        #expect(conditionRows.allSatisfy { $0.count == 7 && $0[4] == "http://hl7.org/fhir/sid/icd-10-cm" })
        let procedureRows = String(decoding: tables[7].bytes, as: UTF8.self).split(separator: "\n").map { CSVFormat.fields($0) }
        #expect(procedureRows.count == procedures)
        #expect(procedureRows.allSatisfy { $0.count == 10 && $0[4].hasPrefix("https://www.cms.gov/") })
    }
}
