import Foundation
import PolicyModel
import Testing

/// The tool table is the one place a tool is described; these hold it complete and consistent.
@Suite struct ToolProfileTests {
    @Test func everyToolHasItsOwnProfileAndItsClaimsAreSourcedInTheEnforcementDocument() throws {
        let document = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../docs/ai-tool-enforcement.md"), encoding: .utf8)
        for tool in AITool.allCases {
            let profile = tool.profile
            #expect(profile.tool == tool, "\(tool.rawValue): the table holds another tool's profile")
            #expect(profile.displayName != tool.rawValue || tool.rawValue.first?.isUppercase == true,
                    "\(tool.rawValue): no profile in the table")
            let row = document.split(separator: "\n").first { $0.hasPrefix("| \(profile.displayName) |") }
            #expect(row != nil, "\(tool.rawValue): docs/ai-tool-enforcement.md has no row for \(profile.displayName)")
            if let row {
                #expect(row.contains("| \(profile.enforcement.rawValue) |"), "\(tool.rawValue): the document gives another level")
                for file in profile.ignoreFiles {
                    #expect(row.contains(file), "\(tool.rawValue): \(file) is not in the document's row")
                }
                if let hooks = profile.hooks {
                    #expect(row.contains(hooks.file), "\(tool.rawValue): \(hooks.file) is not in the document's row")
                }
            }
        }
    }

    @Test func noNameDetectsTwoToolsAndEveryHookEventIsRegisteredOnce() {
        var owners: [String: AITool] = [:]
        for tool in AITool.allCases {
            let detection = tool.profile.detection
            for name in detection.folders + detection.rootFiles + detection.nestedFiles + detection.rootPrefixes {
                #expect(owners[name] == nil || owners[name] == tool, "\(name) detects both \(owners[name]?.rawValue ?? "") and \(tool.rawValue)")
                owners[name] = tool
            }
            if let hooks = tool.profile.hooks {
                let names = hooks.events.map(\.name)
                #expect(Set(names).count == names.count, "\(tool.rawValue): an event is registered twice")
                #expect(!hooks.eventNameFields.isEmpty)
            }
        }
        #expect(AITool.hookAgents.contains(.claude) && !AITool.hookAgents.contains(.roo))
    }

    @Test func answersFollowEachProtocol() {
        #expect(HookAnswer.exitTwo.response(blocking: nil) == ("", "", 0))
        #expect(HookAnswer.exitTwo.response(blocking: "no") == ("", "no\n", 2))
        #expect(HookAnswer.cursorPermission.response(blocking: nil).standardOutput == "{\"permission\":\"allow\"}\n")
        #expect(HookAnswer.decision.response(blocking: "no").standardOutput == "{\"decision\":\"deny\",\"reason\":\"no\"}\n")
        let failClosed = HookAnswer.cursorFailClosed.response(blocking: "no")
        #expect(failClosed.standardOutput.contains("\"continue\":false") && failClosed.standardOutput.contains("\"permission\":\"deny\"")
            && failClosed.standardError == "no\n" && failClosed.exitCode == 0)
    }
}
