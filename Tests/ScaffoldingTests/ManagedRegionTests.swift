@testable import Scaffolding
import Testing

@Suite struct ManagedRegionTests {
    let region = ManagedRegion(syntax: .hash, file: ".gitignore")

    @Test(arguments: ["", "node_modules/\n", "node_modules/", "a\n\n", "a\r\nb\r\n"])
    func appendThenRemoveGivesTheOriginalBytesBack(original: String) throws {
        let block = region.render(body: ".env\n")
        let (inserted, joiner) = region.append(block, to: original)
        let location = try #require(try region.find(in: inserted))
        #expect(location.text == block)
        #expect(region.remove(location, from: inserted, joiner: joiner) == original)
    }

    @Test func insertsAfterAShebangSoExitsInTheUserScriptCannotSkipIt() throws {
        let script = "#!/bin/sh\nnpm test\nexit 0\n"
        let block = region.render(body: "phiguard scan --staged || exit $?\n")
        let (inserted, joiner) = region.insertAfterShebang(block, in: script)
        #expect(inserted.hasPrefix("#!/bin/sh\n# phiguard:begin\nphiguard scan"))
        let location = try #require(try region.find(in: inserted))
        #expect(region.remove(location, from: inserted, joiner: joiner) == script)
    }

    @Test func loneOrRepeatedMarkersAreErrorsWithTheirLine() {
        #expect(throws: ScaffoldError.unbalancedMarkers(file: ".gitignore", line: 2, marker: "# phiguard:begin")) {
            try region.find(in: "a\n# phiguard:begin\nb\n")
        }
        #expect(throws: ScaffoldError.unbalancedMarkers(file: ".gitignore", line: 1, marker: "# phiguard:end")) {
            try region.find(in: "# phiguard:end\n")
        }
        let twice = region.render(body: "x") + region.render(body: "y")
        #expect(throws: ScaffoldError.self) { try region.find(in: twice) }
    }

    @Test func markdownMarkersAreHTMLComments() {
        let markdown = ManagedRegion(syntax: .markdown, file: "CLAUDE.md").render(body: "rules\n")
        #expect(markdown == "<!-- phiguard:begin -->\nrules\n<!-- phiguard:end -->\n")
    }
}
