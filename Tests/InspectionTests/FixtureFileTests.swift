import Foundation
import JSONDocument
import TestSupport
import Testing

/// Facts the fixture READMEs state, which other test targets rely on.
@Suite struct FixtureFileTests {
    @Test func malformedSettingsFailAtTheDocumentedPosition() throws {
        let url = FixtureRepo.source("malformed-json").appendingPathComponent(".claude/settings.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        do {
            _ = try JSONParser.parse(text)
            Issue.record("the malformed fixture parsed")
        } catch {
            #expect(error.line == 3)
            #expect(error.column == 3)
        }
    }

    @Test func existingSettingsAreValidJSON() throws {
        let url = FixtureRepo.source("existing-configs").appendingPathComponent(".claude/settings.json")
        let value = try JSONParser.parse(try String(contentsOf: url, encoding: .utf8))
        #expect(value.objectValue?.keys == ["model", "permissions", "hooks", "env"])
    }

    @Test(arguments: ["django-clinic", "express-api", "r-research", "existing-configs", "lefthook-repo",
                      "malformed-json", "symlink-escape"])
    func noRealLookingIdentifiers(fixture: String) throws {
        let root = FixtureRepo.source(fixture)
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        for file in files {
            guard let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8) else { continue }
            for match in text.matches(of: /\b(\d{3})-(\d{2})-(\d{4})\b/) {
                #expect(["000", "666"].contains(String(match.1)) || match.1.hasPrefix("9"), "\(fixture)/\(file): SSN-shaped value")
            }
            for match in text.matches(of: /\b555-(\d{4})\b/) {
                #expect(match.1.hasPrefix("01"), "\(fixture)/\(file): phone outside 555-01xx")
            }
            for match in text.matches(of: /[\w.]+@([\w-]+\.[\w.]+)/) {
                #expect(match.1.hasSuffix("example.com"), "\(fixture)/\(file): email outside example.com")
            }
        }
    }
}
