import Inspection
import PolicyModel
import RepoAccess

/// The `.phiguard/policy.yml` that `init` writes: the built-in defaults with the inspector's
/// restricted candidates filled in.
public enum InitialPolicy {
    /// Renders the policy text for `tools` and an inspection.
    public static func text(tools: [AITool], inspection: InspectionReport, templatesDirectory: String? = nil) throws
        -> String
    {
        let renderer = try TemplateRenderer(overrideDirectory: templatesDirectory)
        let coverage = protection(for: inspection)
        return try renderer.render("policy", [
            "tools": tools.map(\.rawValue).joined(separator: ", "),
            "restrictedPaths": coverage.restrictedPaths.map(yamlQuoted),
            "restrictedTables": inspection.restrictedTables,
            "restrictedRoutes": inspection.restrictedRoutes,
            "secrets": coverage.secrets.map(yamlQuoted),
        ])
    }

    /// Restricted paths and secrets such that every sensitive file the inspection lists is matched:
    /// the defaults and restricted candidates, plus each file no pattern covers yet, by its own path
    /// (secret kinds under `secrets`, data kinds under `restricted.paths`).
    static func protection(for inspection: InspectionReport) -> (restrictedPaths: [String], secrets: [String]) {
        var restricted = inspection.restrictedCandidates.map(\.path)
        var secrets = Policy.defaultSecrets
        var patterns = (restricted + secrets + Policy.defaultData).map(PathPattern.init)
        for file in inspection.sensitiveFiles where !patterns.contains(where: { $0.matches(file.path) }) {
            // Anchored: the file itself, not every file of that name.
            let pattern = "/" + file.path
            if secretKinds.contains(file.kind) { secrets.append(pattern) } else { restricted.append(pattern) }
            patterns.append(PathPattern(pattern))
        }
        return (restricted, secrets)
    }

    /// The inside of a YAML double-quoted scalar (the template supplies the quotes).
    private static func yamlQuoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }

    /// Sensitive-file kinds that hold credentials rather than data.
    private static let secretKinds: Set<String> = ["env", "private-key", "credentials"]

    /// Parses a `--tools` list ("claude,cursor"), naming the valid tools on error.
    public static func tools(from list: String?) throws -> [AITool] {
        guard let list else { return AITool.allCases }
        return try list.split(separator: ",").map { name in
            let trimmed = String(name).trimmingWhitespace
            guard let tool = AITool(rawValue: trimmed) else {
                throw ScaffoldError.unknownTool(name: trimmed, valid: AITool.validNames)
            }
            return tool
        }
    }
}
