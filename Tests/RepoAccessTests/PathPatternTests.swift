import Foundation
import PropertyBased
import RepoAccess
import TestSupport
import Testing

@Suite struct PathPatternTests {
    @Test(arguments: [
        (".env", ".env", true), (".env", "config/.env", true), (".env", ".env.local", false),
        (".env.*", "app/.env.production", true), ("**/*.pem", "keys/server.pem", true),
        ("**/*.pem", "server.pem", true), ("*.pem", "a/b/c.pem", true), ("src/phi/**", "src/phi/models.py", true),
        ("src/phi/**", "lib/src/phi/models.py", false), ("/build", "build/x.o", true), ("/build", "a/build/x.o", false),
        ("debug-dumps/", "debug-dumps/2024.sql", true), ("debug-dumps/", "x/debug-dumps/a.sql", true),
        ("debug-dumps/", "debug-dumps", false), ("db/migrations/**", "db/migrations/0001_init.py", true),
        ("**/credentials*", "deploy/credentials.json", true), ("data/*.csv", "data/sub/x.csv", false),
        ("[Rr]eport?.txt", "reports/Report1.txt", true), ("[!a]*.md", "a.md", false),
    ])
    func matchesLikeGitignore(pattern: String, path: String, expected: Bool) {
        #expect(PathPattern(pattern).matches(path) == expected, "\(pattern) vs \(path)")
    }
}

@Suite struct UnifiedDiffTests {
    @Test func producesHunksWithContext() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
        let diff = UnifiedDiff.diff(path: "f.txt", old: old, new: new)
        #expect(diff == """
            --- a/f.txt
            +++ b/f.txt
            @@ -2,7 +2,7 @@
             line 2
             line 3
             line 4
            -line 5
            +line five
             line 6
             line 7
             line 8

            """)
    }

    @Test func marksCreationDeletionAndMissingNewline() {
        #expect(UnifiedDiff.diff(path: "a", old: nil, new: "x\n") == "--- /dev/null\n+++ b/a\n@@ -0,0 +1,1 @@\n+x\n")
        #expect(UnifiedDiff.diff(path: "a", old: "x\n", new: nil) == "--- a/a\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-x\n")
        #expect(UnifiedDiff.diff(path: "a", old: "x", new: "x\n").contains("\\ No newline at end of file"))
        #expect(UnifiedDiff.diff(path: "a", old: "same\n", new: "same\n").isEmpty)
    }
}

/// Every rendering of a policy pattern selects what `matches` selects, on generated trees — judged
/// by git itself where the tool's syntax is gitignore's (ignore files, Claude-style permission rules).
@Suite struct PathPatternRenderingTests {
    static let names = ["a", "b", "src", "phi", ".env", "x.csv", "data", "build", "id_rsa", "n.txt"]
    static let patternParts = ["a", "src", "phi", "*", "*.csv", "**", "?", ".env", "data", "build", "x*", "[ab]", "id_*"]
    static let paths = Gen.element(of: names).array(of: 1...4).map { $0.compactMap { $0 }.joined(separator: "/") }
    static let trees = paths.array(of: 3...14)
    static let parts = Gen.element(of: patternParts).array(of: 1...3).map { $0.compactMap { $0 } }
    static let slashes = Gen.bool.array(of: 2)

    @Test func everyRenderingSelectsWhatTheMatcherSelects() async throws {
        await propertyCheck(count: 100, input: Self.trees, Self.parts, Self.slashes) { generated, parts, slashes in
            let text = (slashes[0] ? "/" : "") + parts.joined(separator: "/") + (slashes[1] ? "/" : "")
            let pattern = PathPattern(text)
            guard pattern.problem == nil else { return }
            let tree = Self.prefixFree(generated)
            let expected = Set(tree.filter(pattern.matches))
            do {
                #expect(try Self.ignoredByGit(tree, line: pattern.gitignoreLine) == expected, "gitignore line \(text)")
                // Claude Code and Qwen Code read Read(...)/Edit(...) paths with gitignore's rules.
                #expect(try Self.ignoredByGit(tree, line: pattern.rootRelativeGlob) == expected,
                        "\(text) as \(pattern.rootRelativeGlob)")
            } catch {
                Issue.record("git failed: \(error)")
            }
            let globbed = Set(tree.filter { path in pattern.plainGlobs.contains { Self.globMatches($0, path) } })
            #expect(globbed == expected, "\(text) as \(pattern.plainGlobs)")
            let wildcard = Set(tree.filter { path in pattern.wildcardPatterns.contains { Self.wildcardMatches($0, path) } })
            #expect(expected.isSubset(of: wildcard), "\(text) as \(pattern.wildcardPatterns) misses \(expected.subtracting(wildcard))")
        }
    }

    @Test(arguments: [
        (".env", "**/.env"), ("**/*.pem", "**/*.pem"), ("src/phi/**", "/src/phi/**"), ("/build", "/build"),
        ("debug-dumps/", "**/debug-dumps/**"), ("db/migrations/", "/db/migrations/**"), ("*.csv", "**/*.csv"),
    ])
    func rootRelativeGlobs(pattern: String, expected: String) {
        #expect(PathPattern(pattern).rootRelativeGlob == expected)
    }

    @Test(arguments: [
        ("!keep.log", "negated"), ("", "empty"), ("/", "empty"), (" src/", "whitespace"), ("data\\x", "backslash"),
        ("[ab", "not closed"), ("#notes.txt", "comment"), ("a//b", "folder step"), ("//foo", "folder step"),
        ("./x", "folder step"), ("src/../phi", "folder step"), ("**", "every file"), ("/**/", "every file"),
    ])
    func patternsThePolicyCannotUse(pattern: String, reason: String) {
        #expect(PathPattern(pattern).problem?.contains(reason) == true, "\(pattern): \(PathPattern(pattern).problem ?? "accepted")")
    }

    /// Paths that are files: none is a folder of another.
    static func prefixFree(_ paths: [String]) -> [String] {
        let unique = Array(Set(paths)).sorted()
        return unique.filter { path in !unique.contains { $0.hasPrefix(path + "/") } }
    }

    /// The paths git ignores with `line` as the only `.gitignore` line (files created on disk).
    static func ignoredByGit(_ tree: [String], line: String) throws -> Set<String> {
        let repo = try ScratchRepo(files: Dictionary(uniqueKeysWithValues: tree.map { ($0, "x\n") }), git: false)
        _ = try repo.run(["git", "init", "-q"])
        try repo.write(".gitignore", line + "\n")
        try repo.write(".paths", tree.joined(separator: "\n") + "\n")
        let output = try repo.run(["sh", "-c", "git check-ignore --no-index --stdin < .paths || test $? -eq 1"])
        return Set(output.split(separator: "\n").map(String.init))
    }

    /// A plain glob over the whole root-relative path: `**` any folders, `*` and `?` within one name.
    static func globMatches(_ glob: String, _ path: String) -> Bool {
        var regex = "^"
        let segments = glob.split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            let last = index == segments.count - 1
            if segment == "**" { regex += last ? ".*" : "(?:[^/]*/)*"; continue }
            regex += segmentRegex(segment) + (last ? "" : "/")
        }
        return path.range(of: regex + "$", options: .regularExpression) != nil
    }

    private static func segmentRegex(_ segment: Substring) -> String {
        var result = ""
        var inClass = false
        for character in segment {
            switch character {
            case "*" where !inClass: result += "[^/]*"
            case "?" where !inClass: result += "[^/]"
            case "[": inClass = true; result += "["
            case "]": inClass = false; result += "]"
            case "!" where inClass && result.hasSuffix("["): result += "^"
            default: result += NSRegularExpression.escapedPattern(for: String(character))
            }
        }
        return result
    }

    /// OpenCode's wildcard: `*` any characters including `/`, `?` one character.
    static func wildcardMatches(_ pattern: String, _ path: String) -> Bool {
        let regex = pattern.map { character -> String in
            switch character {
            case "*": ".*"
            case "?": "."
            default: NSRegularExpression.escapedPattern(for: String(character))
            }
        }.joined()
        return path.range(of: "^" + regex + "$", options: .regularExpression) != nil
    }
}
