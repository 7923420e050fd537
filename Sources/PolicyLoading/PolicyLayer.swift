import PolicyModel

/// One policy file's settings before `extends` is resolved: nil means "not set here".
struct PolicyLayer: Equatable {
    var extends: String?
    var tools: [AITool]?
    var restrictedPaths: [String]?
    var restrictedTables: [String]?
    var restrictedRoutes: [String]?
    var secrets: [String]?
    var data: [String]?
    var identifiers: [Policy.Identifier]?
    var mrnPrefix: String?
    var bannedPackages: [String]?
    var aiEndpoints: Policy.Egress.AIEndpoints?
    var gitHooks: Policy.Hooks.GitHookMode?
    var agentHooks: [AITool]?
    var rules: [String]?
    var approvedTools: [Policy.ApprovedTool]?
    var trailer: String?
    var requireTrailer: Bool?
    var templates: String?
    var ci: Policy.CIMode?

    /// This layer laid over `base`: lists unioned in order without duplicates, scalars from this layer win.
    func overlaying(_ base: PolicyLayer) -> PolicyLayer {
        var merged = PolicyLayer()
        merged.tools = union(base.tools, tools)
        merged.restrictedPaths = union(base.restrictedPaths, restrictedPaths)
        merged.restrictedTables = union(base.restrictedTables, restrictedTables)
        merged.restrictedRoutes = union(base.restrictedRoutes, restrictedRoutes)
        merged.secrets = union(base.secrets, secrets)
        merged.data = union(base.data, data)
        merged.identifiers = unionByKey(base.identifiers, identifiers, key: \.name)
        merged.mrnPrefix = mrnPrefix ?? base.mrnPrefix
        merged.bannedPackages = union(base.bannedPackages, bannedPackages)
        merged.aiEndpoints = aiEndpoints ?? base.aiEndpoints
        merged.gitHooks = gitHooks ?? base.gitHooks
        merged.agentHooks = union(base.agentHooks, agentHooks)
        merged.rules = union(base.rules, rules)
        merged.approvedTools = unionByKey(base.approvedTools, approvedTools, key: \.tool)
        merged.trailer = trailer ?? base.trailer
        merged.requireTrailer = requireTrailer ?? base.requireTrailer
        merged.templates = templates ?? base.templates
        merged.ci = ci ?? base.ci
        return merged
    }

    /// The full policy: unset settings take the built-in defaults.
    func resolved() -> Policy {
        let defaults = Policy.builtInDefault
        return Policy(
            version: 1,
            tools: tools ?? defaults.tools,
            restricted: Policy.Restricted(
                paths: restrictedPaths ?? [], tables: restrictedTables ?? [], routes: restrictedRoutes ?? []),
            secrets: secrets ?? defaults.secrets,
            data: data ?? defaults.data,
            identifiers: identifiers ?? [],
            synthetic: Policy.Synthetic(mrnPrefix: mrnPrefix ?? defaults.synthetic.mrnPrefix),
            egress: Policy.Egress(
                bannedPackages: bannedPackages ?? defaults.egress.bannedPackages,
                aiEndpoints: aiEndpoints ?? defaults.egress.aiEndpoints),
            hooks: Policy.Hooks(git: gitHooks ?? defaults.hooks.git, agents: agentHooks ?? defaults.hooks.agents),
            rules: rules ?? [],
            approvedTools: approvedTools ?? [],
            provenance: Policy.Provenance(
                trailer: trailer ?? defaults.provenance.trailer,
                require: requireTrailer ?? defaults.provenance.require),
            ci: ci ?? .none,
            templatesDirectory: templates)
    }

    private func union<T: Equatable>(_ base: [T]?, _ over: [T]?) -> [T]? {
        guard let base else { return over }
        guard let over else { return base }
        return over.reduce(into: base) { result, item in if !result.contains(item) { result.append(item) } }
    }

    private func unionByKey<T, K: Equatable>(_ base: [T]?, _ over: [T]?, key: KeyPath<T, K>) -> [T]? {
        guard let base else { return over }
        guard let over else { return base }
        var result = base
        for item in over {
            if let index = result.firstIndex(where: { $0[keyPath: key] == item[keyPath: key] }) {
                result[index] = item
            } else {
                result.append(item)
            }
        }
        return result
    }
}
