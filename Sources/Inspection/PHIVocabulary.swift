/// The names that mark patient data in schemas, routes, data headers and code.
///
/// Names are compared in snake_case lowercase (`birthDate` → `birth_date`), see `IdentifierTokenizer`.
enum PHIVocabulary {
    /// Tables that hold patient data by their name alone (singular and plural forms).
    static let tables: Set<String> = [
        "patient", "patients", "diagnosis", "diagnoses", "prescription", "prescriptions", "claim", "claims",
        "encounter", "encounters", "medical_record", "medical_records", "health_record", "health_records",
        "lab_result", "lab_results", "immunization", "immunizations", "allergy", "allergies",
        "medication", "medications", "admission", "admissions", "clinical_note", "clinical_notes",
        "insurance_claim", "insurance_claims",
    ]

    /// Columns that identify a patient or carry clinical facts: one is enough to restrict a table.
    static let identifyingColumns: Set<String> = [
        "mrn", "medical_record_number", "medical_record_no", "ssn", "social_security_number",
        "social_security", "dob", "date_of_birth", "birth_date", "birthdate", "birth_dt",
        "diagnosis", "diagnosis_code", "icd10", "icd10_code", "icd_code", "icd9", "icd9_code",
        "patient_id", "patient_name", "patient_mrn", "mbi", "medicare_id", "medicare_number",
        "medicaid_id", "insurance_id", "health_plan_id", "deathdate", "death_date", "date_of_death",
        "prescription", "prescription_id", "diagnosis_id", "encounter_id",
    ]

    /// Identifying columns that name a person on their own (not clinical facts such as `diagnosis`).
    static let personIdentifiers: Set<String> = [
        "mrn", "medical_record_number", "medical_record_no", "ssn", "social_security_number", "social_security",
        "dob", "date_of_birth", "birth_date", "birthdate", "birth_dt", "patient_id", "patient_name", "patient_mrn",
        "mbi", "medicare_id", "medicare_number", "medicaid_id", "insurance_id", "health_plan_id",
    ]

    /// Person attributes that are PHI beside an identifying column, but not alone.
    static let personColumns: Set<String> = [
        "first_name", "last_name", "full_name", "given_name", "family_name", "middle_name",
        "address", "street", "street_address", "zip", "zipcode", "zip_code", "postal_code",
        "phone", "phone_number", "email", "gender", "sex", "race", "ethnicity", "marital_status",
    ]

    /// URL path segments that serve patient data.
    static let routeSegments: Set<String> = [
        "patient", "patients", "diagnosis", "diagnoses", "prescription", "prescriptions", "claim", "claims",
        "encounter", "encounters", "medical_record", "medical_records", "health_record", "health_records",
        "lab_result", "lab_results", "medication", "medications", "immunization", "immunizations",
        "allergy", "allergies", "ehr", "fhir", "mrn", "admission", "admissions", "clinical_note", "clinical_notes",
    ]

    /// Lowercase fragments at least one of which appears in any file worth analysing; a file
    /// without any is skipped before tokenizing.
    static let stems: [String] = [
        "patient", "mrn", "ssn", "birth", "dob", "diagnos", "prescri", "claim", "encounter", "medical",
        "icd", "medica", "social_security", "socialsecurity", "allerg", "immuniz", "clinical", "lab_result",
        "labresult", "health", "ehr", "fhir", "admission", "death",
    ]

    /// Whether a table name marks patient data: listed, or one of its words is (`clinic_diagnoses`, `patient_visits`).
    static func isPatientTable(_ name: String) -> Bool {
        tables.contains(name) || name.split(separator: "_").contains { tables.contains(String($0)) }
    }

    /// The PHI column names among `tokens`, identifying ones first, in first-seen order.
    static func phiColumns(in tokens: [String], includePersonColumns: Bool) -> [String] {
        var seen = Set<String>()
        let identifying = tokens.filter { identifyingColumns.contains($0) && seen.insert($0).inserted }
        guard includePersonColumns else { return identifying }
        let person = tokens.filter { personColumns.contains($0) && seen.insert($0).inserted }
        return identifying + person
    }
}
