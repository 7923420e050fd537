import Foundation
import PropertyBased
import RepoAccess
import TestSupport
import Testing

/// `redact --code` keeps code's shape: generated Python, TypeScript, Swift and SQL snippets full of
/// patient context re-parse (tree-sitter, PyPI grammars) to the same token kinds, without new errors,
/// and restore gives them back byte for byte.
@Suite(.serialized) struct RedactCodeParseTests {
    static let lines: [String: [String]] = [
        "python": [
            "def calculatePatientRiskScore(patient_record, mrn):",
            "    # look up the patient's diagnosis history",
            "    query = \"SELECT * FROM patients WHERE mrn = %s\"",
            "    diagnoses = [d for d in patient_record.diagnoses if d.active]",
            "    return len(diagnoses) * 2",
            "class PatientRepository:",
            "    \"\"\"Reads patients and their encounters.\"\"\"",
            "    def find_by_ssn(self, ssn: str) -> dict:",
            "        return {\"ssn\": ssn, \"note\": 'member since 2019'}",
            "outpatient_visits = 3  # clinic visits per month",
            "TOTAL = 42",
        ],
        "typescript": [
            "export function calculatePatientRiskScore(patient: Patient, mrn: string): number {",
            "  // patient diagnosis count drives the score",
            "  const diagnoses = patient.diagnoses.filter((d) => d.active);",
            "  return diagnoses.length * 2;",
            "}",
            "interface PatientRecord { mrn: string; dob: Date; memberId: string }",
            "const greeting = `Hello ${patient.firstName}`;",
            "/* claims are loaded from the insurance feed */",
            "let total = 0;",
        ],
        "swift": [
            "func calculatePatientRiskScore(patient: Patient, mrn: String) -> Int {",
            "    // patient diagnosis count drives the score",
            "    let diagnoses = patient.diagnoses.filter { $0.isActive }",
            "    return diagnoses.count * 2",
            "}",
            "struct PatientRecord { var mrn: String; var dateOfBirth: Date }",
            "let message = \"patient \\(name) was admitted\"",
            "var total = 0",
        ],
        "sql": [
            "SELECT patient_id, mrn, diagnosis FROM patients WHERE mrn = '00482913';",
            "-- patients admitted last week",
            "SELECT p.mrn, e.admission_date FROM patients p JOIN encounters e ON e.patient_id = p.patient_id;",
            "UPDATE claims SET status = 'paid' WHERE claim_id = 7;",
            "SELECT count(*) FROM visits;",
        ],
    ]
    static let extensions = ["python": "py", "typescript": "ts", "swift": "swift", "sql": "sql"]

    static let checker: String? = testPython.flatMap { python in
        let probe = try? ProcessRunner.run(python, arguments: ["-c", "import tree_sitter, tree_sitter_python, tree_sitter_typescript, tree_sitter_swift, tree_sitter_sql"])
        return probe?.status == 0 ? python : nil
    }

    @Test(arguments: ["python", "typescript", "swift", "sql"])
    func codeRedactionReparsesWithTheSameTokenKinds(language: String) async throws {
        guard let python = Self.checker else {
            #expect(!validatorsRequired, "tree-sitter and its grammars are not in the test venv (Scripts/run-tests.sh installs them)")
            return
        }
        let folder = try TemporaryDirectory(prefix: "redact-code-\(language)")
        let pool = Self.lines[language] ?? []
        let programs = Gen.int(in: 0...(pool.count - 1)).array(of: 1...10).map { $0.map { pool[$0] }.joined(separator: "\n") + "\n" }
        var arguments: [String] = []
        var count = 0
        // Programs are drawn by the property generator; each is redacted through the binary, then all are parsed at once.
        await propertyCheck(count: 15, input: programs) { program in
            count += 1
            let original = folder.url.appendingPathComponent("p\(count).\(Self.extensions[language] ?? "txt")")
            let redacted = folder.url.appendingPathComponent("p\(count).redacted.\(Self.extensions[language] ?? "txt")")
            try Data(program.utf8).write(to: original)
            let map = folder.path + "/m\(count).json"
            let result = try PhiguardBinary.run(["redact", "--code", original.path, "--map", map], in: folder.path)
            #expect(result.status == 0, "\(result.stderr)")
            try Data(result.stdout.utf8).write(to: redacted)
            let left = result.stdout.range(of: "(?<![A-Za-z])[Pp]atient", options: .regularExpression)
            #expect(left == nil, "patient context left in: \(result.stdout)")
            let back = try PhiguardBinary.run(["redact", "--restore", "--map", map, "--stdin"], in: folder.path, input: result.stdout)
            #expect(back.stdout == program, "restore did not give the program back")
            arguments += [language, original.path, redacted.path]
        }
        let script = FixtureRepo.packageRoot.appendingPathComponent("Tests/Clients/tree-sitter/same_tokens.py").path
        let check = try ProcessRunner.run(python, arguments: [script] + arguments)
        let lines = String(decoding: check.standardOutput, as: UTF8.self).split(separator: "\n")
        #expect(check.status == 0 && lines.count == arguments.count / 3, "\(String(decoding: check.standardError, as: UTF8.self))")
        for line in lines {
            #expect(line.contains("\"same\": true") && line.contains("\"errors\": 0"), "\(line)")
        }
    }
}
