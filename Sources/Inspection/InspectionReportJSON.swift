import JSONDocument

extension InspectionReport {
    /// The report as SPEC's `inspect --format json` object; `extra` members (e.g. what `init` would
    /// write) follow the inspector's own.
    public func jsonValue(repo: String, extra: [(key: String, value: JSONValue)] = []) -> JSONValue {
        var object = JSONObject([
            ("version", .integer(1)),
            ("repo", .string(repo)),
            ("languages", .array(languages.map(JSONValue.string))),
            ("frameworks", .array(frameworks.map(JSONValue.string))),
            ("aiTools", .array(aiTools.map { ["tool": .string($0.tool.rawValue), "path": .string($0.path)] })),
            ("hookManagers", .array(hookManagers.map { ["manager": .string($0.kind.rawValue), "path": .string($0.path)] })),
            ("sensitiveFiles", .array(sensitiveFiles.map {
                ["path": .string($0.path), "kind": .string($0.kind), "tracked": .bool($0.tracked)]
            })),
            ("restrictedCandidates", .array(restrictedCandidates.map {
                ["path": .string($0.path), "reason": .string($0.reason)]
            })),
            ("restrictedTables", .array(restrictedTables.map(JSONValue.string))),
            ("restrictedRoutes", .array(restrictedRoutes.map(JSONValue.string))),
            ("symlinksOutsideRepository", .array(symlinksOutsideRepository.map(JSONValue.string))),
            ("unreadSourceFiles", .integer(unreadSourceFiles)),
        ])
        for member in extra { object[member.key] = member.value }
        return .object(object)
    }
}
