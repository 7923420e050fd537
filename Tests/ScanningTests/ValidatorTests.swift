@testable import Scanning
import Testing

/// The issuing rules each identifier validator encodes.
@Suite struct ValidatorTests {
    private func digits(_ text: String) -> [UInt8] { ByteClass.digits(Array(text.utf8)) }

    @Test(arguments: [
        ("123-45-6788", Verdict.finding), ("900-70-1234", .finding), ("912-93-0001", .finding), ("950-05-1234", .finding),
        ("000-12-3456", .synthetic), ("666-12-3456", .synthetic), ("123-00-4567", .synthetic), ("123-45-0000", .synthetic),
        ("900-12-3456", .synthetic), ("999-66-1234", .synthetic), ("078-05-1120", .synthetic), ("987-65-4325", .synthetic),
        ("111-22-3333", .synthetic),
    ])
    func socialSecurityNumbers(value: String, expected: Verdict) {
        #expect(IdentifierRules.ssn(digits(value)) == expected)
    }

    @Test func nationalProviderIdentifiers() {
        #expect(IdentifierRules.npi(digits("1234567893")) == .synthetic)  // CMS's published check-digit example
        #expect(IdentifierRules.npi(digits("1619384765")) == .finding)
        #expect(IdentifierRules.npi(digits("1234567890")) == .rejected)  // wrong check digit
        #expect(IdentifierRules.npi(digits("9234567891")) == .synthetic || IdentifierRules.npi(digits("9234567891")) == .rejected)
        let marked = (0...9).map { "923456789\($0)" }.first { IdentifierRules.npi(digits($0)) != .rejected }
        #expect(marked.map { IdentifierRules.npi(digits($0)) } == .synthetic)
    }

    @Test func medicareBeneficiaryIdentifiers() {
        #expect(IdentifierRules.mbi(Array("1EG4TE5MK73".utf8)) == .synthetic)  // CMS's published example
        #expect(IdentifierRules.mbi(Array("4TQ7RX2HW58".utf8)) == .finding)
        #expect(IdentifierRules.mbi(Array("1SG4TE5MK73".utf8)) == .synthetic)  // S in position 2 marks it synthetic
        #expect(IdentifierRules.mbi(Array("1EG4TE5MK7O".utf8)) == .rejected)
        #expect(IdentifierRules.mbi(Array("0EG4TE5MK73".utf8)) == .rejected)
    }

    @Test func deaNumbers() {
        // AB123456 → 1+3+5 + 2×(2+4+6) = 33: check digit 3. Counted-up digits are an example.
        #expect(IdentifierRules.dea(Array("AB1234563".utf8)) == .synthetic)
        #expect(IdentifierRules.dea(Array("AB1234564".utf8)) == .rejected)
        // BP481920 → 4+1+2 + 2×(8+9+0) = 41: check digit 1.
        #expect(IdentifierRules.dea(Array("BP4819201".utf8)) == .finding)
        #expect(IdentifierRules.dea(Array("ZP4819201".utf8)) == .synthetic)
        #expect(IdentifierRules.dea(Array("QP4819201".utf8)) == .rejected)
    }

    @Test func phonesAndCards() {
        #expect(IdentifierRules.nanpPhone(digits("6174321234")) == .finding)
        #expect(IdentifierRules.nanpPhone(digits("6175550142")) == .synthetic)
        #expect(IdentifierRules.nanpPhone(digits("6175551234")) == .synthetic)  // every 555 line is a placeholder
        #expect(IdentifierRules.nanpPhone(digits("6174320000")) == .synthetic)
        #expect(IdentifierRules.nanpPhone(digits("1234567890")) == .rejected)
        #expect(IdentifierRules.nanpPhone(digits("9114321234")) == .rejected)
        #expect(IdentifierRules.creditCard(digits("4111111111111111")) == .synthetic)
        #expect(IdentifierRules.creditCard(digits("4539148803436467")) == .finding)
        #expect(IdentifierRules.creditCard(digits("4539148803436468")) == .rejected)
    }

    @Test func redactionKeepsShapeAndAtMostTwoCharacters() {
        #expect(Redaction.redact(Array("123-45-6721".utf8)[...], kind: .ssn) == "***-**-**21")
        #expect(Redaction.redact(Array("(617) 432-1234".utf8)[...], kind: .phone) == "(***) ***-**34")
        // A secret's punctuation is masked too: at most its last two characters show.
        #expect(Redaction.redact(Array("Zq!9#kP@x&7$".utf8)[...], kind: .genericSecret) == "**********7*")
        #expect(Redaction.redact(Array("Tr0ub4dor&3!".utf8)[...], kind: .passwordInURL) == "**********3*")
        #expect(Redaction.redact(Array("Tr0ub4dor&x3".utf8)[...], kind: .passwordInURL) == "**********x3")
        let token = "ghp_" + String(repeating: "aB3", count: 12)
        let redacted = Redaction.redact(Array(token.utf8)[...], kind: .githubToken)
        #expect(redacted.hasPrefix("ghp_****…"))
        #expect(redacted.hasSuffix("B3"))
        #expect(!redacted.contains("aB3a"))
        // Short values show nothing: a two-letter name, a short street word.
        #expect(Redaction.redact(Array("Al".utf8)[...], kind: .name) == "**")
        #expect(Redaction.redact(Array("Wu Li".utf8)[...], kind: .name) == "** **")
        #expect(Redaction.redact(Array("Bo".utf8)[...], kind: .genericSecret) == "**")
        #expect(Redaction.redact(Array("Maria Lopez".utf8)[...], kind: .name) == "***** ***ez")
    }
}
