import PolicyModel

/// The values the templates see, derived from the policy.
enum RulesContext {
    /// The context of the rules body and the exclusion lists.
    static func make(for policy: Policy) -> [String: Any] {
        let secretAndData = (policy.secrets + policy.data).filter { !policy.restricted.paths.contains($0) }
        return [
            "restrictedPaths": policy.restricted.paths,
            "secretAndDataPaths": unique(secretAndData),
            "tablesList": codeList(policy.restricted.tables),
            "routesList": codeList(policy.restricted.routes),
            "bannedList": codeList(policy.egress.bannedPackages),
            "hasApprovals": !policy.approvedTools.isEmpty,
            "approvals": policy.approvedTools.map { approval -> [String: Any] in
                [
                    "tool": approval.tool.displayName,
                    "plan": approval.plan ?? "—",
                    "tiers": approval.tiers.isEmpty ? "nothing" : approval.tiers.joined(separator: ", "),
                    "baa": approval.baa ? "yes" : "no",
                ]
            },
            "hasRules": !policy.rules.isEmpty,
            "rules": policy.rules,
        ]
    }

    /// `` `a`, `b` `` — or an empty string, which Mustache treats as false.
    private static func codeList(_ items: [String]) -> String {
        items.map { "`\($0)`" }.joined(separator: ", ")
    }

    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
