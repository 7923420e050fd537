import Foundation
import PolicyLoading
import PolicyModel
import RepoAccess
import TestSupport
import Testing

@Suite struct PolicyParsingTests {
    static let example = """
        version: 1
        tools: [agents, claude, cursor]
        restricted:
          paths: ["src/phi/**", "db/migrations/**"]
          tables: [patients, diagnoses]
          routes: ["/api/patients/*"]
        secrets: [".env"]
        data:
          - "*.patient-export.json"
        identifiers:
          - {name: epic-mrn, pattern: 'E\\d{7}', context: [mrn, medical record]}
        synthetic: {mrnPrefix: SYN}
        egress: {bannedPackages: [deepseek], aiEndpoints: deny}
        hooks: {git: auto, agents: [claude, cursor]}
        rules: ["Use the repository's audit logger."]
        approvedTools:
          - {tool: claude, plan: "Claude Enterprise", tiers: [public, internal], baa: true}
        provenance: {trailer: AI-Assisted, require: false}
        """

    @Test func parsesTheSpecExample() throws {
        let policy = try PolicyLoader.parse(Self.example, file: "policy.yml")
        #expect(policy.tools == [.agents, .claude, .cursor])
        #expect(policy.restricted.paths == ["src/phi/**", "db/migrations/**"])
        #expect(policy.restricted.tables == ["patients", "diagnoses"])
        #expect(policy.identifiers == [.init(name: "epic-mrn", pattern: #"E\d{7}"#, context: ["mrn", "medical record"])])
        #expect(policy.approvedTools.first?.baa == true)
        #expect(policy.approvedTools.first?.tiers == ["public", "internal"])
        #expect(policy.hooks.git == .auto)
        #expect(policy.excludedPatterns == ["src/phi/**", "db/migrations/**", ".env", "*.patient-export.json"])
    }

    @Test func missingKeysTakeTheBuiltInDefaults() throws {
        let policy = try PolicyLoader.parse("version: 1\n", file: "policy.yml")
        #expect(policy == Policy.builtInDefault)
        #expect(policy.tools == AITool.allCases)
        #expect(policy.secrets.contains("**/*.pem"))
    }

    @Test(arguments: [
        ("version: 1\ntool: [claude]\n", "policy.yml:2:1: unknown key 'tool'. Valid keys: version, extends, tools"),
        ("tools: [claude, copilt]\n", "policy.yml:1:17: unknown tool 'copilt'. Valid tools: agents, claude"),
        ("restricted:\n  path: [a]\n", "policy.yml:2:3: unknown key 'path' in 'restricted'. Valid keys: paths, tables, routes."),
        ("hooks: {git: sometimes}\n", "policy.yml:1:14: 'sometimes' is not a valid value for 'hooks.git'."),
        ("secrets: .env\n", "policy.yml:1:10: 'secrets' must be a list."),
        ("tools: [claude\n", "policy.yml:2:1: invalid YAML"),
        ("version: 2\n", "policy.yml:1:10: policy version 2 is not supported"),
        ("identifiers:\n  - {name: x, pattern: '(['}\n", "policy.yml:2:24: the pattern of identifier 'x'"),
        ("tools: [claude, claude]\n", "policy.yml:1:17: 'claude' appears twice in 'tools'."),
        ("restricted:\n  paths: [src/phi/**, '!src/phi/public/**']\n",
         "policy.yml:2:23: the 'restricted.paths' pattern '!src/phi/public/**' cannot be used: a negated pattern"),
        ("secrets: [.env, '']\n", "policy.yml:1:17: the 'secrets' pattern '' cannot be used: it is empty"),
        ("data: ['exports/[ab']\n", "policy.yml:1:8: the 'data' pattern 'exports/[ab' cannot be used: a [ character class"),
        ("hooks: {agents: [roo]}\n", "policy.yml:1:17: 'roo' is not a valid value for 'hooks.agents'. Valid values: claude, cursor, copilot, windsurf, gemini, cline, amazonq, augment, kiro, codex"),
    ])
    func errorsNameFileLineColumnAndTheValidChoices(text: String, expectedPrefix: String) {
        do {
            _ = try PolicyLoader.parse(text, file: "policy.yml")
            Issue.record("expected an error for \(text)")
        } catch {
            let message = (error as? LocalizedError)?.errorDescription ?? ""
            #expect(message.hasPrefix(expectedPrefix), "got: \(message)")
        }
    }

    @Test func extendsMergesListsMapsAndScalars() throws {
        let repo = try ScratchRepo(files: [
            "org/base.yml": """
                tools: [claude, cursor]
                secrets: [".env", "**/*.pem"]
                restricted: {paths: ["shared/phi/**"], tables: [patients]}
                synthetic: {mrnPrefix: ORG}
                hooks: {git: husky}
                """,
            "repo/.phiguard/policy.yml": """
                extends: ../../org/base.yml
                tools: [cursor, copilot]
                secrets: ["**/*.pem", "**/*.key"]
                restricted: {paths: ["src/phi/**"]}
                synthetic: {mrnPrefix: SYN}
                """,
        ], git: false)
        let loaded = try PolicyLoader.load(repository: try RepoAccess.Repository.locate(repo.path + "/repo"))
        #expect(loaded.policy.tools == [.claude, .cursor, .copilot])
        #expect(loaded.policy.secrets == [".env", "**/*.pem", "**/*.key"])
        #expect(loaded.policy.restricted.paths == ["shared/phi/**", "src/phi/**"])
        #expect(loaded.policy.restricted.tables == ["patients"])
        #expect(loaded.policy.synthetic.mrnPrefix == "SYN")
        #expect(loaded.policy.hooks.git == .husky)
        #expect(loaded.sources.count == 2)
    }

    @Test func extendsCyclesAndMissingTargetsAreErrors() throws {
        let repo = try ScratchRepo(files: [
            ".phiguard/policy.yml": "extends: a.yml\n", ".phiguard/a.yml": "extends: policy.yml\n",
        ], git: false)
        #expect(throws: PolicyError.self) { try PolicyLoader.load(repository: try repo.repository()) }
        try repo.write(".phiguard/policy.yml", "version: 1\nextends: missing.yml\n")
        do {
            _ = try PolicyLoader.load(repository: try repo.repository())
            Issue.record("expected an error")
        } catch let error as PolicyError {
            #expect(error.errorDescription?.hasPrefix(".phiguard/policy.yml:2:10: 'extends' names missing.yml") == true)
        }
    }

    @Test func noPolicyFileMeansBuiltInDefaults() throws {
        let repo = try ScratchRepo(files: [:], git: false)
        let loaded = try PolicyLoader.load(repository: try repo.repository())
        #expect(!loaded.fileExists)
        #expect(loaded.policy == .builtInDefault)
    }
}
