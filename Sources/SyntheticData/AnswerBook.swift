import JSONDocument

/// The validated answers: questions an analyst (or an AI assistant's analysis) would be asked, each
/// with its SQLite query and its exact result, computed from the generator's own tallies.
struct AnswerBook: Sendable {
    let reference: CivilDate

    /// The age band of a living patient at the reference date, as the SQL computes it.
    static func band(_ age: Int) -> String { age < 18 ? "0-17" : age < 45 ? "18-44" : age < 65 ? "45-64" : "65+" }

    /// Per-encounter tally keys, built once rather than interpolated for every encounter.
    private static let yearKeys = (1900...2300).map { "enc.year:\($0)" }
    private static let classKeys = Dictionary(uniqueKeysWithValues: ["ambulatory", "wellness", "outpatient", "inpatient", "emergency", "urgentcare"]
        .map { ($0, "enc.class:\($0)") })

    /// Adds one patient's contributions to the tally.
    func accumulate(_ record: PatientRecord, into tally: inout Tally) {
        let person = record.person
        let living = person.death == nil
        let age = person.birth.years(until: reference)
        let codes = Set(record.conditions.map(\.code.code))
        tally.add("patients")
        tally.add(living ? "living" : "deceased")
        tally.add("gender:\(person.gender)")
        tally.add("state:\(person.place.state)")
        tally.add("encounters", record.encounters.count)
        if living {
            tally.add("band:\(Self.band(age))")
            if codes.contains("E11.9") { tally.add("diabetes.living") }
            if age >= 18 {
                let key = "\(Self.band(age)):\(person.gender)"
                tally.add("prev.n:\(key)")
                if codes.contains("I10") { tally.add("prev.hypertension:\(key)") }
                if codes.contains("E11.9") { tally.add("prev.diabetes:\(key)") }
            }
            if age >= 20 {
                tally.add("obesity.n")
                if codes.contains("E66.9") { tally.add("obesity.with") }
            }
            if age >= 65, codes.contains("E11.9"), codes.contains("N18.30"), record.medications.contains(where: { $0.code.code == "860975" }) {
                tally.add("elderly-dm-ckd-metformin")
            }
            if codes.count >= 3 { tally.add("multimorbid") }
        }
        for code in codes { tally.add("condpatients:\(code)") }
        for reason in Set(record.medications.map(\.reason.code)) { tally.add("medpatients:\(reason)") }
        for medication in record.medications where medication.reason.code == "E11.9" { tally.add("dispenses.E11.9", medication.dispenses) }
        let cohorts: [(String, String, String)] = [("4548-4", "hba1c", "E11.9"), ("8480-6", "systolic", "I10"), ("98979-8", "egfr", "N18.30")]
        var uncontrolled = false
        for observation in record.observations {
            if let value = observation.tenths, let cohort = cohorts.first(where: { $0.0 == observation.code.code }) {
                let side = codes.contains(cohort.2) ? "with" : "without"
                tally.add("\(cohort.1).\(side).sum", value)
                tally.add("\(cohort.1).\(side).n")
                if cohort.1 == "systolic", value >= 1400, codes.contains("I10") { uncontrolled = true }
            }
            if observation.code == ClinicalTables.causeOfDeath, let cause = observation.text { tally.add("death.cause:\(cause)") }
        }
        if uncontrolled { tally.add("hypertensive-uncontrolled") }
        if let death = person.death { tally.add("death.year:\(death.year)") }
        for encounter in record.encounters {
            let year = encounter.start.year
            tally.add(Self.yearKeys.indices.contains(year - 1900) ? Self.yearKeys[year - 1900] : "enc.year:\(year)")
            tally.add(Self.classKeys[encounter.encounterClass] ?? "enc.class:\(encounter.encounterClass)")
        }
        tally.add("readmissions", Self.readmissions(record.encounters))
        for immunization in record.immunizations where immunization.code == ClinicalTables.influenza { tally.add("flu.year:\(immunization.date.year)") }
        if record.immunizations.contains(where: { $0.code == ClinicalTables.covid }) { tally.add("covid.patients") }
        for allergy in record.allergies { tally.add("allergy:\(allergy.code.code)") }
        for procedure in record.procedures { tally.add("proc:\(procedure.code.code)") }
    }

    /// Inpatient stays followed by another inpatient admission within 30 days of discharge.
    static func readmissions(_ encounters: [PatientRecord.Encounter]) -> Int {
        let stays = encounters.filter { $0.encounterClass == "inpatient" }
        return stays.filter { stay in
            stays.contains { next in
                (next.start.day, next.startSeconds) > (stay.stop.day, stay.stopSeconds) && next.start.day - stay.stop.day <= 30
            }
        }.count
    }

    struct Question {
        var id: String
        var question: String
        var prompt: String
        var sql: String
        var answer: (Tally) -> [[JSONValue]]
    }

    private var ageSQL: String {
        let (year, _, _) = reference.components
        return "(\(year) - CAST(substr(BIRTHDATE, 1, 4) AS INTEGER) - (substr('\(reference.iso)', 6, 5) < substr(BIRTHDATE, 6, 5)))"
    }

    private static func integer(_ value: Int) -> JSONValue { .integer(value) }

    /// A mean in hundredths, rounded half up, as `(sum×10 + n/2) / n / 100.0` computes it from tenths.
    private static func mean(_ tally: Tally, _ key: String) -> JSONValue {
        let n = tally[key + ".n"]
        guard n > 0 else { return .null }
        return .double(Double((tally[key + ".sum"] * 10 + n / 2) / n) / 100.0)
    }

    private static func sortedGroup(_ tally: Tally, _ prefix: String) -> [[JSONValue]] {
        tally.group(prefix).sorted { $0.0 < $1.0 }.map { [.string($0.0), .integer($0.1)] }
    }

    private static func top(_ tally: Tally, _ prefix: String, _ limit: Int) -> [[JSONValue]] {
        Array(tally.group(prefix).sorted { ($1.1, $0.0) < ($0.1, $1.0) }.prefix(limit)).map { [.string($0.0), .integer($0.1)] }
    }

    private static func permille(_ with: Int, _ n: Int) -> JSONValue { n == 0 ? .null : .integer((with * 1000 + n / 2) / n) }

    private func prevalence(_ key: String, _ tally: Tally) -> [[JSONValue]] {
        tally.group("prev.n").sorted { $0.0 < $1.0 }.map { group, n in
            let parts = group.split(separator: ":").map(String.init)
            let with = tally["prev.\(key):\(group)"]
            return [.string(parts[0]), .string(parts[1]), .integer(n), .integer(with), Self.permille(with, n)]
        }
    }

    private func prevalenceSQL(_ code: String) -> String {
        "SELECT band, sex, COUNT(*) AS patients, SUM(has) AS with_condition, (SUM(has) * 1000 + COUNT(*) / 2) / COUNT(*) AS per_1000 "
            + "FROM (SELECT CASE WHEN age < 45 THEN '18-44' WHEN age < 65 THEN '45-64' ELSE '65+' END AS band, GENDER AS sex, "
            + "EXISTS (SELECT 1 FROM conditions c WHERE c.PATIENT = p.Id AND c.CODE = '\(code)' AND c.STOP = '') AS has "
            + "FROM (SELECT *, \(ageSQL) AS age FROM patients) p WHERE DEATHDATE = '' AND age >= 18) GROUP BY band, sex ORDER BY band, sex"
    }

    private func meanSQL(_ loinc: String, _ icd: String, _ name: String) -> String {
        "SELECT cohort, (SUM(CAST(ROUND(VALUE * 10) AS INTEGER)) * 10 + COUNT(*) / 2) / COUNT(*) / 100.0 AS mean_\(name) FROM "
            + "(SELECT VALUE, CASE WHEN PATIENT IN (SELECT PATIENT FROM conditions WHERE CODE = '\(icd)') THEN 'with' ELSE 'without' END AS cohort "
            + "FROM observations WHERE CODE = '\(loinc)') GROUP BY cohort ORDER BY cohort"
    }

    private func meanRows(_ tally: Tally, _ key: String) -> [[JSONValue]] {
        ["with", "without"].filter { tally["\(key).\($0).n"] > 0 }.map { [.string($0), Self.mean(tally, "\(key).\($0)")] }
    }

    /// Every question, in `answers.json` order.
    var questions: [Question] {
        let living = "DEATHDATE = ''"
        return [
            Question(id: "patient-count", question: "How many patients are in the data set?",
                     prompt: "Count the patients.", sql: "SELECT COUNT(*) AS patients FROM patients") { [[Self.integer($0["patients"])]] },
            Question(id: "living-and-deceased", question: "How many patients are alive at the reference date, and how many have died?",
                     prompt: "Count living and deceased patients (DEATHDATE empty means alive).",
                     sql: "SELECT COALESCE(SUM(DEATHDATE = ''), 0) AS living, COALESCE(SUM(DEATHDATE <> ''), 0) AS deceased FROM patients") {
                [[Self.integer($0["living"]), Self.integer($0["deceased"])]]
            },
            Question(id: "patients-by-gender", question: "How many patients are there of each gender?",
                     prompt: "Count patients by GENDER.", sql: "SELECT GENDER AS gender, COUNT(*) AS patients FROM patients GROUP BY GENDER ORDER BY GENDER") {
                Self.sortedGroup($0, "gender")
            },
            Question(id: "living-by-age-band", question: "How many living patients fall in each age band (0-17, 18-44, 45-64, 65+) at the reference date?",
                     prompt: "Group living patients by age at \(reference.iso) into 0-17, 18-44, 45-64 and 65+.",
                     sql: "SELECT band, COUNT(*) AS patients FROM (SELECT CASE WHEN age < 18 THEN '0-17' WHEN age < 45 THEN '18-44' WHEN age < 65 THEN '45-64' ELSE '65+' END AS band FROM (SELECT \(ageSQL) AS age FROM patients WHERE \(living))) GROUP BY band ORDER BY band") {
                Self.sortedGroup($0, "band")
            },
            Question(id: "diabetes-count", question: "How many living patients have an active type 2 diabetes diagnosis (ICD-10 E11.*)?",
                     prompt: "Count living patients with an active (STOP empty) condition whose code starts with E11.",
                     sql: "SELECT COUNT(DISTINCT c.PATIENT) AS patients FROM conditions c JOIN patients p ON p.Id = c.PATIENT WHERE c.CODE LIKE 'E11%' AND c.STOP = '' AND p.\(living)") {
                [[Self.integer($0["diabetes.living"])]]
            },
            Question(id: "hypertension-prevalence-by-age-sex", question: "Among living adults, what is the prevalence of hypertension (I10) by age band and sex, per 1,000?",
                     prompt: "For living adults, by age band (18-44, 45-64, 65+) and sex, count patients, those with active I10, and the rate per 1,000 rounded half up.",
                     sql: prevalenceSQL("I10")) { prevalence("hypertension", $0) },
            Question(id: "diabetes-prevalence-by-age-sex", question: "Among living adults, what is the prevalence of type 2 diabetes (E11.9) by age band and sex, per 1,000?",
                     prompt: "As for hypertension, for active E11.9.", sql: prevalenceSQL("E11.9")) { prevalence("diabetes", $0) },
            Question(id: "mean-hba1c-by-diabetes", question: "What is the mean HbA1c (LOINC 4548-4) of patients with and without type 2 diabetes, to two decimals?",
                     prompt: "Average all HbA1c results, split by whether the patient has an E11.9 condition; round half up to 2 decimals.",
                     sql: meanSQL("4548-4", "E11.9", "hba1c")) { meanRows($0, "hba1c") },
            Question(id: "mean-systolic-by-hypertension", question: "What is the mean systolic blood pressure (LOINC 8480-6) of patients with and without hypertension?",
                     prompt: "Average systolic readings split by whether the patient has an I10 condition; 2 decimals.",
                     sql: meanSQL("8480-6", "I10", "systolic")) { meanRows($0, "systolic") },
            Question(id: "mean-egfr-by-ckd", question: "What is the mean eGFR (LOINC 98979-8) of patients with and without chronic kidney disease stage 3?",
                     prompt: "Average eGFR results split by whether the patient has an N18.30 condition; 2 decimals.",
                     sql: meanSQL("98979-8", "N18.30", "egfr")) { meanRows($0, "egfr") },
            Question(id: "patients-medicated-per-condition", question: "For each condition treated with a medication, how many patients have a medication for it?",
                     prompt: "Count distinct patients per medication REASONCODE.",
                     sql: "SELECT REASONCODE AS condition, COUNT(DISTINCT PATIENT) AS patients FROM medications GROUP BY REASONCODE ORDER BY REASONCODE") {
                Self.sortedGroup($0, "medpatients")
            },
            Question(id: "top-5-diagnoses", question: "Which five diagnosis codes affect the most patients?",
                     prompt: "Top 5 condition codes by distinct patients; ties by code.",
                     sql: "SELECT CODE AS code, COUNT(DISTINCT PATIENT) AS patients FROM conditions GROUP BY CODE ORDER BY patients DESC, code LIMIT 5") {
                Self.top($0, "condpatients", 5)
            },
            Question(id: "encounters-per-year", question: "How many encounters started in each calendar year?",
                     prompt: "Count encounters by the year of START.",
                     sql: "SELECT substr(START, 1, 4) AS year, COUNT(*) AS encounters FROM encounters GROUP BY year ORDER BY year") {
                Self.sortedGroup($0, "enc.year")
            },
            Question(id: "encounters-by-class", question: "How many encounters are there of each encounter class?",
                     prompt: "Count encounters by ENCOUNTERCLASS.",
                     sql: "SELECT ENCOUNTERCLASS AS class, COUNT(*) AS encounters FROM encounters GROUP BY ENCOUNTERCLASS ORDER BY ENCOUNTERCLASS") {
                Self.sortedGroup($0, "enc.class")
            },
            Question(id: "readmissions-30-day", question: "How many inpatient stays were followed by another inpatient admission of the same patient within 30 days of discharge?",
                     prompt: "Count inpatient encounters with a later inpatient encounter of the same patient starting after their STOP and at most 30 days (by date) later.",
                     sql: "SELECT COUNT(*) AS readmissions FROM encounters a WHERE a.ENCOUNTERCLASS = 'inpatient' AND EXISTS (SELECT 1 FROM encounters b WHERE b.PATIENT = a.PATIENT AND b.ENCOUNTERCLASS = 'inpatient' AND b.START > a.STOP AND julianday(substr(b.START, 1, 10)) - julianday(substr(a.STOP, 1, 10)) <= 30)") {
                [[Self.integer($0["readmissions"])]]
            },
            Question(id: "deaths-by-cause", question: "How many deaths were there by cause (ICD-10 code)?",
                     prompt: "Count cause-of-death observations (LOINC 69453-9) by VALUE, most frequent first, ties by code.",
                     sql: "SELECT VALUE AS cause, COUNT(*) AS deaths FROM observations WHERE CODE = '69453-9' GROUP BY VALUE ORDER BY deaths DESC, cause") {
                Self.top($0, "death.cause", Int.max)
            },
            Question(id: "deaths-per-year", question: "How many patients died in each calendar year?",
                     prompt: "Count patients by the year of DEATHDATE.",
                     sql: "SELECT substr(DEATHDATE, 1, 4) AS year, COUNT(*) AS deaths FROM patients WHERE DEATHDATE <> '' GROUP BY year ORDER BY year") {
                Self.sortedGroup($0, "death.year")
            },
            Question(id: "elderly-diabetic-ckd-on-metformin", question: "How many living patients aged 65 or older have type 2 diabetes and CKD stage 3 and a metformin prescription?",
                     prompt: "Living, age 65+ at the reference date, conditions E11.9 and N18.30, and a medication with RxNorm 860975.",
                     sql: "SELECT COUNT(*) AS patients FROM patients p WHERE p.\(living) AND \(ageSQL) >= 65 AND EXISTS (SELECT 1 FROM conditions WHERE PATIENT = p.Id AND CODE = 'E11.9') AND EXISTS (SELECT 1 FROM conditions WHERE PATIENT = p.Id AND CODE = 'N18.30') AND EXISTS (SELECT 1 FROM medications WHERE PATIENT = p.Id AND CODE = '860975')") {
                [[Self.integer($0["elderly-dm-ckd-metformin"])]]
            },
            Question(id: "hypertensive-with-high-reading", question: "How many patients with hypertension have at least one systolic reading of 140 mmHg or more?",
                     prompt: "Patients with an I10 condition and any 8480-6 value >= 140.",
                     sql: "SELECT COUNT(DISTINCT o.PATIENT) AS patients FROM observations o WHERE o.CODE = '8480-6' AND CAST(o.VALUE AS REAL) >= 140 AND o.PATIENT IN (SELECT PATIENT FROM conditions WHERE CODE = 'I10')") {
                [[Self.integer($0["hypertensive-uncontrolled"])]]
            },
            Question(id: "influenza-doses-per-year", question: "How many seasonal influenza doses (CVX 140) were given each year?",
                     prompt: "Count immunizations with CODE 140 by year of DATE.",
                     sql: "SELECT substr(DATE, 1, 4) AS year, COUNT(*) AS doses FROM immunizations WHERE CODE = '140' GROUP BY year ORDER BY year") {
                Self.sortedGroup($0, "flu.year")
            },
            Question(id: "covid-vaccinated", question: "How many patients received a COVID-19 mRNA vaccine (CVX 208)?",
                     prompt: "Distinct patients with an immunization coded 208.",
                     sql: "SELECT COUNT(DISTINCT PATIENT) AS patients FROM immunizations WHERE CODE = '208'") { [[Self.integer($0["covid.patients"])]] },
            Question(id: "allergies-by-code", question: "How many allergy records are there per allergen code?",
                     prompt: "Count allergies by CODE.", sql: "SELECT CODE AS code, COUNT(*) AS allergies FROM allergies GROUP BY CODE ORDER BY CODE") {
                Self.sortedGroup($0, "allergy")
            },
            Question(id: "top-3-procedures", question: "Which three procedure codes (HCPCS) were performed most often?",
                     prompt: "Top 3 procedure codes by count; ties by code.",
                     sql: "SELECT CODE AS code, COUNT(*) AS procedures FROM procedures GROUP BY CODE ORDER BY procedures DESC, code LIMIT 3") {
                Self.top($0, "proc", 3)
            },
            Question(id: "mean-encounters-per-patient", question: "What is the mean number of encounters per patient, to two decimals?",
                     prompt: "Encounters divided by patients, rounded half up to 2 decimals.",
                     sql: "SELECT (COUNT(*) * 100 + (SELECT COUNT(*) FROM patients) / 2) / (SELECT COUNT(*) FROM patients) / 100.0 AS mean_encounters FROM encounters") { tally in
                let n = tally["patients"]
                return [[n == 0 ? .null : .double(Double((tally["encounters"] * 100 + n / 2) / n) / 100.0)]]
            },
            Question(id: "top-5-states", question: "Which five states have the most patients?",
                     prompt: "Top 5 STATE values by patients; ties by state.",
                     sql: "SELECT STATE AS state, COUNT(*) AS patients FROM patients GROUP BY STATE ORDER BY patients DESC, state LIMIT 5") {
                Self.top($0, "state", 5)
            },
            Question(id: "adult-obesity-per-1000", question: "Among living adults aged 20 or older, how many per 1,000 have obesity (E66.9)?",
                     prompt: "Living, age 20+, active E66.9, per 1,000 rounded half up.",
                     sql: "SELECT (SUM(has) * 1000 + COUNT(*) / 2) / COUNT(*) AS per_1000 FROM (SELECT EXISTS (SELECT 1 FROM conditions c WHERE c.PATIENT = p.Id AND c.CODE = 'E66.9' AND c.STOP = '') AS has FROM patients p WHERE p.\(living) AND \(ageSQL) >= 20)") {
                [[Self.permille($0["obesity.with"], $0["obesity.n"])]]
            },
            Question(id: "diabetes-dispenses", question: "How many medication dispenses were for type 2 diabetes (reason E11.9)?",
                     prompt: "Sum DISPENSES of medications with REASONCODE E11.9.",
                     sql: "SELECT COALESCE(SUM(DISPENSES), 0) AS dispenses FROM medications WHERE REASONCODE = 'E11.9'") { [[Self.integer($0["dispenses.E11.9"])]] },
            Question(id: "living-multimorbid", question: "How many living patients have three or more active chronic conditions?",
                     prompt: "Living patients with at least 3 distinct active condition codes.",
                     sql: "SELECT COUNT(*) AS patients FROM (SELECT c.PATIENT FROM conditions c JOIN patients p ON p.Id = c.PATIENT WHERE c.STOP = '' AND p.\(living) GROUP BY c.PATIENT HAVING COUNT(DISTINCT c.CODE) >= 3)") {
                [[Self.integer($0["multimorbid"])]]
            },
            Question(id: "reference-table-sizes", question: "How many providers, organizations and payers are there?",
                     prompt: "Count rows of providers, organizations and payers.",
                     sql: "SELECT (SELECT COUNT(*) FROM providers) AS providers, (SELECT COUNT(*) FROM organizations) AS organizations, (SELECT COUNT(*) FROM payers) AS payers") { _ in
                [[.integer(ReferenceData.organizationCount * ReferenceData.providersPerOrganization), .integer(ReferenceData.organizationCount), .integer(8)]]
            },
        ]
    }

    /// `answers.json`.
    func document(seed: UInt64, shard: String?, tally: Tally) -> JSONValue {
        let answers: [JSONValue] = questions.map { question in
            ["id": .string(question.id), "question": .string(question.question), "sql": .string(question.sql),
             "answer": .array(question.answer(tally).map { .array($0) })]
        }
        let partials = JSONObject(tally.counts.sorted { $0.key < $1.key }.map { (key: $0.key, value: .integer($0.value)) })
        return .object(JSONObject([
            (key: "version", value: 1), (key: "seed", value: .number(String(seed))), (key: "patients", value: .integer(tally["patients"])),
            (key: "referenceDate", value: .string(reference.iso)), (key: "shard", value: shard.map(JSONValue.string) ?? .null),
            (key: "answers", value: .array(answers)), (key: "partials", value: .object(partials)),
        ]))
    }
}
