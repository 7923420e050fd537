import Foundation
@testable import Scanning

/// A deterministic random source, so every run plants the same corpus.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A planted value: the kind the scanner must report for it, or nil for a decoy it must not report.
struct Plant {
    var kind: String?
    var value: String
}

/// A labeled corpus: files of realistic code, config, logs, CSV exports and notebooks with true
/// findings of every kind planted, and the decoys SPEC lists (synthetic, reserved, example values).
struct LabeledCorpus {
    struct File {
        var path: String
        var text: String
        var plants: [Plant]
    }

    private(set) var files: [File] = []
    private var random: SplitMix

    init(seed: UInt64, rounds: Int) {
        random = SplitMix(state: seed)
        for round in 0..<rounds { addRound(round) }
    }

    // MARK: values

    private mutating func digits(_ count: Int) -> String {
        (0..<count).map { _ in String(Int.random(in: 0...9, using: &random)) }.joined()
    }

    mutating func issuableSSN() -> String {
        var area = Int.random(in: 1...899, using: &random)
        if area == 666 { area = 667 }
        return String(format: "%03d-%02d-%04d", area, Int.random(in: 1...99, using: &random), Int.random(in: 1...9999, using: &random))
    }

    mutating func itin() -> String {
        String(format: "9%02d-%02d-%04d", Int.random(in: 0...99, using: &random), [50, 63, 70, 88, 90, 94, 99].randomElement(using: &random) ?? 70,
               Int.random(in: 1...9999, using: &random))
    }

    mutating func neverIssuedSSN() -> String {
        switch Int.random(in: 0...3, using: &random) {
        case 0: String(format: "000-%02d-%04d", Int.random(in: 1...99, using: &random), Int.random(in: 1...9999, using: &random))
        case 1: String(format: "666-%02d-%04d", Int.random(in: 1...99, using: &random), Int.random(in: 1...9999, using: &random))
        case 2: String(format: "9%02d-%02d-%04d", Int.random(in: 0...99, using: &random), [11, 20, 30, 40, 45, 66, 69, 89].randomElement(using: &random) ?? 20, Int.random(in: 1...9999, using: &random))
        default: String(format: "%03d-00-%04d", Int.random(in: 1...665, using: &random), Int.random(in: 1...9999, using: &random))
        }
    }

    mutating func phone() -> String {
        let area = [212, 305, 415, 617, 713, 206, 312, 404, 503, 602].randomElement(using: &random) ?? 617
        let drawn = Int.random(in: 201...989, using: &random) == 555 ? 556 : Int.random(in: 201...989, using: &random)
        // 555 is the fiction exchange and N11 (211…911) are service codes no number uses: both are
        // placeholders the scanner rightly skips, so a true plant avoids them.
        let exchange = drawn == 555 ? 556 : drawn % 100 == 11 ? drawn + 1 : drawn
        let line = String(format: "%04d", Int.random(in: 0...9999, using: &random))
        return ["(\(area)) \(exchange)-\(line)", "\(area)-\(exchange)-\(line)",
                "+1 \(area).\(exchange).\(line)"].randomElement(using: &random) ?? ""
    }

    mutating func reservedPhone() -> String { "617-555-01\(digits(2))" }

    private static let first = ["Maria", "James", "Aisha", "Wei", "Olga", "Carlos", "Priya", "Tomasz", "Grace", "Samuel", "Fatima", "Liam"]
    private static let last = ["Gonzalez", "Okafor", "Nguyen", "Kowalski", "Haddad", "Lindqvist", "Patel", "Moreau", "Brennan", "Ito"]
    private static let streets = ["Maple Street", "Harbor Avenue", "Elm Road", "Washington Blvd", "Lakeview Drive", "Cedar Lane"]

    mutating func firstName() -> String { Self.first.randomElement(using: &random) ?? "Maria" }
    mutating func lastName() -> String { Self.last.randomElement(using: &random) ?? "Patel" }
    mutating func street() -> String { "\(Int.random(in: 10...9899, using: &random)) \(Self.streets.randomElement(using: &random) ?? "Elm Road")" }

    mutating func email() -> String {
        "\(firstName().lowercased()).\(lastName().lowercased())\(Int.random(in: 1...99, using: &random))@"
            + (["gmail.com", "yahoo.com", "outlook.com", "mgh.harvard.edu", "kp.org"].randomElement(using: &random) ?? "gmail.com")
    }

    mutating func reservedEmail() -> String {
        "\(firstName().lowercased())@" + (["example.com", "example.org", "clinic.test", "mail.invalid"].randomElement(using: &random) ?? "example.com")
    }

    /// Ten digits with a valid NPI check digit, first digit `first`.
    mutating func npi(first: Int) -> String {
        let body = [UInt8(first)] + (0..<8).map { _ in UInt8.random(in: 0...9, using: &random) }
        for check in UInt8(0)...9 where IdentifierRules.luhnValid([8, 0, 8, 4, 0] + body + [check]) {
            return body.map(String.init).joined() + String(check)
        }
        return ""
    }

    mutating func mbi(synthetic: Bool) -> String {
        let letters = Array("ACDEFGHJKMNPQRTUVWXY")
        func letter(_ r: inout SplitMix) -> String { String(letters.randomElement(using: &r) ?? "A") }
        func digit(_ r: inout SplitMix) -> String { String(Int.random(in: 0...9, using: &r)) }
        let second = synthetic ? "S" : letter(&random)
        return digit1() + second + letter(&random) + digit(&random) + letter(&random) + digit(&random) + digit(&random)
            + letter(&random) + letter(&random) + digit(&random) + digit(&random)
    }

    private mutating func digit1() -> String { String(Int.random(in: 1...9, using: &random)) }

    mutating func dea(firstLetter: Character) -> String {
        let digits = (0..<6).map { _ in Int.random(in: 0...9, using: &random) }
        let check = (digits[0] + digits[2] + digits[4] + 2 * (digits[1] + digits[3] + digits[5])) % 10
        let second = Self.last.randomElement(using: &random)?.first ?? "P"
        return "\(firstLetter)\(second)" + digits.map(String.init).joined() + String(check)
    }

    mutating func card() -> String {
        let prefix: [UInt8] = [[4], [5, 3], [3, 7], [6, 0, 1, 1]].randomElement(using: &random) ?? [4]
        let length = prefix == [3, 7] ? 15 : 16
        var body = prefix + (0..<(length - prefix.count - 1)).map { _ in UInt8.random(in: 0...9, using: &random) }
        for check in UInt8(0)...9 where IdentifierRules.luhnValid(body + [check]) {
            body.append(check)
            break
        }
        let text = body.map(String.init).joined()
        if length == 15 { return String(text.prefix(4)) + " " + String(text.dropFirst(4).prefix(6)) + " " + String(text.suffix(5)) }
        return stride(from: 0, to: 16, by: 4).map { String(Array(text)[$0..<$0 + 4]) }.joined(separator: "-")
    }

    mutating func dob() -> String {
        String(format: "%04d-%02d-%02d", Int.random(in: 1930...2015, using: &random), Int.random(in: 1...12, using: &random), Int.random(in: 1...28, using: &random))
    }

    mutating func mrn() -> String { String(Int.random(in: 1...9, using: &random)) + digits(7) }

    /// An id of `count` digits with no run of five counting up or repeating (those are placeholders).
    mutating func id(_ count: Int, prefix: String = "") -> String {
        while true {
            let value = String(Int.random(in: 1...9, using: &random)) + digits(count - 1)
            if !PlaceholderValues.isPlaceholderNumber(ByteClass.digits(Array(value.utf8))) { return prefix + value }
        }
    }

    /// A VIN with a valid North American check digit.
    mutating func vin() -> String {
        let alphabet = Array("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
        while true {
            var characters = (0..<17).map { _ in alphabet.randomElement(using: &random) ?? "A" }
            for check in Array("0123456789X") {
                characters[8] = check
                let bytes = Array(String(characters).utf8)
                if VehicleNumber.checkDigitHolds(bytes), VehicleNumber.judge(bytes[...], keyword: false) == .finding { return String(characters) }
            }
        }
    }

    /// A public IPv4 address outside every reserved, private and documentation range.
    mutating func publicIP() -> String {
        let first = [24, 50, 67, 73, 98, 108, 174, 184][Int.random(in: 0...7, using: &random)]
        return "\(first).\(Int.random(in: 1...254, using: &random)).\(Int.random(in: 1...254, using: &random)).\(Int.random(in: 1...254, using: &random))"
    }

    /// A date in 2020–2025 (admissions, discharges, services).
    mutating func recordDate() -> String {
        String(format: "%04d-%02d-%02d", Int.random(in: 2020...2025, using: &random), Int.random(in: 1...12, using: &random), Int.random(in: 2...28, using: &random))
    }

    private mutating func token(_ alphabet: String, _ count: Int) -> String {
        let characters = Array(alphabet)
        return String((0..<count).map { _ in characters.randomElement(using: &random) ?? "a" })
    }

    private static let alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

    mutating func secret(_ kind: String) -> String {
        switch kind {
        case "aws-access-key": "AKIA" + token("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
        case "aws-secret-key": token(Self.alnum + "/+", 40)
        case "github-token": "ghp_" + token(Self.alnum, 36)
        case "slack-token": "xoxb-" + digits(11) + "-" + digits(12) + "-" + token(Self.alnum, 24)
        case "openai-key": "sk-proj-" + token(Self.alnum + "_-", 48)
        case "anthropic-key": "sk-ant-api03-" + token(Self.alnum + "_-", 93) + "AA"
        case "google-api-key": "AIza" + token(Self.alnum + "_-", 35)
        case "stripe-key": "sk_live_" + token(Self.alnum, 24)
        case "generic-secret": token(Self.alnum, 19) + String(Int.random(in: 0...9, using: &random))
        case "password-in-url": token(Self.alnum, 14)
        default: ""
        }
    }

    mutating func jwt() -> String {
        let header = Data(#"{"alg":"HS256","typ":"JWT"}"#.utf8).base64EncodedString()
        let payload = Data(#"{"sub":"\#(digits(8))","exp":\#(digits(10))}"#.utf8).base64EncodedString()
        func url(_ s: String) -> String { s.replacingOccurrences(of: "=", with: "").replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_") }
        return url(header) + "." + url(payload) + "." + token(Self.alnum + "_-", 43)
    }

    mutating func privateKeyBody() -> String { token(Self.alnum + "+/", 64) }

    // MARK: files

    private mutating func addRound(_ round: Int) {
        addCSVExport(round)
        addPythonCode(round)
        addConfig(round)
        addLog(round)
        addNotebook(round)
        addJSONFixture(round)
        addEgress(round)
        addDecoys(round)
        addIdentifierFixture(round)
        addClaimsExport(round)
        addAccessLog(round)
        addClinicalNote(round)
        addHL7Message(round)
        addCodeDecoys(round)
    }

    private mutating func addCSVExport(_ round: Int) {
        var text = "patient_id,first_name,last_name,ssn,birthdate,phone,email,address,mrn\n"
        var plants: [Plant] = []
        for row in 0..<4 {
            let first = firstName(), last = lastName(), ssn = issuableSSN(), birth = dob()
            let phone = self.phone(), email = self.email(), street = self.street(), mrn = self.mrn()
            text += "\(row + 1),\(first),\(last),\(ssn),\(birth),\(phone),\(email),\(street),\(mrn)\n"
            plants += [Plant(kind: "name", value: first), Plant(kind: "name", value: last), Plant(kind: "ssn", value: ssn),
                       Plant(kind: "dob", value: birth), Plant(kind: "phone", value: phone), Plant(kind: "email", value: email),
                       Plant(kind: "address", value: street), Plant(kind: "mrn", value: mrn)]
        }
        // A synthetic record: every identifier is synthetic, so its name, address and birth date are too.
        let first = firstName(), last = lastName(), street = self.street(), birth = dob()
        text += "99,\(first),\(last),\(neverIssuedSSN()),\(birth),\(reservedPhone()),\(reservedEmail()),\(street),SYN\(digits(7))\n"
        plants += [Plant(kind: nil, value: first + "," + last), Plant(kind: nil, value: street)]
        files.append(File(path: "exports/round\(round)/patients.csv", text: text, plants: plants))
    }

    private mutating func addPythonCode(_ round: Int) {
        let ssn = issuableSSN(), itin = self.itin(), npi = self.npi(first: 1), mbi = self.mbi(synthetic: false)
        let dea = self.dea(firstLetter: "B"), card = self.card(), dob = self.dob(), mrn = self.mrn()
        let text = """
            import os
            from app.db import session

            # Regression fixture copied from a production ticket (this is what must never happen).
            PATIENT = {
                "mrn": "\(mrn)",
                "ssn": "\(ssn)",
                "tax_id_note": "ITIN \(itin) on file",
                "date_of_birth": "\(dob)",
            }

            def test_prescriber():
                prescriber_npi = "\(npi)"  # NPI of the ordering provider
                medicare_mbi = "\(mbi)"
                dea_number = "\(dea)"
                card_on_file = "\(card)"
                assert lookup(prescriber_npi)

            def connect():
                password = os.environ["DB_PASSWORD"]
                return session(password)

            """
        files.append(File(path: "tests/round\(round)/test_fixtures.py", text: text, plants: [
            Plant(kind: "mrn", value: mrn), Plant(kind: "ssn", value: ssn), Plant(kind: "ssn", value: itin),
            Plant(kind: "dob", value: dob), Plant(kind: "npi", value: npi), Plant(kind: "mbi", value: mbi),
            Plant(kind: "dea", value: dea), Plant(kind: "credit-card", value: card),
        ]))
    }

    private mutating func addConfig(_ round: Int) {
        let values = ["aws-access-key", "aws-secret-key", "github-token", "slack-token", "openai-key", "anthropic-key",
                      "google-api-key", "stripe-key", "generic-secret", "password-in-url"].map { ($0, secret($0)) }
        let v = Dictionary(uniqueKeysWithValues: values)
        let jwt = jwt()
        let key = privateKeyBody()
        let text = """
            # deploy settings
            AWS_ACCESS_KEY_ID=\(v["aws-access-key"] ?? "")
            AWS_SECRET_ACCESS_KEY=\(v["aws-secret-key"] ?? "")
            GITHUB_TOKEN=\(v["github-token"] ?? "")
            SLACK_BOT_TOKEN=\(v["slack-token"] ?? "")
            OPENAI_API_KEY=\(v["openai-key"] ?? "")
            ANTHROPIC_API_KEY=\(v["anthropic-key"] ?? "")
            GOOGLE_MAPS_KEY=\(v["google-api-key"] ?? "")
            STRIPE_SECRET=\(v["stripe-key"] ?? "")
            SESSION_SECRET="\(v["generic-secret"] ?? "")"
            DATABASE_URL=postgres://etl:\(v["password-in-url"] ?? "")@db.prod.internal:5432/ehr
            SERVICE_JWT=\(jwt)
            REDIS_PASSWORD=${REDIS_PASSWORD}
            API_TOKEN=changeme
            -----BEGIN RSA PRIVATE KEY-----
            \(key)
            -----END RSA PRIVATE KEY-----

            """
        files.append(File(path: "deploy/round\(round)/prod.env", text: text, plants: values.map { Plant(kind: $0.0, value: $0.1) }
            + [Plant(kind: "jwt", value: jwt), Plant(kind: "private-key", value: "-----BEGIN RSA PRIVATE KEY-----\n" + key)]))
    }

    private mutating func addLog(_ round: Int) {
        let email = self.email(), phone = self.phone(), ssn = issuableSSN(), mrn = self.mrn(), encounter = id(5)
        let text = """
            2026-03-02T10:14:03Z INFO  intake: created encounter \(encounter) for MRN \(mrn)
            2026-03-02T10:14:04Z DEBUG notify: sending reminder to \(email) and \(phone)
            2026-03-02T10:14:05Z WARN  eligibility: payer rejected ssn=\(ssn)
            2026-03-02T10:14:06Z INFO  http: GET /api/health 200 3ms

            """
        files.append(File(path: "logs/round\(round)/app.log", text: text, plants: [
            Plant(kind: "patient-id", value: encounter), Plant(kind: "mrn", value: mrn), Plant(kind: "email", value: email), Plant(kind: "phone", value: phone),
            Plant(kind: "ssn", value: ssn),
        ]))
    }

    private mutating func addNotebook(_ round: Int) {
        let ssn = issuableSSN(), dob = self.dob(), first = firstName(), last = lastName()
        let text = """
            {"cells": [{"cell_type": "code", "source": ["df = pd.read_csv('export.csv')\\n", "df.head()"],
              "outputs": [{"output_type": "stream", "text": ["patient ssn \(ssn) dob \(dob)\\n"]},
                          {"output_type": "execute_result", "data": {"application/json": {"first_name": "\(first)", "last_name": "\(last)"}}}]}],
             "metadata": {}, "nbformat": 4, "nbformat_minor": 5}

            """
        files.append(File(path: "notebooks/round\(round)/explore.ipynb", text: text, plants: [
            Plant(kind: "ssn", value: ssn), Plant(kind: "dob", value: dob), Plant(kind: "name", value: first),
            Plant(kind: "name", value: last),
        ]))
    }

    private mutating func addJSONFixture(_ round: Int) {
        let first = firstName(), last = lastName(), street = self.street(), ssn = issuableSSN()
        let catalogue = "Pulse Oximeter \(lastName())", synthFirst = firstName(), synthStreet = self.street()
        let text = """
            {
              "patients": [
                {
                  "first_name": "\(first)",
                  "last_name": "\(last)",
                  "address": "\(street), Boston, MA",
                  "ssn": "\(ssn)"
                }
              ],
              "synthetic": [
                {"first_name": "\(synthFirst)", "address": "\(synthStreet)", "ssn": "\(neverIssuedSSN())", "mrn": "SYN\(digits(7))"}
              ]
            }

            """
        files.append(File(path: "fixtures/round\(round)/patients.json", text: text, plants: [
            Plant(kind: "name", value: first), Plant(kind: "name", value: last), Plant(kind: "address", value: street),
            Plant(kind: "ssn", value: ssn),
        ]))
        let products = """
            [{"name": "\(catalogue)", "sku": "PX-\(digits(5))", "address": "\(self.street())"}]

            """
        files.append(File(path: "fixtures/round\(round)/catalogue.json", text: products, plants: [Plant(kind: nil, value: catalogue)]))
        _ = synthFirst
    }

    private mutating func addEgress(_ round: Int) {
        let text = """
            import anthropic
            from openai import OpenAI

            client = OpenAI()
            local = OpenAI(base_url="http://localhost:11434/v1", api_key="ollama")
            DEEPSEEK_URL = "https://api.deepseek.com/v1/chat/completions"

            def summarise(note):
                return anthropic.messages.create(model="claude", messages=[note])

            """
        files.append(File(path: "src/round\(round)/summarise.py", text: text, plants: [
            Plant(kind: "ai-endpoint", value: "OpenAI"), Plant(kind: "ai-endpoint", value: "api.deepseek.com"),
            Plant(kind: "ai-endpoint", value: "anthropic.messages.create"),
        ]))
        files.append(File(path: "svc/round\(round)/requirements.txt", text: "requests==2.32.0\ndeepseek-sdk>=0.3\npandas\n",
                          plants: [Plant(kind: "banned-package", value: "deepseek-sdk")]))
    }

    /// A patient fixture with every keyword identifier: plan, claim, account, licence, device, VIN, dates.
    private mutating func addIdentifierFixture(_ round: Int) {
        let patientID = id(8), member = id(9, prefix: "W"), claim = id(11, prefix: "CLM-"), account = id(9)
        let license = id(7, prefix: "D"), serial = id(6, prefix: "PM-"), vin = self.vin(), admitted = recordDate()
        let synthetic = "SYN" + digits(7)
        let text = """
            {
              "patient": {
                "patient_id": "\(patientID)",
                "member_id": "\(member)",
                "claim_number": "\(claim)",
                "account_number": "\(account)",
                "drivers_license_number": "\(license)",
                "implant_serial_number": "\(serial)",
                "vehicle": {"vin": "\(vin)"},
                "admission_date": "\(admitted)"
              },
              "test_patient": {"patient_id": "\(synthetic)", "member_id": "\(synthetic)"}
            }

            """
        files.append(File(path: "fixtures/round\(round)/encounter.json", text: text, plants: [
            Plant(kind: "patient-id", value: patientID), Plant(kind: "health-plan-id", value: member),
            Plant(kind: "claim-number", value: claim), Plant(kind: "account-number", value: account),
            Plant(kind: "license-number", value: license), Plant(kind: "device-id", value: serial), Plant(kind: "vin", value: vin),
            Plant(kind: "date", value: admitted), Plant(kind: nil, value: synthetic),
        ]))
    }

    /// A claims extract: ids and service dates by column.
    private mutating func addClaimsExport(_ round: Int) {
        var text = "claim_id,member_id,patient_id,dos,rendering_npi,billed\n"
        var plants: [Plant] = []
        for _ in 0..<3 {
            let claim = id(12), member = id(9, prefix: "H"), patient = id(7), service = recordDate(), npi = self.npi(first: 1)
            text += "\(claim),\(member),\(patient),\(service),\(npi),\(Int.random(in: 20...900, using: &random)).00\n"
            plants += [Plant(kind: "claim-number", value: claim), Plant(kind: "health-plan-id", value: member),
                       Plant(kind: "patient-id", value: patient), Plant(kind: "date", value: service), Plant(kind: "npi", value: npi)]
        }
        files.append(File(path: "exports/round\(round)/claims.csv", text: text, plants: plants))
    }

    /// A web access log: a patient's IP, a record URL, and the lines that hold no one.
    private mutating func addAccessLog(_ round: Int) {
        let ip = publicIP(), patient = id(8), portal = "https://mychart.stmarys-health.org/patients/\(id(8))/results"
        let text = """
            \(ip) - - [02/Mar/2026:10:14:03 +0000] "GET /api/patients/\(patient)/labs HTTP/1.1" 200 512
            10.0.4.17 - - [02/Mar/2026:10:14:04 +0000] "GET /api/health HTTP/1.1" 200 12
            2026-03-02T10:14:05Z INFO portal: redirect to \(portal)
            2026-03-02T10:14:06Z INFO build 4.2.1.1 deployed from 192.0.2.44

            """
        files.append(File(path: "logs/round\(round)/access.log", text: text, plants: [
            Plant(kind: "ip-address", value: ip), Plant(kind: "patient-id", value: patient), Plant(kind: "url", value: portal),
        ]))
    }

    /// A case write-up kept in the repository: a patient's name, dates and home address in prose.
    private mutating func addClinicalNote(_ round: Int) {
        let last = lastName(), first = firstName(), admitted = recordDate(), street = self.street()
        let text = """
            # Case review

            Mr. \(last) was admitted on \(admitted) with chest pain and discharged two days later.
            He lives at \(street), Springfield, IL 62704 with his daughter \(first).

            The intake form example below is documentation only:
            John Doe, DOB 1970-01-01, 123 Main St, Anytown, phone 555-0100.

            """
        files.append(File(path: "docs/round\(round)/case-review.md", text: text, plants: [
            Plant(kind: "name", value: last), Plant(kind: "date", value: admitted), Plant(kind: "address", value: street),
            Plant(kind: "name", value: first), Plant(kind: nil, value: "John Doe"), Plant(kind: nil, value: "123 Main St"),
        ]))
    }

    /// An HL7 v2 message saved from an interface: the PID segment's id, name, birth date and address.
    private mutating func addHL7Message(_ round: Int) {
        let patient = id(8), last = lastName().uppercased(), first = firstName().uppercased()
        let birth = String(format: "%04d%02d%02d", Int.random(in: 1930...2010, using: &random), Int.random(in: 1...12, using: &random), Int.random(in: 2...28, using: &random))
        let street = "\(Int.random(in: 10...9899, using: &random)) OAK ST"
        let text = "MSH|^~\\&|ADT1|HOSP|LAB|HOSP|20260302101400||ADT^A04|MSG\(digits(5))|P|2.5.1\n"
            + "PID|1||\(patient)^^^HOSP^MR||\(last)^\(first)^||\(birth)|F|||\(street)^^BOSTON^MA^02115\n"
            + "PID|1||SYN\(digits(7))^^^HOSP^MR||EVERYMAN^ADAM^||19700101|M|||123 MAIN ST^^ANYTOWN^MA^02115\n"
        files.append(File(path: "interfaces/round\(round)/adt.hl7", text: text, plants: [
            Plant(kind: "patient-id", value: patient), Plant(kind: "name", value: "\(last)^\(first)"), Plant(kind: "dob", value: birth),
            Plant(kind: "address", value: street),
        ]))
    }

    /// Code that uses the same words as patient data and holds none.
    private mutating func addCodeDecoys(_ round: Int) {
        let text = """
            import ssl

            def test_lock(self, lname="Lock"):
                mod_fname = "Some other nonsense"
                CERT = {"serialNumber": "B09264B1F2DA21D1", "subject": ((("commonName", "localhost"),),)}
                device_id = 0
                account_id = "123456789012"
                patient_id = request.args["patient_id"]
                visit_url = f"/api/patients/{patient_id}/visits"
                style = {"style:parent-style-name": "Standard", "HttpHeaderName": "User-Agent"}
                app = {"name": "Blue Button Sandbox", "client_id": "\(digits(6))"}
                response = {"VerificationToken": "\(secret("generic-secret"))=", "NextToken": "\(secret("generic-secret"))"}
                example = {"resourceType": "Patient", "name": [{"family": "Chalmers", "given": ["Peter", "James"]}], "birthDate": "1974-12-25"}
                assert gamma(x) == "6.26075321389519e+12458010678"
                server = "10.0.0.12"
                doc_server = "https://hapi.fhir.org/baseR4/Patient/\(id(7))"
                placeholder_ssn = "XXX-XX-XXXX"
                epoch_dob = "1970-01-01"

            """
        files.append(File(path: "tests/round\(round)/test_words.py", text: text, plants: []))
    }

    /// Values SPEC says are not findings, in the places real ones would be.
    private mutating func addDecoys(_ round: Int) {
        let decoys = [
            neverIssuedSSN(), reservedPhone(), reservedEmail(), npi(first: 8), npi(first: 9), mbi(synthetic: true),
            dea(firstLetter: "Z"), "SYN" + digits(7), "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "4111-1111-1111-1111", "078-05-1120",
        ]
        let text = """
            # Synthetic fixtures made with `phiguard synth value ...`: none of these can belong to anyone.
            FIXTURE = {
                "ssn": "\(decoys[0])",
                "phone": "\(decoys[1])",
                "email": "\(decoys[2])",
                "npi": "NPI \(decoys[3])",
                "billing_npi": "NPI \(decoys[4])",
                "mbi": "\(decoys[5])",
                "dea": "\(decoys[6])",
                "mrn": "MRN \(decoys[7])",
            }
            AWS_KEY = "\(decoys[8])"
            aws_secret_access_key = "\(decoys[9])"
            TEST_CARD = "\(decoys[10])"
            WOOLWORTH = "ssn \(decoys[11])"
            api_key = os.getenv("API_KEY")
            password = "${DB_PASSWORD}"
            token = "<your-token-here>"
            build_id = 1699999999123
            version = "10.2.3-4"
            # Author: Jane Example <maintainer@hospital.org>
            llm = OpenAI(base_url="http://127.0.0.1:8000/v1")

            """
        files.append(File(path: "tests/round\(round)/test_synthetic.py", text: text, plants: decoys.map { Plant(kind: nil, value: $0) }))
        let catalogueCSV = "sku,name,address,price\nPX-1,\(firstName()) Monitor,\(street()),19.99\n"
        files.append(File(path: "data/round\(round)/products.csv", text: catalogueCSV, plants: []))
    }
}
