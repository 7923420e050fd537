/// Everything generated for one patient: the rows of every table, in the order they are written.
struct PatientRecord: Sendable {
    struct Person: Sendable {
        var id: String
        var birth: CivilDate
        var death: CivilDate?
        var ssn: String
        var mrn: String
        var mbi: String?
        var prefix: String
        var first: String
        var middle: String
        var last: String
        var maiden: String
        var marital: String
        var race: String
        var ethnicity: String
        var gender: String
        var birthplace: String
        var address: String
        var place: PeopleTables.Place
        var phone: String
        var email: String
        var income: Int
        var payer: Int
    }

    struct Encounter: Sendable {
        var id: String
        var start: CivilDate
        var startSeconds: Int
        var stop: CivilDate
        var stopSeconds: Int
        var organization: Int
        var provider: Int
        var encounterClass: String
        var code: ClinicalTables.Code
        var reason: ClinicalTables.Code?
        var cost: Int  // cents
    }

    struct Condition: Sendable {
        var key: String
        var code: ClinicalTables.Code
        var start: CivilDate
        var encounter: Int
    }

    struct Medication: Sendable {
        var code: ClinicalTables.Code
        var start: CivilDate
        var stop: CivilDate?
        var encounter: Int
        var reason: ClinicalTables.Code
        var dispenses: Int
        var cost: Int  // cents per dispense
    }

    struct Observation: Sendable {
        var date: CivilDate
        var seconds: Int
        var encounter: Int
        var category: String
        var code: ClinicalTables.Code
        /// Numeric values in tenths; text values (cause of death) in `text`.
        var tenths: Int?
        var text: String?
        var unit: String
    }

    struct Immunization: Sendable {
        var date: CivilDate
        var encounter: Int
        var code: ClinicalTables.Code
    }

    struct Allergy: Sendable {
        var start: CivilDate
        var encounter: Int
        var code: ClinicalTables.Code
        var category: String
    }

    struct Procedure: Sendable {
        var date: CivilDate
        var encounter: Int
        var code: ClinicalTables.Code
        var cost: Int
    }

    var index: Int
    var person: Person
    var encounters: [Encounter] = []
    var conditions: [Condition] = []
    var medications: [Medication] = []
    var observations: [Observation] = []
    var immunizations: [Immunization] = []
    var allergies: [Allergy] = []
    var procedures: [Procedure] = []

    /// The patient's last day in the record: the day of death, or the reference date.
    func lastDay(_ reference: CivilDate) -> CivilDate { person.death ?? reference }
}
