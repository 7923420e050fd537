import RepoAccess
import Testing

@Suite struct GlobPatternTests {
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
        #expect(GlobPattern(pattern).matches(path) == expected, "\(pattern) vs \(path)")
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
