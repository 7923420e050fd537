import Foundation
import PolicyModel
import RepoAccess
@testable import Scanning
import Testing

/// Each detection rule added for free text and the Safe Harbor kinds: what it finds, the
/// placeholders it leaves alone, and that no output ever holds the value.
@Suite struct FreeTextDetectionTests {
    static let scanner: Scanning.Scanner? = try? Scanning.Scanner(
        repository: Repository(root: URL(fileURLWithPath: "/nonexistent"), gitDirectory: nil), policy: .builtInDefault)

    /// Findings in `text` scanned as `path` (`-` is a prompt), as (kind, value) pairs.
    static func found(_ text: String, path: String = "-") throws -> [(kind: String, value: String)] {
        let scanner = try #require(scanner)
        let bytes = Array(text.utf8)
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 10 }.map { $0 + 1 }
        return try scanner.findings(in: bytes, path: path).map { finding in
            let start = lineStarts[finding.line - 1] + finding.column - 1
            var end = start
            // The value runs to where its redacted form's length says, at most to the line's end.
            while end < bytes.count, bytes[end] != 10, end - start < 200 { end += 1 }
            return (finding.kind.name, String(decoding: bytes[start..<end], as: UTF8.self))
        }
    }

    /// Whether a finding of `kind` starts at `value` in `text`.
    static func finds(_ kind: String, _ value: String, in text: String, path: String = "-") throws -> Bool {
        try found(text, path: path).contains { $0.kind == kind && $0.value.hasPrefix(value) }
    }

    @Test func aDashedSSNJoinedByAnUnderscoreIsFound() throws {
        // File names a listing shows, and a glued letter that is no boundary.
        #expect(try Self.finds("ssn", "219-45-6788", in: "exports/patient_219-45-6788.csv"))
        #expect(try Self.finds("ssn", "219-45-6788", in: "ssn_219-45-6788_final.pdf"))
        #expect(try !Self.finds("ssn", "219-45-6788", in: "build x219-45-6788y"))
        let bytes = Array("scan_219-45-6788_v2.txt".utf8)
        let values = try #require(Self.scanner).detectedValues(in: bytes, path: "-").filter { $0.kind.name == "ssn" }
        #expect(values.map { String(decoding: bytes[$0.range], as: UTF8.self) } == ["219-45-6788"], "the value, without its underscores")
    }

    // MARK: - Names in prose

    @Test(arguments: [
        ("Maria Gonzalez, 67F, presented with chest pain and diaphoresis.", "Maria Gonzalez"),
        ("Mr. Okafor reports worsening dyspnea since Tuesday.", "Okafor"),
        ("Mr. Koch reports worsening dyspnea since Tuesday.", "Koch"),
        ("Maria Ford's labs came back and she was admitted overnight.", "Maria Ford"),
        ("pt john smithers c/o dizziness x3 days", "john smithers"),
        ("Patient name: GONZALEZ, MARIA  DOB 03/12/1961", "GONZALEZ, MARIA"),
        ("Draft a text to Cheryl reminding her of her A1c recheck next week.", "Cheryl"),
        ("Jeffrey Duncan in room 345 keeps pulling at his IV overnight; delirium precautions?", "Jeffrey Duncan"),
        ("Park Ji-hoon (07/17/1955) in 612 spiked to 39.1 overnight.", "Park Ji-hoon"),
        ("emergency contact: David Fuller (son) 407-859-3953", "David Fuller"),
        ("Blevins, Michael - 2nd opinion requested re: MRI showing L4-L5 herniation", "Blevins, Michael"),
        ("Saw Michelle Farmer today for gross hematuria, CT urogram ordered.", "Michelle Farmer"),
    ])
    func namesBesideAPersonCue(text: String, name: String) throws {
        #expect(try Self.finds("name", name, in: text), "no name finding in a prompt with a person cue")
    }

    @Test(arguments: [
        "How did Guido van Rossum design the GIL, and would Linus Torvalds agree?",
        "Florence Nightingale's polar area diagrams showed deaths from preventable disease.",
        "Why is Phineas Gage's 1848 injury considered important in neuroscience?",
        "What did Ignaz Semmelweis actually measure in the Vienna maternity clinics?",
        "In Grey's Anatomy, what illness did Meredith Grey's mother Ellis have?",
        "What did the physicians attending Abraham Lincoln do after he was shot at Ford's Theatre?",
        "Parkinson's disease and Crohn's disease are both named for physicians.",
        "Patient: John Doe, DOB 01/01/1970, is the example in our intake form docs.",
        "Reword my email to Ms. Delgado in procurement about the infusion pump quote.",
        "Write a SQL query that returns first_name, last_name and dob for patients admitted this week.",
        "Dr. Maria Gonzalez presented the case at grand rounds.",
        "Sarah Johnson, RN, is the care coordinator on 7N.",
        "Our clinic at Riverside Family Medicine uses Epic for scheduling.",
    ])
    func wellKnownPeopleEponymsPlaceholdersAndStaffAreNotPatients(text: String) throws {
        #expect(try Self.found(text).filter { $0.kind == "name" }.isEmpty, "a name was reported in a clean prompt")
    }

    // MARK: - Addresses in prose

    @Test(arguments: [
        ("her address is 6510 Grove Ave Unit 60, Syracuse, NY 13208 - format it for the envelope", "6510 Grove Ave"),
        ("Please geocode 4521 Oak Ridge Dr, Apt 4B, Springfield, IL 62704", "4521 Oak Ridge Dr"),
        ("pharmacy is shipping insulin to 4820 N Prospect Street, Denver, CO 80218; ok on the porch?", "4820 N Prospect Street"),
        ("visited the patient at 5918 sycamore st, boise, id 83705 this morning", "5918 sycamore st"),
    ])
    func streetAddressesOfPeople(text: String, street: String) throws {
        #expect(try Self.finds("address", street, in: text))
    }

    @Test(arguments: [
        "Ship-to is Riverside Family Medicine, 2200 Commerce Pkwy Suite 140, Spokane, WA 99202.",
        "Use 123 Main St, Anytown as the example address in the form.",
        "The FSF is at 51 Franklin Street, Fifth Floor, Boston, MA 02110-1301.",
        "We had 5 patients walk in after the storm.",
    ])
    func businessExampleAndFalseAddressesAreQuiet(text: String) throws {
        #expect(try Self.found(text).filter { $0.kind == "address" }.isEmpty)
    }

    // MARK: - Identifiers after a keyword

    @Test(arguments: [
        ("patient-id", "GET /api/patients/48213991/labs 500", "48213991"),
        ("patient-id", "KeyError: 'patient V291064893'", "V291064893"),
        ("patient-id", "query { patient(id: \"431475\") { name } }", "431475"),
        ("health-plan-id", "Member ID RFB027476428, group 4G2648. Write an appeal.", "RFB027476428"),
        ("health-plan-id", "policy # 7598854910 group # 2846491: does the plan cover CGMs?", "7598854910"),
        ("claim-number", "ref claim no. 1224408594460: timely filing denial", "1224408594460"),
        ("account-number", "acct numbers: 650970359, 7438573, 1593853", "7438573"),
        ("license-number", "DL# 609 813 458 scanned at registration", "609 813 458"),
        ("device-id", "Oxygen concentrator S/N HM3-7715797 keeps alarming", "HM3-7715797"),
        ("vin", "wheelchair van VIN 1HGBH41JXMN109187 needs the ramp space", "1HGBH41JXMN109187"),
        ("ip-address", "patient portal login from IP 73.162.4.201 failed twice", "73.162.4.201"),
        ("url", "her chart: https://portal.stmarys-health.org/patients/48213991/chart", "https://portal.stmarys-health.org/patients/48213991/chart"),
        ("date", "She was seen in clinic on 04/16/2022 and admitted on 04/18/2022.", "04/16/2022"),
        ("date", "Biopsy collected 28-Jun-2024, results pending.", "28-Jun-2024"),
        ("date", "Box 3: 04/10/1990 M  Box 5: see attached", "04/10/1990"),
        ("patient-id", "IllegalStateException: invalid for Patient{id=552244, status=ACTIVE}", "552244"),
        ("patient-id", "{\"patientId\": \"pat_2c5ff4b1ed0c\", \"event\": \"login\"}", "pat_2c5ff4b1ed0c"),
        ("account-number", "WARN charge.failed acct=G1009955 amount=28500", "G1009955"),
        ("account-number", "hospital says my account A34679983 went to collections", "A34679983"),
        ("license-number", "customer showed MI license J 422 251 190 078 at the counter", "422 251 190 078"),
        ("health-plan-id", "the app says member not found when I type MA72094J from my card", "MA72094J"),
        ("device-id", "Serial number on my ID card is IPG443579. Is mine recalled?", "IPG443579"),
        ("ssn", "healthcare.gov says my identity can't be verified. I typed 216212570 like on my card", "216212570"),
        ("url", "can you read my aunt's update on https://www.caringbridge.org/site/miriammarchetti", "https://www.caringbridge.org/site/miriammarchetti"),
        ("address", "Paper claim got returned. Box 5: 4841 VINE ST, CHICAGO, IL 60614. Payer is Oscar.", "4841 VINE ST"),
    ])
    func keywordKindsInPrompts(kind: String, text: String, value: String) throws {
        #expect(try Self.finds(kind, value, in: text), "\(kind) not found")
    }

    @Test(arguments: [
        "patient_id = request.args[\"patient_id\"]",
        "member id SYNM206625977 and claim number SYNC206625977",
        "account_id = \"123456789012\"",
        "device_id = 0",
        "CERT = {\"serialNumber\": \"B09264B1F2DA21D1\"}",
        "server 10.0.0.12 and 192.0.2.44 (documentation range)",
        "https://hapi.fhir.org/baseR4/Patient/1234567",
        "the sprint ends 2024-03-14 and release 4.2.1.1 ships",
        "patient 1234567 (counted up), claim 2024 was denied",
        "Our FHIR server returns 400 on GET /Patient?birthdate=ge1950-01-01&_count=500.",
        "SELECT * FROM person WHERE dob >= '1950-03-04' AND dob < '1960-01-01'",
        "What's the mailing address for Mayo Clinic in Rochester, MN (200 First St SW, 55905)?",
        "the order id is ord_12 and the account was closed in 2019",
        "my identity provider returns code 401 after 30 seconds",
    ])
    func placeholdersAndNonValuesAreQuiet(text: String) throws {
        let path = text.contains("=") ? "src/app.py" : "-"
        #expect(try Self.found(text, path: path).filter { $0.kind != "name" }.isEmpty, "a placeholder or non-value was reported")
    }

    @Test func keywordKindsInCodeFixtures() throws {
        let fixture = """
            PATIENT = {
                "patient_id": "48213991",
                "member_id": "W482913305",
                "claim_number": "CLM-20240048213",
                "account_number": "482910331",
                "drivers_license_number": "D4829103",
                "implant_serial_number": "PM-482910",
                "admission_date": "2024-03-14",
                "guarantor_last_name": "Okafor",
                "mailing_home_address": "4521 Oak Ridge Drive",
            }
            """
        let kinds = Set(try Self.found(fixture, path: "tests/test_fixture.py").map(\.kind))
        for kind in ["patient-id", "health-plan-id", "claim-number", "account-number", "license-number", "device-id", "date", "name", "address"] {
            #expect(kinds.contains(kind), "\(kind) not found in a code fixture")
        }
    }

    // MARK: - Message formats and file names

    @Test func hl7X12FHIRAndXMLPersonFields() throws {
        let hl7 = "PID|1||48213991^^^HOSP^MR||GONZALEZ^MARIA^L||19610312|F|||4521 OAK RIDGE DR^^SPRINGFIELD^IL^62704"
        let kinds = Set(try Self.found(hl7, path: "feeds/adt.hl7").map(\.kind))
        #expect(kinds.isSuperset(of: ["patient-id", "name", "dob", "address"]))
        let x12 = "NM1*IL*1*HARRISON*DONALD****MI*613296801~DMG*D8*19630620*M~CLP*PCN1994046*4*650*0**MC*2616559863702*11~"
        #expect(Set(try Self.found(x12).map(\.kind)).isSuperset(of: ["name", "health-plan-id", "dob", "claim-number"]))
        let fhir = #"{"resourceType": "Patient", "identifier": [{"type": {"coding": [{"code": "MR"}]}, "value": "E6221365"}]}"#
        #expect(try Self.finds("mrn", "E6221365", in: fhir))
        let ccda = "<recordTarget><patientRole><id root=\"1.2.3\" extension=\"990915487\"/><patient><name><given>Shannon</given><family>Jones</family></name><birthTime value=\"19770905\"/></patient></patientRole></recordTarget>"
        #expect(Set(try Self.found(ccda, path: "docs/ccd.xml").map(\.kind)).isSuperset(of: ["patient-id", "name", "dob"]))
        #expect(try Self.finds("dob", "19770905", in: "Unable to get s3://faxes/referrals/ogunleye_adebayo_19770905.pdf"))
    }

    @Test func publishedExamplePatientsAreQuiet() throws {
        let hl7 = "PID|1||SYN0001234^^^HOSP^MR||EVERYMAN^ADAM^||19700101|M|||123 MAIN ST^^ANYTOWN^MA^02115"
        #expect(try Self.found(hl7, path: "feeds/adt.hl7").isEmpty)
        let fhirExample = #"example = {"resourceType": "Patient", "name": [{"family": "Chalmers", "given": ["Peter", "James"]}], "birthDate": "1974-12-25"}"#
        #expect(try Self.found(fhirExample, path: "tests/test_fhir.py").isEmpty)
        let synthea = #"{"resourceType":"Patient","extension":[{"url":"http://synthetichealth.github.io/synthea/disability-adjusted-life-years"}],"name":[{"family":"Kuhlman","given":["Abe"]}],"birthDate":"1961-03-12"}"#
        #expect(try Self.found(synthea, path: "fhir/Patient.ndjson").isEmpty)
    }

    /// Marks around a value that make it an example, from the second pass over the healthcare
    /// packages. Every case has a twin without the mark that is still found.
    @Test func examplesMarkedAroundTheValueAreQuiet() throws {
        // A doctest's vector, and its output line.
        #expect(try Self.found(">>> validate('536-90-4399')\n'536904399'\n", path: "stdnum/us/ssn.py").isEmpty)
        #expect(try Self.finds("ssn", "536-90-4399", in: "number = validate('536-90-4399')\n", path: "app/ssn.py"))
        // A trailing comment on the literal's closing line says it is test data.
        let dlp = "CASES = [\n    (\n        \"Social Security Number: 690-05-5315\",\n        True,\n    ),  # from DLP test data\n]\n"
        #expect(try Self.found(dlp, path: "tests/test_detect.py").isEmpty)
        #expect(try Self.finds("ssn", "690-05-5315", in: dlp.replacingOccurrences(of: "  # from DLP test data", with: ""), path: "tests/test_detect.py"))
        // The ends of a documented range.
        #expect(try Self.found("ITINs run from 900-70-0000 through 999-88-9999 today.\n", path: "docs/itin.md").isEmpty)
        #expect(try Self.finds("ssn", "912-88-4471", in: "ITIN on file: 912-88-4471.\n", path: "notes/itin.md"))
        // A fake-data generator's documented output.
        let generator = "    $ faker profile ssn,birthdate\n    {'ssn': '628-10-1085', 'birthdate': '2008-03-29'}\n"
        #expect(try Self.found(generator, path: "README.rst").isEmpty)
        #expect(try Self.finds("ssn", "628-10-1085", in: "    {'ssn': '628-10-1085', 'birthdate': '2008-03-29'}\n", path: "README.rst"))
        // A C-CDA case whose patient id names the test case, or whose record holds two kinds of placeholder.
        let testCase = "<recordTarget><patientRole><id extension=\"ID-RACE-01\" root=\"2.16.840.1.113883.4.1\"/><patient><birthTime value=\"19800112\"/></patient></patientRole></recordTarget>"
        #expect(try Self.found(testCase.replacingOccurrences(of: "ID-RACE", with: "test-race"), path: "resources/case_01.xml").isEmpty)
        #expect(try Self.finds("dob", "19800112", in: testCase.replacingOccurrences(of: "ID-RACE-01", with: "48213977"), path: "resources/case_01.xml"))
        let cartoon = "<recordTarget><patientRole><id extension=\"77120934\" root=\"2.16.840.1.113883.3.7732\"/><telecom use=\"HP\" value=\"tel:9515551234\"/>"
            + "<patient><name><family>BURKE</family><given>TERRY</given></name></patient></patientRole></recordTarget>"
            + "<performer><assignedEntity><assignedPerson><name use=\"L\"><family>Duck</family><given>Donald</given></name></assignedPerson></assignedEntity></performer>"
        #expect(try Self.found(cartoon, path: "resources/terry.xml").isEmpty)
        #expect(!(try Self.found(cartoon.replacingOccurrences(of: "9515551234", with: "9514471234"), path: "resources/terry.xml")).isEmpty)
        // SMART's sample patients, a slug holding a date, a range, a lock file's pins.
        #expect(try Self.found("fhir:value \"Patient/SMART-1098667\"\n", path: "out/obs.ttl").isEmpty)
        #expect(try Self.finds("patient-id", "1098667", in: "GET /fhir/Patient/1098667 returned 404 for the admitted patient\n", path: "app.log"))
        #expect(try Self.found("\"reference\": \"Encounter/surgery-2024-01-15\"\n", path: "docs/careteam.md").isEmpty)
        #expect(try Self.finds("license-number", "Z589-971-21-091-9", in: "Driver's license: Z589-971-21-091-9 (FL). Enough ID for pickup?\n"))
        #expect(try Self.found("\tbut while multiple documents claim 80-83 are also valid\n", path: "ChangeLog").isEmpty)
        #expect(try Self.found("asttokens=3.0.0=pyhd8ed1ab_1 @ c7211bb6\n", path: ".envs/hawk.lock").isEmpty)
        #expect(try Self.finds("generic-secret", "Xk3", in: "api_token = \"Xk3pQ9vL2mN7rT4wZ8yB\"\n", path: "config/settings.ini"))
        // A badge's `?name=` is a package; an address with a made-up ZIP is an example.
        #expect(try Self.found("[![PyPi](https://version-image.appspot.com/pypi/?name=fhirtordf)](x)\n", path: "notes/README.md").isEmpty)
        #expect(try Self.finds("url", "https://portal.example-health.org/lookup?name=maria+gonzalez", in: "Her chart: https://portal.example-health.org/lookup?name=maria+gonzalez\n", path: "-"))
        #expect(try Self.found("The patient lives at 4417 Dark Data Lane, Columbus, OH 11111\n", path: "-").isEmpty)
        #expect(try Self.finds("address", "4417 Dark Data Lane", in: "The patient lives at 4417 Dark Data Lane, Columbus, OH 43210\n", path: "-"))
        // Words that are not a person: a name mentioned as a word, a coded LOINC part, a title before a noun, a phrase.
        #expect(try Self.found("of values match real-world frequencies (e.g. the English name Gary would\n", path: "docs/usage.md").isEmpty)
        #expect(try Self.finds("name", "Gary", in: "Patient name Gary Okafor, 67M, was admitted with sepsis.\n", path: "-"))
        #expect(try Self.found("1554-5^GLUCOSE^POST 12H CFST:MCNC:PT:SER/PLAS:QN\n", path: "docs/index.rst").isEmpty)
        #expect(try Self.found(" * Enotna maticna stevilka obcana (Unique Master Citizen Number)\n", path: "README.md").isEmpty)
        #expect(try Self.finds("name", "Jacob", in: "Master Jacob Okafor, age 7, presented with wheeze.\n", path: "-"))
        #expect(try Self.found("patient_name = 'Running on Water'\nds.PatientName = 'TestA'\n", path: "tests/test_valuerep.py").filter { $0.kind == "name" }.isEmpty)
        // A FHIR resource about a placeholder patient, an identifier issued by an example domain.
        let jane = "{\"resourceType\": \"Condition\", \"subject\": {\"reference\": \"Patient/patient-jane-smith\"},\n \"onsetDateTime\": \"2024-01-22T00:00:00-05:00\"}"
        #expect(try Self.found(jane, path: "fixtures/athena.json").isEmpty)
        #expect(try Self.finds("date", "2024-01-22", in: jane.replacingOccurrences(of: "patient-jane-smith", with: "48213977"), path: "fixtures/athena.json"))
        let mrn = "{\"resourceType\": \"Patient\", \"identifier\": [{\"system\": \"http://hospital.example.org/mrn\", \"value\": \"998991\"}]}"
        #expect(try Self.found(mrn, path: "fixtures/patient.json").isEmpty)
        #expect(!(try Self.found(mrn.replacingOccurrences(of: "hospital.example.org", with: "hospital.mercy-health.org"), path: "fixtures/patient.json")).isEmpty)
    }

    /// What public healthcare packages showed: HL7's example OID arc, sample patients known by their
    /// whole name, a library README's API example, the DLP test record, FHIR type names, and a
    /// marker word inside another word. The same shapes without the marks are still found.
    @Test func publishedSampleDocumentsAndExamplesAreQuiet() throws {
        let ccda = """
            <recordTarget><patientRole><id extension="998991" root="2.16.840.1.113883.19.5.99999.2"/>
            <patient><name use="L"><given>Isabella</given><given>Isa</given><family>Jones</family></name>
            <birthTime value="19750501"/></patient></patientRole></recordTarget>
            """
        #expect(try Self.found(ccda, path: "samples/ccd.xml").isEmpty)
        #expect(!(try Self.found(ccda.replacingOccurrences(of: "2.16.840.1.113883.19.5.99999.2", with: "1.2.840.114350.1.13.5325.1.7.5.737384.14"), path: "samples/ccd.xml")).isEmpty)
        let joined = "<patient><name><given>Adam</given><family>Everyman</family></name><birthTime value=\"19540112\"/></patient>"
        #expect(try Self.found(joined, path: "export/ccd.xml").filter { $0.kind == "name" }.isEmpty)
        let readme = """
            ```python
            >>> patient = Patient.model_validate({"id": "p1", "birthDate": "1985-06-12", "managingOrganization": {"reference": "Organization/1"}})
            ```
            """
        #expect(try Self.found(readme, path: "README.md").isEmpty)
        #expect(try Self.found("Robert Aragon, SSN: 489-36-8350, DOB: 6/7/1981  # DLP test data", path: "tests/test_dlp.py").filter { $0.kind == "ssn" }.isEmpty)
        #expect(try Self.found(#"{"InsurancePlan.contact.name": "HumanName", "Patient.name": "HumanName"}"#, path: "models/path2Type.json").isEmpty)
        #expect(try Self.finds("url", "https://", in: "her chart: https://portal.example-health.org/patients/48213991", path: "-"))
        #expect(try Self.found("see the issue about the tracker at https://github.com/blair/maria-gonzalez/issues/1", path: "-").isEmpty)
        #expect(try Self.found("Copyright (c) 2019 Maria Gonzalez (maria.gonzalez71@gmail.com), patient-data tools", path: "LICENSE").isEmpty)
        #expect(try Self.found("tests/data/Encounter/4f2b9c1e-8d3a-4b7e-9f10-2c5d6e7a8b90.ttl\n", path: "pkg.egg-info/SOURCES.txt").isEmpty)
        let table = "| OID | URI | Name | Use |\n|---|---|---|---|\n| 2.16.840.1.113883.6.96 | `http://snomed.info/sct` | SNOMED CT | Clinical diagnoses |\n"
        #expect(try Self.found(table, path: "docs/codes.md").isEmpty)
        let record = "<patient><name><given>Nikolai</given><family>Petrov</family></name><birthTime value=\"19610312\"/></patient>"
        #expect(try Self.found(record, path: "resources/CCD_CompGuideSample.xml").isEmpty)
        #expect(!(try Self.found(record, path: "resources/export_2024.xml")).isEmpty)
        let masked = "SAMPLE = [\"PID|1||4829173645^^^HOSP^A||XXXXXXXXXX^^^^^^S||19610312|F||1|^^RICHMOND^^23219\"]"
        #expect(try Self.found(masked, path: "tests/samples.py").isEmpty)
        #expect(!(try Self.found(masked.replacingOccurrences(of: "XXXXXXXXXX^^^^^^S", with: "OKAFOR^CHIDI"), path: "tests/samples.py")).isEmpty)
        // One-word test labels in code, DICOM's Doe^ names in docs, a published sample named in a test's comment.
        #expect(try Self.found("parent.PatientName = \"Parent\"\nx.PatientBirthName = \"PBN\"", path: "tests/test_dataset.py").isEmpty)
        #expect(try Self.finds("name", "Maria Gonzalez", in: "y.PatientName = \"Maria Gonzalez\"", path: "tests/test_dataset.py"))
        #expect(try Self.found("PATIENT: PatientID=48213991, PatientName=Doe^Archibald", path: "doc/filesets.rst").isEmpty)
        #expect(try Self.found("    - Patient: Steve Williamson, Male, DOB: 1951-03-04", path: "tests/test_e2e.py").isEmpty)
        #expect(!(try Self.found("    - Patient: Maria Okafor, Female, DOB: 1951-03-04, MRN 00482913", path: "tests/test_e2e.py")).isEmpty)
    }

    // MARK: - Recall holes

    @Test func anEmailIsJudgedByItsOwnFieldNotItsLine() throws {
        #expect(try Self.finds("email", "maria.gonzalez", in: "2026-03-02 INFO notify: send reminder to maria.gonzalez71@gmail.com", path: "logs/app.log"))
        #expect(try Self.finds("email", "maria.g", in: "send_reminder(patient, \"maria.g71@gmail.com\")  # contact on file", path: "tests/test_notify.py"))
        #expect(try Self.found("__author__ = \"Jane Roe <jane.roe71@gmail.com>\"", path: "src/pkg/__init__.py").isEmpty)
    }

    @Test func aStrayTripleQuoteHidesNothing() throws {
        let code = #"""
            HELP = 'use """ for docstrings'
            # a comment with ''' in it

            client = OpenAI()
            """#
        #expect(try Self.found(code, path: "src/app.py").contains { $0.kind == "ai-endpoint" })
    }

    @Test func aPrivateKeyIsReportedAtItsBeginLine() throws {
        let body = (0..<6).map { _ in String((0..<64).map { _ in Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/").randomElement() ?? "A" }) }
        let pem = "x = 1\n-----BEGIN RSA PRIVATE KEY-----\n" + body.joined(separator: "\n") + "\n-----END RSA PRIVATE KEY-----\n"
        let scanner = try #require(Self.scanner)
        let finding = try #require(try scanner.findings(in: Array(pem.utf8), path: "deploy/key.pem").first { $0.kind == .privateKey })
        #expect(finding.line == 2 && finding.column == 1)
    }

    // MARK: - Outputs never hold a value

    @Test func noOutputHoldsADetectedValue() throws {
        let values = ["Maria Gonzalez", "48213991", "W482913305", "1224408594460", "4521 Oak Ridge Dr", "73.162.4.201", "1HGBH41JXMN109187"]
        let prompt = """
            Maria Gonzalez, 67F, presented with chest pain. Member ID W482913305, claim no. 1224408594460.
            GET /api/patients/48213991/labs from 73.162.4.201 (patient portal login). Home: 4521 Oak Ridge Dr, Apt 4B, Springfield, IL 62704.
            Her car's VIN 1HGBH41JXMN109187 is in the incident report.
            """
        let scanner = try #require(Self.scanner)
        let findings = try scanner.findings(in: Array(prompt.utf8), path: "-")
        #expect(findings.count >= values.count)
        let result = ScanResult(findings: findings, baselined: [], skipped: [], syntheticFiles: 0, files: 1, bytes: prompt.utf8.count, seconds: 0)
        for output in [ScanReport.text(result, color: false), ScanReport.json(result), ScanReport.sarif(result, version: "test")] {
            for value in values {
                #expect(!output.contains(value), "an output holds a detected value")
                #expect(!output.contains(String(value.dropLast(2))), "an output holds most of a detected value")
            }
        }
        #expect(!(try scanner.redactingValues(in: prompt)).contains("W482913305"))
    }
}
