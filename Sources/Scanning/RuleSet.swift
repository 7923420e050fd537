import PolicyModel

/// Every rule that applies under a policy, compiled once into two engine databases: one with the
/// rules for code, config and data, one with the rules for prose (prompts, docs, logs).
public final class RuleSet: Sendable {
    let rules: [Rule]
    /// Rules that share one engine pattern, by the index the engine reports (the first rule's).
    private let anchorGroups: [Int: [Int]]
    private let structuredDatabase: PatternDatabase
    private let proseDatabase: PatternDatabase
    let mrnPrefix: String
    let bannedPackages: [String]
    let egressSeverity: Severity?
    /// The policy's restricted and secret path patterns, for `guard`.
    let policy: Policy

    /// Compiles the built-in rules and the policy's identifiers.
    public init(policy: Policy) throws(ScanError) {
        let egress: Severity? = switch policy.egress.aiEndpoints {
        case .deny: .high
        case .warn: .low
        case .allow: nil
        }
        var rules = PHIRules.all + StructuredFieldRules.all + KeywordIdentifierRules.all + ContextIdentifierRules.all
            + HL7Rules.all + X12Rules.all + FHIRRules.all + XMLFieldRules.all + FilenameRules.all + ProseRules.all + SecretRules.all
        if let egress { rules += EgressRules.all(severity: egress) }
        let builtInCount = rules.count
        rules += CustomIdentifierRules.rules(for: policy.identifiers)
        // Rules that share an anchor (an HL7 `PID|`, an XML element) are one engine pattern, reported
        // under the first rule's index; every rule of the group judges each match.
        var groups: [Int: [Int]] = [:]
        var firstOfAnchor: [String: Int] = [:]
        for (index, rule) in rules.enumerated() where !rule.expression.isEmpty {
            let anchor = (rule.caseless ? "i\u{0}" : "\u{0}") + rule.expression
            if let first = firstOfAnchor[anchor] { groups[first, default: [first]].append(index) } else { firstOfAnchor[anchor] = index }
        }
        anchorGroups = groups
        func patterns(_ roles: Set<FileRole>) -> [EnginePattern] {
            firstOfAnchor.values.sorted().compactMap { index in
                let members = groups[index] ?? [index]
                guard members.contains(where: { rules[$0].roles.map { !$0.isDisjoint(with: roles) } ?? true }) else { return nil }
                return EnginePattern(expression: rules[index].expression, caseless: rules[index].caseless, id: index)
            }
        }
        do {
            structuredDatabase = try PatternDatabase(patterns(FileRole.structured), cache: PatternDatabase.defaultCacheDirectory)
            proseDatabase = try PatternDatabase(patterns(FileRole.prose), cache: PatternDatabase.defaultCacheDirectory)
        } catch {
            switch error {
            case let .compile(index, message) where index >= builtInCount && index < rules.count:
                let identifier = policy.identifiers[index - builtInCount]
                throw .badIdentifierPattern(name: identifier.name, pattern: identifier.pattern, reason: message)
            case let .compile(index, message):
                throw .engine("built-in rule \(index) does not compile: \(message)")
            case let .runtime(message):
                throw .engine(message)
            }
        }
        self.rules = rules
        self.policy = policy
        mrnPrefix = policy.synthetic.mrnPrefix
        bannedPackages = policy.egress.bannedPackages.map { $0.lowercased() }
        egressSeverity = egress
    }
}

extension RuleSet {
    /// Banned dependencies are found by reading manifests, not by the engine.
    static let bannedPackageRule = Rule(
        id: "egress.banned-package", kind: .bannedPackage, severity: .high, expression: "",
        message: "dependency banned by the policy (egress.bannedPackages): remove it, or have the ban reviewed"
    ) { _ in nil }

    /// Scratch space for one thread, large enough for both databases.
    func makeScratch() throws(EngineError) -> PatternDatabase.Scratch {
        let scratch = try structuredDatabase.makeScratch()
        try proseDatabase.grow(scratch)
        return scratch
    }

    /// The rules that judge a match the engine reports under `pattern`.
    func rules(forMatch pattern: Int) -> [Int] { anchorGroups[pattern] ?? [pattern] }

    /// The engine database for files of `role`.
    func database(for role: FileRole) -> PatternDatabase { role.isProse ? proseDatabase : structuredDatabase }

    /// The index of the first rule of `kind` with `id`, for readers that find values themselves.
    func index(of id: String) -> Int? { rules.firstIndex { $0.id == id } }

    /// The rule a candidate was found by.
    func rule(at index: Int) -> Rule { index < rules.count ? rules[index] : Self.bannedPackageRule }
}
