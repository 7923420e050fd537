import Inspection
import PolicyModel

/// The `.phiguard/policy.yml` that `init` writes: the built-in defaults with the inspector's
/// restricted candidates filled in.
public enum InitialPolicy {
    /// Renders the policy text for `tools` and an inspection.
    public static func text(tools: [AITool], inspection: InspectionReport, templatesDirectory: String? = nil) throws
        -> String
    {
        let renderer = try TemplateRenderer(overrideDirectory: templatesDirectory)
        return try renderer.render("policy", [
            "tools": tools.map(\.rawValue).joined(separator: ", "),
            "restrictedPaths": inspection.restrictedCandidates.map(\.path),
            "restrictedTables": inspection.restrictedTables,
            "restrictedRoutes": inspection.restrictedRoutes,
        ])
    }

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
