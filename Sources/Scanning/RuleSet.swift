import PolicyModel

/// Every rule that applies under a policy, compiled once into one engine database.
public final class RuleSet: Sendable {
    let rules: [Rule]
    let database: PatternDatabase
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
        var rules = PHIRules.all + StructuredFieldRules.all + SecretRules.all
        if let egress { rules += EgressRules.all(severity: egress) }
        let builtInCount = rules.count
        rules += CustomIdentifierRules.rules(for: policy.identifiers)
        do {
            database = try PatternDatabase(rules.map { EnginePattern(expression: $0.expression, caseless: $0.caseless) },
                                           cache: PatternDatabase.defaultCacheDirectory)
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

    /// The rule a candidate was found by.
    func rule(at index: Int) -> Rule { index < rules.count ? rules[index] : Self.bannedPackageRule }
}
