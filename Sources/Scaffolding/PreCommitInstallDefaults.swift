import Yams

/// The top-level pre-commit settings that make a plain `pre-commit install` install phiguard's
/// commit-msg stage too, without moving the user's own stage-less hooks to that stage.
///
/// pre-commit installs only `default_install_hook_types` (default `[pre-commit]`), so without it the
/// provenance hook is configured but never runs. Once commit-msg is installed, a hook with no
/// `stages:` runs at every installed stage (`default_stages` defaults to all of them); phiguard
/// therefore also writes `default_stages` listing every stage but commit-msg, so those hooks run
/// exactly where they ran before. A user's own `default_stages` is never touched.
struct PreCommitInstallDefaults {
    /// One managed region: its name, the key path it extends, and its YAML body.
    struct Region: Equatable {
        var name: String
        var path: [String]
        var body: String
    }

    static let installTypesRegion = "install-types"
    static let stagesRegion = "default-stages"

    /// pre-commit 3.2+'s stages (its `clientlib.STAGES`) other than commit-msg.
    static let stagesBesideCommitMessage = [
        "pre-commit", "pre-merge-commit", "pre-push", "prepare-commit-msg", "post-checkout", "post-commit",
        "post-merge", "post-rewrite", "pre-rebase", "manual",
    ]

    let file: String

    /// The regions to merge into `current` (phiguard's own regions in it are ignored when judging).
    /// Empty when the user's list already has commit-msg, or is written in a shape phiguard does not
    /// rewrite (a flow list): the "not installed" warning then names the command instead.
    func regions(in current: String) throws -> [Region] {
        let userText = try withoutOwnRegions(current)
        guard case let .mapping(root)? = try? Yams.compose(yaml: userText) else {
            return userText.contains(where: { !$0.isWhitespace }) ? [] : everything
        }
        let installTypes = root.first { $0.key.string == "default_install_hook_types" }?.value
        var result: [Region] = []
        switch installTypes {
        case nil:
            result.append(Region(name: Self.installTypesRegion, path: ["default_install_hook_types"],
                                 body: "- pre-commit\n- commit-msg\n"))
        case let .sequence(items)?:
            let types = items.compactMap(\.string)
            if types.contains("commit-msg") { return [] }
            guard (try? YAMLPlacement.locate(path: ["default_install_hook_types"], in: userText, file: file)) != nil
            else { return [] }
            let missing = ["pre-commit", "commit-msg"].filter { !types.contains($0) }
            result.append(Region(name: Self.installTypesRegion, path: ["default_install_hook_types"],
                                 body: missing.map { "- \($0)\n" }.joined()))
        default:
            return []
        }
        if root.first(where: { $0.key.string == "default_stages" }) == nil {
            result.append(stages)
        }
        return result
    }

    private var everything: [Region] {
        [Region(name: Self.installTypesRegion, path: ["default_install_hook_types"], body: "- pre-commit\n- commit-msg\n"),
         stages]
    }

    private var stages: Region {
        Region(name: Self.stagesRegion, path: ["default_stages"],
               body: Self.stagesBesideCommitMessage.map { "- \($0)\n" }.joined())
    }

    private func withoutOwnRegions(_ text: String) throws -> String {
        var result = text
        for name in [Self.installTypesRegion, Self.stagesRegion] {
            let region = ManagedRegion(syntax: .hash, file: file, name: name)
            if let location = try region.find(in: result) { result = region.remove(location, from: result, joiner: nil) }
        }
        return result
    }
}
