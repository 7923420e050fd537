import Foundation
import JSONDocument
import TestSupport
import Testing

/// `phiguard redact` through the binary: a prompt out, a fake answer back in, the real values restored;
/// the map private and outside the repository; bad input named with its path.
@Suite struct RedactCommandTests {
    static let prompt = """
        Summarise for the handover: Mrs. Margaret Okafor, DOB 03/14/1951, MRN: 00482913,
        lives at 12 Birch Lane, Medford, MA 02155; admitted 2024-05-02, discharged 2024-05-05.
        """
    static let planted = ["Margaret", "Okafor", "03/14/1951", "00482913", "12 Birch Lane", "2024-05-02", "2024-05-05"]

    @Test func aPromptIsRedactedAndTheAnswerRestoredWithAPrivateMapOutsideTheRepository() throws {
        let repo = try ScratchRepo(files: ["README.md": "# app\n"])
        let cache = try TemporaryDirectory(prefix: "redact-cache")
        let mapPath = cache.path + "/conversation.json"
        let redacted = try PhiguardBinary.run(["redact", "--stdin", "--map", mapPath, "--format", "json"], in: repo.path, input: Self.prompt)
        #expect(redacted.status == 0, "\(redacted.stderr)")
        let output = try JSONParser.parse(redacted.stdout)
        let text = try #require(output["text"]?.stringValue)
        for value in Self.planted { #expect(!text.contains(value), "a planted value survived") }
        #expect(!redacted.stdout.contains("Okafor") && !redacted.stderr.contains("Okafor"))
        let kinds = Set((output["replacements"]?.arrayValue ?? []).compactMap { $0["kind"]?.stringValue })
        #expect(kinds.isSuperset(of: ["name", "dob", "mrn", "address", "date"]), "\(kinds.sorted())")
        #expect(text.contains("Mrs. ") && text.contains("SYN"))

        let attributes = try FileManager.default.attributesOfItem(atPath: mapPath)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(!mapPath.hasPrefix(repo.path))

        // A fake model answer that mentions the stand-ins comes back with the real values.
        let answer = "Handover: " + text.replacingOccurrences(of: "Summarise for the handover: ", with: "")
        let restored = try PhiguardBinary.run(["redact", "--restore", "--map", mapPath, "--stdin"], in: repo.path, input: answer)
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout == "Handover: " + Self.prompt.replacingOccurrences(of: "Summarise for the handover: ", with: ""))

        // The same map again: the same stand-ins.
        let second = try PhiguardBinary.run(["redact", "--stdin", "--map", mapPath], in: repo.path, input: "MRN: 00482913")
        #expect(text.contains(second.stdout.replacingOccurrences(of: "MRN: ", with: "")))
    }

    /// redact prepares its sweeps on another thread from its start; an early error must wait for it, or
    /// the exit tears ICU down under that thread (a crash, signal 11, in 7 of 100 such exits before).
    @Test func anEarlyErrorExitsWithTwoEveryTime() throws {
        let repo = try ScratchRepo(files: ["README.md": "# app\n"])
        var statuses: [Int32] = []
        for _ in 0..<20 {
            statuses.append(try PhiguardBinary.run(["redact", "--stdin", "--map", "notes/map.json"], in: repo.path, input: "SSN 219-45-6788").status)
        }
        #expect(statuses.allSatisfy { $0 == 2 }, "\(statuses)")
    }

    @Test func theDefaultMapIsTheCacheFolderAndAMapInsideARepositoryMustBeIgnored() throws {
        let repo = try ScratchRepo(files: ["README.md": "# app\n", ".gitignore": "private/\n"])
        let cache = try TemporaryDirectory(prefix: "xdg-cache")
        let result = try PhiguardBinary.run(["redact", "--stdin"], stdin: "SSN 219-45-6788", in: repo.root,
                                            environment: ["XDG_CACHE_HOME": cache.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("219-45-6788") && result.stdout.hasPrefix("SSN 9"))
        let defaultMap = cache.path + "/phiguard/redact/last.json"
        #expect(FileManager.default.fileExists(atPath: defaultMap))
        let restored = try PhiguardBinary.run(["redact", "--restore", "--stdin"], stdin: result.stdout, in: repo.root,
                                              environment: ["XDG_CACHE_HOME": cache.path])
        #expect(restored.stdout == "SSN 219-45-6788")

        let inside = try PhiguardBinary.run(["redact", "--stdin", "--map", "notes/map.json"], in: repo.path, input: "SSN 219-45-6788")
        #expect(inside.status == 2 && inside.stdout.isEmpty)
        #expect(inside.stderr.contains("notes/map.json: the map holds the real values and is inside a git work tree"), "\(inside.stderr)")
        #expect(!repo.exists("notes/map.json"))
        let ignored = try PhiguardBinary.run(["redact", "--stdin", "--map", "private/map.json"], in: repo.path, input: "SSN 219-45-6788")
        #expect(ignored.status == 0, "\(ignored.stderr)")
    }

    @Test func badInputIsNamedWithItsPathAndExitsTwo() throws {
        let repo = try ScratchRepo(files: ["README.md": "# app\n"])
        let cache = try TemporaryDirectory(prefix: "redact-bad")
        let missing = try PhiguardBinary.run(["redact", "--restore", "--map", cache.path + "/none.json", "--stdin"], in: repo.path, input: "x")
        #expect(missing.status == 2 && missing.stderr.contains("none.json: no such map"))
        try Data("{\"version\": 1, \"seed\": ".utf8).write(to: cache.url.appendingPathComponent("broken.json"))
        let corrupt = try PhiguardBinary.run(["redact", "--stdin", "--map", cache.path + "/broken.json"], in: repo.path, input: "x")
        #expect(corrupt.status == 2 && corrupt.stderr.contains("broken.json: not a phiguard redaction map (line 1"), "\(corrupt.stderr)")
        let unreadable = try PhiguardBinary.run(["redact", "nope.txt", "--map", cache.path + "/m.json"], in: repo.path)
        #expect(unreadable.status == 2 && unreadable.stderr.contains("nope.txt: cannot read it (no such file)"))
        let folder = try PhiguardBinary.run(["redact", ".", "--map", cache.path + "/m.json"], in: repo.path)
        #expect(folder.status == 2 && folder.stderr.contains(".: cannot read it (not a regular file)"), "\(folder.stderr)")
        // Latin-1 bytes: not UTF-8, refused before anything is read as text; nothing on stdout.
        try Data([0x4A, 0x6F, 0x73, 0xE9, 0x0A]).write(to: repo.root.appendingPathComponent("latin1.txt"))
        let latin1 = try PhiguardBinary.run(["redact", "latin1.txt", "--map", cache.path + "/m.json"], in: repo.path)
        #expect(latin1.status == 2 && latin1.stderr.contains("latin1.txt: not UTF-8 text") && latin1.stdout.isEmpty, "\(latin1.stderr)")
        // A symbolic link the user names is followed.
        try repo.write("note.txt", "SSN 219-45-6788\n")
        try FileManager.default.createSymbolicLink(atPath: repo.root.appendingPathComponent("link.txt").path, withDestinationPath: "note.txt")
        let linked = try PhiguardBinary.run(["redact", "link.txt", "--map", cache.path + "/m.json"], in: repo.path)
        #expect(linked.status == 0 && !linked.stdout.contains("219-45-6788") && linked.stdout.hasSuffix("\n"), "\(linked.stderr)")
    }

    @Test func outputThatCannotBeWrittenIsAnErrorNotASilentSuccess() throws {
        // /dev/full refuses every write (ENOSPC): the run must say so and fail, in each output format.
        guard FileManager.default.isWritableFile(atPath: "/dev/full") else { return }
        let repo = try ScratchRepo(files: ["README.md": "# app\n", "note.txt": "SSN 219-45-6788\n"])
        let cache = try TemporaryDirectory(prefix: "redact-full")
        for format in ["text", "json"] {
            let process = Process()
            process.executableURL = try PhiguardBinary.url()
            process.arguments = ["redact", "note.txt", "--map", cache.path + "/m.json", "--format", format]
            process.currentDirectoryURL = repo.root
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 2, "\(format): exit \(process.terminationStatus)")
            #expect(message.contains("cannot write to standard output (no space left on device)"), "\(message)")
            #expect(!message.contains("219-45-6788"))
        }
    }

    @Test func utf8IsCheckedAsSwiftChecksIt() throws {
        // The binary skips ASCII eight bytes at a time and validates each run of other bytes alone: every
        // input must be accepted exactly when Swift's own validation accepts it.
        let repo = try ScratchRepo(files: ["README.md": "# app\n"])
        let cache = try TemporaryDirectory(prefix: "redact-utf8")
        let pieces: [[UInt8]] = [
            Array("plain text ".utf8), Array("café ".utf8), Array("— ".utf8), Array("😀".utf8), [0xC3], [0xA9], [0x28],
            [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F], [0x98, 0x80], Array("01234567".utf8),
        ]
        var state: UInt64 = 0x9E37_79B9
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var accepted = 0
        for round in 0..<40 {
            let bytes = (0..<(1 + next(12))).flatMap { _ in pieces[next(pieces.count)] }
            try Data(bytes).write(to: repo.root.appendingPathComponent("input.txt"))
            let run = try PhiguardBinary.run(["redact", "input.txt", "--map", cache.path + "/m.json"], in: repo.path)
            let valid = String(validating: bytes, as: UTF8.self) != nil
            accepted += valid ? 1 : 0
            #expect(run.status == (valid ? 0 : 2), "round \(round): exit \(run.status) for \(valid ? "valid" : "invalid") UTF-8")
            if !valid { #expect(run.stderr.contains("input.txt: not UTF-8 text") && run.stdout.isEmpty) }
        }
        // Both answers were asked for.
        #expect(accepted > 3 && accepted < 37, "\(accepted) of 40 inputs were valid")
    }

    @Test func codeModeRenamesPatientContextAndRestoresIt() throws {
        let repo = try ScratchRepo(files: ["README.md": "# app\n"])
        let cache = try TemporaryDirectory(prefix: "redact-code")
        let source = "def calculatePatientRiskScore(patient):\n    # uses the patient's diagnosis\n    return patient.score\n"
        try repo.write("risk.py", source)
        let redacted = try PhiguardBinary.run(["redact", "--code", "risk.py", "--map", cache.path + "/m.json"], in: repo.path)
        #expect(redacted.status == 0, "\(redacted.stderr)")
        #expect(redacted.stdout == "def calculateEntityRiskScore(entity):\n    # [comment 1 removed]\n    return entity.score\n")
        let restored = try PhiguardBinary.run(["redact", "--restore", "--map", cache.path + "/m.json", "--stdin"], in: repo.path,
                                              input: "Rename calculateEntityRiskScore's argument entity to subject.")
        #expect(restored.stdout == "Rename calculatePatientRiskScore's argument patient to subject.")
    }
}
