@testable import Scaffolding
import Testing

@Suite struct YAMLPlacementTests {
    private func insert(_ body: String, path: [String], into text: String) throws -> String {
        let spot = try YAMLPlacement.locate(path: path, in: text, file: "f.yml")
        let region = ManagedRegion(syntax: .hash, file: "f.yml").render(body: spot.wrap(body), indent: spot.indent)
        var bytes = Array(text.utf8)
        bytes.insert(contentsOf: Array((spot.joiner + region).utf8), at: spot.offset)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func appendsAListItemAfterTheLastRepoKeepingCommentsAndFollowingKeys() throws {
        let text = """
            # my hooks
            repos:
              - repo: https://github.com/psf/black
                rev: 24.1.0
                hooks:
                  - id: black  # formatter

            # trailing comment
            default_stages: [pre-commit]

            """
        let result = try insert("- repo: local\n", path: ["repos"], into: text)
        #expect(result == """
            # my hooks
            repos:
              - repo: https://github.com/psf/black
                rev: 24.1.0
                hooks:
                  - id: black  # formatter
              # phiguard:begin
              - repo: local
              # phiguard:end

            # trailing comment
            default_stages: [pre-commit]

            """)
    }

    @Test func handlesIndentlessSequences() throws {
        let text = "repos:\n- repo: a\n  hooks: []\nci:\n  skip: []\n"
        let result = try insert("- repo: local\n", path: ["repos"], into: text)
        #expect(result == "repos:\n- repo: a\n  hooks: []\n# phiguard:begin\n- repo: local\n# phiguard:end\nci:\n  skip: []\n")
    }

    @Test func createsMissingKeysInsideTheRegion() throws {
        let text = "pre-push:\n  commands:\n    test:\n      run: make test"
        let result = try insert("phiguard-scan:\n  run: x\n", path: ["pre-commit", "commands"], into: text)
        #expect(result == """
            pre-push:
              commands:
                test:
                  run: make test
            # phiguard:begin
            pre-commit:
              commands:
                phiguard-scan:
                  run: x
            # phiguard:end

            """)
    }

    @Test func insertsIntoAnExistingNestedMapping() throws {
        let text = "pre-commit:\n  parallel: true\n  commands:\n    lint:\n      run: eslint\n"
        let result = try insert("phiguard-scan:\n  run: x\n", path: ["pre-commit", "commands"], into: text)
        #expect(result == "pre-commit:\n  parallel: true\n  commands:\n    lint:\n      run: eslint\n"
            + "    # phiguard:begin\n    phiguard-scan:\n      run: x\n    # phiguard:end\n")
    }

    @Test func emptyFileAndEmptyValue() throws {
        #expect(try insert("- CONVENTIONS.md\n", path: ["read"], into: "") == "# phiguard:begin\nread:\n  - CONVENTIONS.md\n# phiguard:end\n")
        #expect(try insert("- CONVENTIONS.md\n", path: ["read"], into: "model: x\nread:\n") ==
            "model: x\nread:\n  # phiguard:begin\n  - CONVENTIONS.md\n  # phiguard:end\n")
    }

    @Test func flowStyleAndScalarsAreRefusedWithThePosition() {
        #expect(throws: ScaffoldError.unsupportedYAMLShape(file: "f.yml", line: 2, column: 1, key: "read")) {
            try YAMLPlacement.locate(path: ["read"], in: "model: x\nread: [NOTES.md]\n", file: "f.yml")
        }
        #expect(throws: ScaffoldError.unsupportedYAMLShape(file: "f.yml", line: 1, column: 1, key: "read")) {
            try YAMLPlacement.locate(path: ["read"], in: "read: NOTES.md\n", file: "f.yml")
        }
    }

    @Test func malformedYAMLNamesLineAndColumn() {
        do {
            _ = try YAMLPlacement.locate(path: ["repos"], in: "repos:\n  - a\n - b: [\n", file: "f.yml")
            Issue.record("expected an error")
        } catch let error as ScaffoldError {
            guard case let .malformedYAML(file, line, _, _) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(file == "f.yml")
            #expect(line >= 3)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
