/// The clinical reference data the generator draws from. Code systems are those an open-source tool
/// may ship: ICD-10-CM (public domain, CDC/NCHS), LOINC (see `LOINCNotice`), RxNorm prescribable
/// content (NLM, no licence needed), CVX (CDC), HCPCS Level II (CMS). No SNOMED CT, no CPT.
enum ClinicalTables {
    /// A coded concept.
    struct Code: Sendable, Hashable {
        var system: String
        var code: String
        var display: String
    }

    static func icd10(_ code: String, _ display: String) -> Code { Code(system: "http://hl7.org/fhir/sid/icd-10-cm", code: code, display: display) }
    static func loinc(_ code: String, _ display: String) -> Code { Code(system: "http://loinc.org", code: code, display: display) }
    static func rxnorm(_ code: String, _ display: String) -> Code { Code(system: "http://www.nlm.nih.gov/research/umls/rxnorm", code: code, display: display) }
    static func cvx(_ code: String, _ display: String) -> Code { Code(system: "http://hl7.org/fhir/sid/cvx", code: code, display: display) }
    static func hcpcs(_ code: String, _ display: String) -> Code { Code(system: "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", code: code, display: display) }

    /// A chronic condition: its code, prevalence per 1,000 by age band and sex, the age it can start
    /// at, and what treats it.
    struct Condition: Sendable {
        var key: String
        var code: Code
        /// (lowest age of the band, per-1,000 prevalence for women, for men), bands in ascending order.
        var prevalence: [(age: Int, female: Int, male: Int)]
        var onsetAge: Int
        var medication: Code?
        var lab: Lab?
    }

    /// A lab whose value depends on a condition.
    struct Lab: Sendable {
        var code: Code
        var unit: String
        /// Value range in tenths for patients with the condition, and for those without.
        var withCondition: ClosedRange<Int>
        var without: ClosedRange<Int>
    }

    static let hba1c = Lab(code: loinc("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), unit: "%",
                           withCondition: 65...95, without: 48...56)
    static let egfr = Lab(
        code: loinc("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)"),
        unit: "mL/min/{1.73_m2}", withCondition: 300...590, without: 750...1200)
    static let cholesterol = Lab(code: loinc("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma"), unit: "mg/dL",
                                 withCondition: 2400...2950, without: 1500...1990)
    static let systolic = Lab(code: loinc("8480-6", "Systolic blood pressure"), unit: "mm[Hg]",
                              withCondition: 1350...1650, without: 1050...1290)
    static let diastolic = Lab(code: loinc("8462-4", "Diastolic blood pressure"), unit: "mm[Hg]",
                               withCondition: 850...1000, without: 650...840)
    static let bmi = Lab(code: loinc("39156-5", "Body mass index (BMI) [Ratio]"), unit: "kg/m2",
                         withCondition: 300...420, without: 190...299)
    static let bodyHeight = loinc("8302-2", "Body height")
    static let bodyWeight = loinc("29463-7", "Body weight")
    static let causeOfDeath = loinc("69453-9", "Cause of Death [US Standard Certificate of Death]")

    // Prevalence figures are rounded, per 1,000, from the sources named beside each condition.
    static let conditions: [Condition] = [
        // NCHS Data Brief No. 364 (NHANES 2017–2018): hypertension 22.4% (18–39), 54.5% (40–59), 74.5% (60+);
        // men 51.0%, women 39.7% overall.
        Condition(key: "hypertension", code: icd10("I10", "Essential (primary) hypertension"),
                  prevalence: [(0, 0, 0), (18, 190, 260), (40, 500, 590), (60, 730, 760)], onsetAge: 18,
                  medication: rxnorm("314076", "lisinopril 10 MG Oral Tablet"), lab: systolic),
        // CDC National Diabetes Statistics Report (2021 data): diagnosed diabetes 3.0% (18–44), 13.8% (45–64), 21.4% (65+).
        Condition(key: "diabetes", code: icd10("E11.9", "Type 2 diabetes mellitus without complications"),
                  prevalence: [(0, 0, 0), (18, 28, 32), (45, 125, 151), (65, 190, 240)], onsetAge: 25,
                  medication: rxnorm("860975", "24 HR metformin hydrochloride 500 MG Extended Release Oral Tablet"), lab: hba1c),
        // NCHS Data Brief No. 363 (NHANES 2015–2018): high total cholesterol 7.6% (20–39), 16.2% (40–59), 11.6% (60+).
        Condition(key: "hyperlipidemia", code: icd10("E78.00", "Pure hypercholesterolemia, unspecified"),
                  prevalence: [(0, 0, 0), (20, 70, 82), (40, 170, 154), (60, 140, 90)], onsetAge: 20,
                  medication: rxnorm("314231", "simvastatin 10 MG Oral Tablet"), lab: cholesterol),
        // CDC NHIS 2021: current asthma 5.8% of children, 8.0% of adults (women 9.7%, men 6.2%).
        Condition(key: "asthma", code: icd10("J45.909", "Unspecified asthma, uncomplicated"),
                  prevalence: [(0, 52, 64), (18, 97, 62)], onsetAge: 3,
                  medication: rxnorm("745679", "200 ACTUAT albuterol 0.09 MG/ACTUAT Metered Dose Inhaler"), lab: nil),
        // CDC MMWR 2015;64(11) (BRFSS 2013): COPD 3.2% (18–44), 6.6% (45–64), 11.6% (65+).
        Condition(key: "copd", code: icd10("J44.9", "Chronic obstructive pulmonary disease, unspecified"),
                  prevalence: [(0, 0, 0), (18, 34, 30), (45, 70, 62), (65, 118, 114)], onsetAge: 40,
                  medication: rxnorm("896209", "60 ACTUAT fluticasone propionate 0.25 MG/ACTUAT / salmeterol 0.05 MG/ACTUAT Dry Powder Inhaler"), lab: nil),
        // CDC Chronic Kidney Disease in the United States, 2023: CKD 6% (18–44), 12% (45–64), 34% (65+); stage 3 is most of it.
        Condition(key: "ckd", code: icd10("N18.30", "Chronic kidney disease, stage 3 unspecified"),
                  prevalence: [(0, 0, 0), (18, 40, 35), (45, 80, 75), (65, 230, 220)], onsetAge: 30,
                  medication: nil, lab: egfr),
        // NIMH (NSDUH 2021): major depressive episode 8.3% of adults (women 10.3%, men 6.2%).
        Condition(key: "depression", code: icd10("F32.9", "Major depressive disorder, single episode, unspecified"),
                  prevalence: [(0, 0, 0), (12, 100, 62), (26, 90, 55), (50, 70, 45)], onsetAge: 12,
                  medication: rxnorm("312938", "sertraline 100 MG Oral Tablet"), lab: nil),
        // NCHS Data Brief No. 360 (NHANES 2017–2018): obesity 40.0% (20–39), 44.8% (40–59), 42.8% (60+); children 19.3%.
        Condition(key: "obesity", code: icd10("E66.9", "Obesity, unspecified"),
                  prevalence: [(0, 0, 0), (2, 180, 205), (20, 395, 405), (40, 440, 455), (60, 420, 435)], onsetAge: 2,
                  medication: nil, lab: bmi),
        // CDC NHIS 2018: coronary heart disease about 1% (18–44), 6% (45–64), 15% (65+).
        Condition(key: "cad", code: icd10("I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris"),
                  prevalence: [(0, 0, 0), (18, 7, 12), (45, 45, 75), (65, 110, 190)], onsetAge: 35,
                  medication: rxnorm("243670", "aspirin 81 MG Oral Tablet"), lab: nil),
    ]

    /// Causes of death and the condition (key) that makes each likely; nil: anyone.
    static let causesOfDeath: [(code: Code, condition: String?)] = [
        (icd10("I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris"), "cad"),
        (icd10("J44.9", "Chronic obstructive pulmonary disease, unspecified"), "copd"),
        (icd10("E11.9", "Type 2 diabetes mellitus without complications"), "diabetes"),
        (icd10("N18.30", "Chronic kidney disease, stage 3 unspecified"), "ckd"),
        (icd10("I63.9", "Cerebral infarction, unspecified"), "hypertension"),
        (icd10("C34.90", "Malignant neoplasm of unspecified part of unspecified bronchus or lung"), nil),
        (icd10("G30.9", "Alzheimer's disease, unspecified"), nil),
        (icd10("U07.1", "COVID-19"), nil),
    ]

    // CDC, United States Life Tables 2020 (NVSR 71-1), rounded annual probability of death per 10,000.
    static let annualDeathPer10k: [(age: Int, rate: Int)] = [
        (0, 5), (15, 8), (25, 15), (35, 22), (45, 40), (55, 90), (65, 170), (75, 420), (85, 1300),
    ]

    /// Encounter types (HCPCS Level II), with the Synthea ENCOUNTERCLASS they map to.
    static let wellnessInitial = hcpcs("G0438", "Annual wellness visit; includes a personalized prevention plan of service (PPS), initial visit")
    static let wellnessSubsequent = hcpcs("G0439", "Annual wellness visit, includes a personalized prevention plan of service (PPS), subsequent visit")
    static let clinicVisit = hcpcs("G0463", "Hospital outpatient clinic visit for assessment and management of a patient")
    static let emergencyVisit = hcpcs("G0380", "Level 1 hospital emergency department visit provided in a type B emergency department")
    static let observationStay = hcpcs("G0378", "Hospital observation service, per hour")

    /// Screening procedures (HCPCS Level II) with the sex (nil: both) and lowest age they apply to.
    static let screenings: [(code: Code, sex: String?, age: Int, everyYears: Int)] = [
        (hcpcs("G0444", "Annual depression screening, 5 to 15 minutes"), nil, 18, 1),
        (hcpcs("G0442", "Annual alcohol misuse screening, 5 to 15 minutes"), nil, 18, 1),
        (hcpcs("G0121", "Colorectal cancer screening; colonoscopy on individual not meeting criteria for high risk"), nil, 45, 10),
        (hcpcs("G0101", "Cervical or vaginal cancer screening; pelvic and clinical breast examination"), "F", 21, 3),
    ]

    /// Immunizations (CVX) and when the CDC schedules them.
    static let influenza = cvx("140", "Influenza, seasonal, injectable, preservative free")
    static let covid = cvx("208", "SARS-COV-2 (COVID-19) vaccine, mRNA, spike protein, LNP, preservative free, 30 mcg/0.3mL dose")
    static let childhood: [(code: Code, ageInDays: [Int])] = [
        (cvx("08", "Hep B, adolescent or pediatric"), [0, 30, 180]),
        (cvx("20", "DTaP"), [61, 122, 183, 456, 1461]),
        (cvx("10", "IPV"), [61, 122, 183, 1461]),
        (cvx("03", "MMR"), [365, 1461]),
        (cvx("21", "varicella"), [365, 1461]),
    ]
    static let adolescentAndAdult: [(code: Code, age: Int)] = [
        (cvx("115", "Tdap"), 11), (cvx("62", "HPV, quadrivalent"), 11), (cvx("187", "zoster vaccine recombinant"), 50),
        (cvx("133", "Pneumococcal conjugate PCV 13"), 65),
    ]

    /// Drug and food allergies (RxNorm ingredients, ICD-10-CM allergy status codes) and their share per 1,000.
    static let allergies: [(code: Code, category: String, permille: Int)] = [
        (rxnorm("7980", "penicillin G"), "medication", 80),
        (rxnorm("10180", "sulfamethoxazole"), "medication", 30),
        (icd10("Z91.010", "Allergy to peanuts"), "food", 20),
        (icd10("Z91.013", "Allergy to seafood"), "food", 20),
    ]
}

/// LOINC's required notice, written into every output directory that holds LOINC codes.
enum LOINCNotice {
    static let text = """
        This material contains content from LOINC (http://loinc.org). LOINC is copyright © Regenstrief
        Institute, Inc. and the Logical Observation Identifiers Names and Codes (LOINC) Committee and is
        available at no cost under the license at http://loinc.org/license. LOINC® is a registered United
        States trademark of Regenstrief Institute, Inc.

        """
}
