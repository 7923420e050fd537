import PolicyModel

/// The enforcement notes `check`, `init` and `inspect` show, from each tool's profile.
public enum EnforcementNotes {
    /// How far the repository can enforce exclusions for `tool`.
    public static func level(of tool: AITool) -> EnforcementLevel { tool.profile.enforcement }

    /// What the level means for `tool`, in one sentence.
    public static func explanation(of tool: AITool) -> String { tool.profile.enforcementNote }

    /// One line per policy tool whose exclusions the repository cannot fully enforce on its own.
    public static func notes(for tools: [AITool]) -> [String] {
        tools.filter { level(of: $0) != .enforced }.map { "\($0.rawValue): \(explanation(of: $0))" }
    }

    /// Tools in the policy with no approval-matrix entry (only once the matrix is in use).
    public static func approvalWarnings(for policy: Policy) -> [String] {
        guard !policy.approvedTools.isEmpty else { return [] }
        let approved = Set(policy.approvedTools.map(\.tool))
        return policy.tools.filter { !approved.contains($0) }.map {
            "\($0.rawValue): no approvedTools entry in the policy, so its approval is undocumented."
        }
    }
}
