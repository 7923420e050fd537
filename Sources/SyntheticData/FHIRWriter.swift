import Foundation
import JSONDocument

/// FHIR R4: bulk-data NDJSON (one file per resource type) and one transaction Bundle per patient.
final class FHIRWriter {
    private let folder: URL
    private let referenceData: ReferenceData
    private var ndjson: [String: BufferedFile] = [:]
    private let writesNDJSON: Bool
    private let writesBundles: Bool
    private var digests = FileDigests()

    static let resourceTypes = ["Patient", "Encounter", "Condition", "MedicationRequest", "Observation", "Immunization",
                                "AllergyIntolerance", "Procedure"]

    init(folder: URL, ndjson: Bool, bundles: Bool, referenceData: ReferenceData) throws {
        self.folder = folder
        self.referenceData = referenceData
        writesNDJSON = ndjson
        writesBundles = bundles
        if ndjson {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("ndjson"), withIntermediateDirectories: true)
            for type in Self.resourceTypes + ["Organization", "Practitioner"] {
                self.ndjson[type] = try BufferedFile(folder.appendingPathComponent("ndjson/\(type).ndjson"))
            }
            for resource in referenceResources() { try self.ndjson[resource.type]?.write(JSONPrinter.compact(resource.json) + "\n") }
        }
        if bundles {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("fhir"), withIntermediateDirectories: true)
            // Organizations and practitioners the patients' bundles refer to, loaded first (PUT keeps their ids).
            let entries: [JSONValue] = referenceResources().map { resource in
                ["fullUrl": .string("urn:uuid:\(resource.id)"), "resource": resource.json,
                 "request": ["method": "PUT", "url": .string("\(resource.type)/\(resource.id)")]]
            }
            try Data(JSONPrinter.pretty(["resourceType": "Bundle", "type": "transaction", "entry": .array(entries)]).utf8)
                .write(to: folder.appendingPathComponent("fhir/reference-data.json"))
        }
    }

    /// One patient's FHIR output, rendered off the writing thread.
    struct Rendered: Sendable {
        var lines: [(type: String, line: [UInt8])] = []
        var bundle: [UInt8]?
        /// The bundle's SHA-256, computed off the writing thread too.
        var bundleDigest: String?
    }

    /// Renders a patient's resources (pure: safe to call from any thread).
    static func render(_ record: PatientRecord, referenceData: ReferenceData, ndjson: Bool, bundles: Bool) -> Rendered {
        var rendered = Rendered()
        guard ndjson || bundles else { return rendered }
        let resources = FHIRResources(record: record, referenceData: referenceData)
        if ndjson {
            rendered.lines = resources.all(bundle: false).map { resource in
                var line = JSONPrinter.compactBytes(resource.json)
                line.append(10)
                return (resource.type, line)
            }
        }
        if bundles {
            let entries: [JSONValue] = resources.all(bundle: true).map { resource in
                ["fullUrl": .string("urn:uuid:\(resource.id)"), "resource": resource.json,
                 "request": ["method": "POST", "url": .string(resource.type)]]
            }
            let bundle = JSONPrinter.prettyBytes(["resourceType": "Bundle", "type": "transaction", "entry": .array(entries)])
            rendered.bundle = bundle
            rendered.bundleDigest = FileDigests.sha256(bundle)
        }
        return rendered
    }

    func write(_ rendered: Rendered, patient: String) throws {
        for (type, line) in rendered.lines { try ndjson[type]?.write(line) }
        if let bundle = rendered.bundle {
            let url = folder.appendingPathComponent("fhir/\(patient).json")
            try Data(bundle).write(to: url)
            if let digest = rendered.bundleDigest { digests.add((url.standardizedFileURL.path, digest)) }
        }
    }

    var formats: (ndjson: Bool, bundles: Bool) { (writesNDJSON, writesBundles) }

    /// Closes the NDJSON files; returns the digests of everything written.
    func close() throws -> FileDigests {
        for file in ndjson.values { digests.add(try file.close()) }
        return digests
    }

    private func referenceResources() -> [FHIRResources.Resource] {
        let organizations = referenceData.organizations.map { organization in
            FHIRResources.Resource(type: "Organization", id: organization.id, json: [
                "resourceType": "Organization", "id": .string(organization.id),
                "identifier": [["system": "http://hl7.org/fhir/sid/us-npi", "value": .string(organization.npi)]],
                "active": true, "name": .string(organization.name),
                "telecom": [["system": "phone", "value": .string(organization.phone)]],
                "address": [FHIRResources.address(organization.address, organization.place)],
            ])
        }
        let practitioners = referenceData.providers.map { provider in
            FHIRResources.Resource(type: "Practitioner", id: provider.id, json: [
                "resourceType": "Practitioner", "id": .string(provider.id),
                "identifier": [["system": "http://hl7.org/fhir/sid/us-npi", "value": .string(provider.npi)]],
                "active": true, "name": [["family": .string(provider.last), "given": [.string(provider.first)], "prefix": ["Dr."]]],
                "gender": provider.gender == "F" ? "female" : "male",
                "address": [FHIRResources.address(provider.address, provider.place)],
            ])
        }
        return organizations + practitioners
    }
}

/// One patient's resources, referring to each other by `urn:uuid:` inside a bundle and by
/// `Type/id` in bulk NDJSON.
struct FHIRResources {
    struct Resource {
        var type: String
        var id: String
        var json: JSONValue
    }

    let record: PatientRecord
    let referenceData: ReferenceData

    private func reference(_ type: String, _ id: String, bundle: Bool) -> JSONValue {
        ["reference": .string(bundle ? "urn:uuid:\(id)" : "\(type)/\(id)")]
    }

    private static func coding(_ code: ClinicalTables.Code) -> JSONValue {
        ["coding": [["system": .string(code.system), "code": .string(code.code), "display": .string(code.display)]],
         "text": .string(code.display)]
    }

    private static func category(_ system: String, _ code: String) -> JSONValue {
        ["coding": [["system": .string(system), "code": .string(code)]]]
    }

    static func address(_ line: String, _ place: PeopleTables.Place) -> JSONValue {
        ["line": [.string(line)], "city": .string(place.city), "state": .string(place.state), "postalCode": .string(place.zip),
         "country": "US"]
    }

    /// A stable id for the `position`-th resource of a kind, derived from the patient's id.
    private func id(_ kind: Int, _ position: Int) -> String {
        var random = SeededGenerator(seed: SeededGenerator.mix(UInt64(record.index) &+ 0xF41B), stream: UInt64(100 + kind), index: UInt64(position))
        return random.uuid()
    }

    func all(bundle: Bool) -> [Resource] {
        let person = record.person
        let patientRef = reference("Patient", person.id, bundle: bundle)
        var identifiers: [JSONValue] = [
            ["type": ["coding": [["system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR", "display": "Medical Record Number"]]],
             "system": "urn:phiguard:synthetic:mrn", "value": .string(person.mrn)],
            ["type": ["coding": [["system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "SS", "display": "Social Security number"]]],
             "system": "http://hl7.org/fhir/sid/us-ssn", "value": .string(person.ssn)],
        ]
        if let mbi = person.mbi { identifiers.append(["system": "http://hl7.org/fhir/sid/us-mbi", "value": .string(mbi)]) }
        var name: JSONObject = JSONObject([(key: "use", value: "official"), (key: "family", value: .string(person.last)),
                                           (key: "given", value: [.string(person.first), .string(person.middle)])])
        if !person.prefix.isEmpty { name["prefix"] = [.string(person.prefix)] }
        var patient = JSONObject([
            (key: "resourceType", value: "Patient"), (key: "id", value: .string(person.id)), (key: "identifier", value: .array(identifiers)),
            (key: "name", value: [.object(name)]),
            (key: "telecom", value: [["system": "phone", "value": .string(person.phone), "use": "home"],
                                     ["system": "email", "value": .string(person.email)]]),
            (key: "gender", value: person.gender == "F" ? "female" : "male"), (key: "birthDate", value: .string(person.birth.iso)),
        ])
        if let death = person.death { patient["deceasedDateTime"] = .string(death.timestamp(43200)) }
        patient["address"] = [Self.address(person.address, person.place)]
        if !person.marital.isEmpty {
            patient["maritalStatus"] = ["coding": [["system": "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "code": .string(person.marital)]]]
        }
        var resources = [Resource(type: "Patient", id: person.id, json: .object(patient))]
        for encounter in record.encounters {
            let actCode: (String, String) = switch encounter.encounterClass {
            case "emergency": ("EMER", "emergency")
            case "inpatient": ("IMP", "inpatient encounter")
            default: ("AMB", "ambulatory")
            }
            var json = JSONObject([
                (key: "resourceType", value: "Encounter"), (key: "id", value: .string(encounter.id)), (key: "status", value: "finished"),
                (key: "class", value: ["system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": .string(actCode.0), "display": .string(actCode.1)]),
                (key: "type", value: [Self.coding(encounter.code)]), (key: "subject", value: patientRef),
                (key: "participant", value: [["individual": ["reference": .string("Practitioner/\(referenceData.providers[encounter.provider].id)")]]]),
                (key: "period", value: ["start": .string(encounter.start.timestamp(encounter.startSeconds)), "end": .string(encounter.stop.timestamp(encounter.stopSeconds))]),
            ])
            if let reason = encounter.reason { json["reasonCode"] = [Self.coding(reason)] }
            json["serviceProvider"] = ["reference": .string("Organization/\(referenceData.organizations[encounter.organization].id)")]
            resources.append(Resource(type: "Encounter", id: encounter.id, json: .object(json)))
        }
        let encounterRef = { (position: Int) in reference("Encounter", record.encounters[position].id, bundle: bundle) }
        for (position, condition) in record.conditions.enumerated() {
            let id = id(1, position)
            resources.append(Resource(type: "Condition", id: id, json: [
                "resourceType": "Condition", "id": .string(id),
                "clinicalStatus": Self.category("http://terminology.hl7.org/CodeSystem/condition-clinical", "active"),
                "verificationStatus": Self.category("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed"),
                "category": [Self.category("http://terminology.hl7.org/CodeSystem/condition-category", "encounter-diagnosis")],
                "code": Self.coding(condition.code), "subject": patientRef, "encounter": encounterRef(condition.encounter),
                "onsetDateTime": .string(condition.start.timestamp(36000)),
                "recordedDate": .string(record.encounters[condition.encounter].start.timestamp(record.encounters[condition.encounter].startSeconds)),
            ]))
        }
        for (position, medication) in record.medications.enumerated() {
            let id = id(2, position)
            resources.append(Resource(type: "MedicationRequest", id: id, json: [
                "resourceType": "MedicationRequest", "id": .string(id), "status": medication.stop == nil ? "active" : "stopped",
                "intent": "order", "medicationCodeableConcept": Self.coding(medication.code), "subject": patientRef,
                "encounter": encounterRef(medication.encounter), "authoredOn": .string(medication.start.timestamp(36000)),
                "reasonCode": [Self.coding(medication.reason)],
            ]))
        }
        for (position, observation) in record.observations.enumerated() {
            let id = id(3, position)
            var json = JSONObject([
                (key: "resourceType", value: "Observation"), (key: "id", value: .string(id)), (key: "status", value: "final"),
                (key: "category", value: [Self.category("http://terminology.hl7.org/CodeSystem/observation-category", observation.category)]),
                (key: "code", value: Self.coding(observation.code)), (key: "subject", value: patientRef),
                (key: "encounter", value: encounterRef(observation.encounter)),
                (key: "effectiveDateTime", value: .string(observation.date.timestamp(observation.seconds))),
                (key: "issued", value: .string(observation.date.timestamp(observation.seconds))),
            ])
            if let tenths = observation.tenths {
                json["valueQuantity"] = ["value": .number(CSVFormat.tenths(tenths)), "unit": .string(observation.unit),
                                         "system": "http://unitsofmeasure.org", "code": .string(observation.unit)]
            } else if let text = observation.text {
                let cause = ClinicalTables.causesOfDeath.first { $0.code.code == text }?.code
                json["valueCodeableConcept"] = cause.map(Self.coding) ?? ["text": .string(text)]
            }
            resources.append(Resource(type: "Observation", id: id, json: .object(json)))
        }
        for (position, immunization) in record.immunizations.enumerated() {
            let id = id(4, position)
            resources.append(Resource(type: "Immunization", id: id, json: [
                "resourceType": "Immunization", "id": .string(id), "status": "completed", "vaccineCode": Self.coding(immunization.code),
                "patient": patientRef, "encounter": encounterRef(immunization.encounter),
                "occurrenceDateTime": .string(immunization.date.timestamp(record.encounters[immunization.encounter].startSeconds)),
                "primarySource": true,
            ]))
        }
        for (position, allergy) in record.allergies.enumerated() {
            let id = id(5, position)
            resources.append(Resource(type: "AllergyIntolerance", id: id, json: [
                "resourceType": "AllergyIntolerance", "id": .string(id),
                "clinicalStatus": Self.category("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active"),
                "verificationStatus": Self.category("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed"),
                "type": "allergy", "category": [.string(allergy.category)], "code": Self.coding(allergy.code), "patient": patientRef,
                "recordedDate": .string(allergy.start.timestamp(36000)),
            ]))
        }
        for (position, procedure) in record.procedures.enumerated() {
            let id = id(6, position)
            let encounter = record.encounters[procedure.encounter]
            resources.append(Resource(type: "Procedure", id: id, json: [
                "resourceType": "Procedure", "id": .string(id), "status": "completed", "code": Self.coding(procedure.code),
                "subject": patientRef, "encounter": encounterRef(procedure.encounter),
                "performedPeriod": ["start": .string(encounter.start.timestamp(encounter.startSeconds)), "end": .string(encounter.stop.timestamp(encounter.stopSeconds))],
            ]))
        }
        return resources
    }
}
