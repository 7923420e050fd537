import Foundation
import RepoAccess
import TestSupport
import Testing

/// `Scripts/install.sh` (what `./bootstrap.sh install` runs after its release build) puts the binary,
/// the man page and the completions where each reader looks, and the readers accept them.
@Suite struct InstallTests {
    @Test func theBinaryManPageAndCompletionsAreInstalledAndWork() throws {
        let prefix = try TemporaryDirectory(prefix: "phiguard-prefix")
        let binDirectory = try PhiguardBinary.url().deletingLastPathComponent()
        let manualTool = binDirectory.appendingPathComponent("generate-manual").path
        let hasManualTool = FileManager.default.isExecutableFile(atPath: manualTool)
        #expect(hasManualTool || !validatorsRequired, "generate-manual is not built (Scripts/run-tests.sh builds it)")
        let script = FixtureRepo.packageRoot.appendingPathComponent("Scripts/install.sh").path
        let install = try ProcessRunner.run(script, arguments: [try PhiguardBinary.url().path, prefix.path] + (hasManualTool ? [manualTool] : []))
        #expect(install.status == 0, "\(String(decoding: install.standardError, as: UTF8.self))")

        let installed = prefix.url.appendingPathComponent("bin/phiguard").path
        let version = try ProcessRunner.run(installed, arguments: ["--version"])
        let printed = String(decoding: version.standardOutput, as: UTF8.self)
        // --version names the commit the binary was built from (only there: the lock keeps the release).
        let head = try ProcessRunner.run("/usr/bin/env", arguments: ["git", "-C", FixtureRepo.packageRoot.path, "rev-parse", "--short=12", "HEAD"])
        let commit = String(decoding: head.standardOutput, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(printed.hasPrefix("0.1.0 (commit "), "\(printed)")
        if head.status == 0 { #expect(printed.contains(commit), "\(printed) was not built from \(commit)") }

        if hasManualTool {
            let page = prefix.url.appendingPathComponent("share/man/man1/phiguard.1").path
            let text = try String(contentsOfFile: page, encoding: .utf8)
            #expect(text.contains(".Dt PHIGUARD 1") && text.contains("guard") && text.contains("synth"))
            // mandoc/groff, when present, render it without complaint.
            if FileManager.default.isExecutableFile(atPath: "/usr/bin/man") {
                let rendered = try ProcessRunner.run("/bin/sh", arguments: ["-c", "MANPAGER=cat MANWIDTH=80 man -l \"$0\" 2>&1", page])
                #expect(String(decoding: rendered.standardOutput, as: UTF8.self).contains("phiguard"))
            }
        }
        // bash loads the completion and completes the subcommands.
        let completion = prefix.url.appendingPathComponent("share/bash-completion/completions/phiguard").path
        let bash = try ProcessRunner.run("/bin/bash", arguments: ["-c", """
            source '\(completion)'
            COMP_WORDS=(phiguard sc); COMP_CWORD=1; COMP_LINE='phiguard sc'; COMP_POINT=${#COMP_LINE}
            _phiguard
            printf '%s\\n' "${COMPREPLY[@]}"
            """])
        #expect(String(decoding: bash.standardOutput, as: UTF8.self).contains("scan"), "\(String(decoding: bash.standardError, as: UTF8.self))")
        for path in ["share/zsh/site-functions/_phiguard", "share/fish/vendor_completions.d/phiguard.fish"] {
            let text = (try? String(contentsOfFile: prefix.url.appendingPathComponent(path).path, encoding: .utf8)) ?? ""
            #expect(text.contains("phiguard") && text.contains("synth"), "\(path)")
        }
    }
}
