/// What a finding is: PHI, a secret, or a call out to an AI service.
public enum FindingCategory: String, Sendable, CaseIterable, Comparable {
    case phi, secret, egress

    private var order: Int {
        switch self {
        case .phi: 0
        case .secret: 1
        case .egress: 2
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
}

/// The `kind` of a finding, as SPEC names them; policy identifiers add `custom:<name>`.
public struct FindingKind: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let name: String
    public let category: FindingCategory

    public init(_ name: String, _ category: FindingCategory) {
        self.name = name
        self.category = category
    }

    public var description: String { name }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.name < rhs.name }

    public static let ssn = FindingKind("ssn", .phi)
    public static let mrn = FindingKind("mrn", .phi)
    public static let dob = FindingKind("dob", .phi)
    public static let phone = FindingKind("phone", .phi)
    public static let email = FindingKind("email", .phi)
    public static let npi = FindingKind("npi", .phi)
    public static let mbi = FindingKind("mbi", .phi)
    public static let dea = FindingKind("dea", .phi)
    public static let name = FindingKind("name", .phi)
    public static let address = FindingKind("address", .phi)
    public static let creditCard = FindingKind("credit-card", .phi)
    public static let patientID = FindingKind("patient-id", .phi)
    public static let healthPlanID = FindingKind("health-plan-id", .phi)
    public static let claimNumber = FindingKind("claim-number", .phi)
    public static let accountNumber = FindingKind("account-number", .phi)
    public static let licenseNumber = FindingKind("license-number", .phi)
    public static let deviceID = FindingKind("device-id", .phi)
    public static let vin = FindingKind("vin", .phi)
    public static let ipAddress = FindingKind("ip-address", .phi)
    public static let url = FindingKind("url", .phi)
    public static let date = FindingKind("date", .phi)
    public static let awsAccessKey = FindingKind("aws-access-key", .secret)
    public static let awsSecretKey = FindingKind("aws-secret-key", .secret)
    public static let githubToken = FindingKind("github-token", .secret)
    public static let slackToken = FindingKind("slack-token", .secret)
    public static let privateKey = FindingKind("private-key", .secret)
    public static let openaiKey = FindingKind("openai-key", .secret)
    public static let anthropicKey = FindingKind("anthropic-key", .secret)
    public static let googleAPIKey = FindingKind("google-api-key", .secret)
    public static let stripeKey = FindingKind("stripe-key", .secret)
    public static let jwt = FindingKind("jwt", .secret)
    public static let passwordInURL = FindingKind("password-in-url", .secret)
    public static let genericSecret = FindingKind("generic-secret", .secret)
    public static let aiEndpoint = FindingKind("ai-endpoint", .egress)
    public static let bannedPackage = FindingKind("banned-package", .egress)

    /// A policy identifier, `custom:<name>`.
    public static func custom(_ name: String) -> FindingKind { FindingKind("custom:" + name, .phi) }

    /// Every built-in kind, in SPEC's order.
    public static let builtIn: [FindingKind] = [
        .ssn, .mrn, .dob, .phone, .email, .npi, .mbi, .dea, .name, .address, .creditCard,
        .patientID, .healthPlanID, .claimNumber, .accountNumber, .licenseNumber, .deviceID, .vin, .ipAddress, .url, .date,
        .awsAccessKey, .awsSecretKey, .githubToken, .slackToken, .privateKey, .openaiKey, .anthropicKey,
        .googleAPIKey, .stripeKey, .jwt, .passwordInURL, .genericSecret, .aiEndpoint, .bannedPackage,
    ]

    /// Names, addresses and dates identify someone only beside an identifier: in a record whose
    /// identifiers are all synthetic they are synthetic too.
    var isQuasiIdentifier: Bool { self == .name || self == .address || self == .dob || self == .date }

    /// Values that identify a person or account by themselves, for the synthetic-record test.
    var isIdentifier: Bool {
        category == .phi && !isQuasiIdentifier
    }
}

/// How serious a finding is; `low` findings are reported but do not fail the scan.
public enum Severity: String, Sendable, Comparable {
    case low, medium, high

    private var order: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
}
