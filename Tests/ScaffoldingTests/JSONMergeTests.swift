import JSONDocument
@testable import Scaffolding
import Testing

@Suite struct JSONMergeTests {
    let merger = JSONMerge(file: ".claude/settings.json")
    let deny = [JSONEntry(pointer: ["permissions", "deny"], value: "Read(**/.env)")]

    @Test func addsToExistingArraysAndKeepsEveryOtherKeyInOrder() throws {
        let user = try JSONParser.parse(#"{"z": 1, "permissions": {"allow": ["Bash(ls)"], "deny": ["Read(./x)"]}, "a": {}}"#)
        let result = try merger.merge(user, removing: nil, adding: deny, defaults: [])
        #expect(JSONPrinter.compact(result.document)
            == #"{"z":1,"permissions":{"allow":["Bash(ls)"],"deny":["Read(./x)","Read(**/.env)"]},"a":{}}"#)
        #expect(result.createdContainers.isEmpty)
    }

    @Test func createsMissingContainersAndRemovesThemAgain() throws {
        let user = try JSONParser.parse(#"{"model": "opus"}"#)
        let result = try merger.merge(user, removing: nil, adding: deny, defaults: [])
        #expect(result.createdContainers == [["permissions"], ["permissions", "deny"]])
        var entry = LockFile.Entry(path: "s", kind: .jsonMerge, sha256: "", created: false)
        entry.entries = deny
        entry.createdContainers = result.createdContainers
        #expect(merger.unmerge(result.document, recorded: entry) == user)
    }

    @Test func replacesOldEntriesInPlaceSoUserEntriesAfterThemStay() throws {
        let old = [JSONEntry(pointer: ["deny"], value: "A"), JSONEntry(pointer: ["deny"], value: "B")]
        var entry = LockFile.Entry(path: "s", kind: .jsonMerge, sha256: "", created: false)
        entry.entries = old
        let current = try JSONParser.parse(#"{"deny": ["user1", "A", "B", "user2"]}"#)
        let new = [JSONEntry(pointer: ["deny"], value: "A"), JSONEntry(pointer: ["deny"], value: "C")]
        let result = try merger.merge(current, removing: entry, adding: new, defaults: [])
        #expect(JSONPrinter.compact(result.document) == #"{"deny":["user1","A","C","user2"]}"#)
        #expect(merger.isIntact(current, recorded: entry))
        #expect(!merger.isIntact(try JSONParser.parse(#"{"deny": ["A"]}"#), recorded: entry))
    }

    @Test func defaultsAreSetOnlyWhenAbsentAndUndoneOnlyIfUnchanged() throws {
        let version = JSONEntry(pointer: ["version"], value: 1)
        let set = try merger.merge(.object(JSONObject()), removing: nil, adding: [], defaults: [version])
        #expect(set.document == ["version": 1])
        #expect(set.appliedDefaults == [version])
        let kept = try merger.merge(["version": 2], removing: nil, adding: [], defaults: [version])
        #expect(kept.document == ["version": 2])
        #expect(kept.appliedDefaults.isEmpty)
    }

    @Test func aWrongShapeIsAClearError() throws {
        let user = try JSONParser.parse(#"{"permissions": {"deny": "Read(x)"}}"#)
        #expect(throws: ScaffoldError.unexpectedJSONShape(
            file: ".claude/settings.json", pointer: "/permissions/deny", expected: "an array", found: "a string")) {
            try merger.merge(user, removing: nil, adding: deny, defaults: [])
        }
    }
}
