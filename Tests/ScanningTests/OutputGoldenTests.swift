import Foundation
import PolicyModel
import RepoAccess
@testable import Scanning
import TestSupport
import Testing

/// The scanner's three outputs for one fixed repository, byte for byte (re-record with
/// `PHIGUARD_RECORD_GOLDEN=1` and review the diff). Golden files hold redacted values only.
@Suite struct OutputGoldenTests {
    static func result() throws -> ScanResult {
        let repo = try ScratchRepo(files: [
            "src/intake.py": "PATIENT = {\"first_name\": \"Maria\", \"last_name\": \"Okafor\", \"ssn\": \"219-45-6788\"}\nclient = OpenAI()\n",
            "deploy/.env": "STRIPE_SECRET=sk_live_4eC39HqLyjWDarjtT1zdp7dc\n",
            "exports/visits.csv": "mrn,dob,phone\n00482913,1961-03-12,(617) 432-1234\n",
            "requirements.txt": "deepseek-sdk==0.3\n",
            "README.md": "# intake\n",
        ])
        var result = try Scanner(repository: try repo.repository(), policy: .builtInDefault).scan(ScanOptions())
        result.seconds = 0
        return result
    }

    @Test func textJSONAndSARIF() throws {
        let result = try Self.result()
        #expect(result.findings.count == 9)
        for (name, output) in [("scan.txt", ScanReport.text(result, color: false)), ("scan.json", ScanReport.json(result)),
                               ("scan.sarif", ScanReport.sarif(result, version: "test"))] {
            let mismatch = GoldenFile.mismatch(output, named: "scan/\(name)")
            #expect(mismatch == nil, "\(mismatch ?? "")")
        }
    }
}
