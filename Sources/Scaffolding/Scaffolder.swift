import Foundation
import JSONDocument
import PolicyLoading
import PolicyModel
import RepoAccess

/// The outcome of apply, check, init or remove: every file's planned change, and what was done.
public struct ScaffoldOutcome: Sendable {
    /// Every file considered, in plan order.
    public var changes: [PlannedChange]
    /// Git config settings changed (key, new value or nil for unset).
    public var gitConfigChanges: [(key: String, value: String?)]
    /// Whether the run refused to write because a managed region was edited by hand.
    public var refused: Bool
    /// Whether files were actually written (false for dry runs, checks and refusals).
    public var wrote: Bool
    /// Tools whose exclusions cannot be enforced from the repository, with what to do instead.
    public var enforcementNotes: [String]

    /// The changes that alter a file.
    public var effectiveChanges: [PlannedChange] { changes.filter { $0.action != .unchanged } }
    /// Whether everything already matches the policy.
    public var isClean: Bool { effectiveChanges.isEmpty && gitConfigChanges.isEmpty && !changes.contains(where: \.tampered) }
}

/// Inspect → policy → plan → render → merge → write, for one repository.
public struct Scaffolder {
    public let repository: Repository
    /// The phiguard version recorded in the lock.
    public let generatorVersion: String

    /// Whether a text holds a detected secret or PHI value. A user's original JSON text is kept in
    /// the (committed) lock only when it does not, so the lock never carries a copy of a secret;
    /// `remove` then re-prints that file in its own layout instead of restoring it byte for byte.
    public var holdsDetectedValue: @Sendable (String) -> Bool = { _ in false }

    public init(repository: Repository, generatorVersion: String) {
        self.repository = repository
        self.generatorVersion = generatorVersion
    }

    /// Regenerates every artifact from the policy; refuses (writing nothing) when a managed region
    /// was edited by hand, unless `force`.
    public func apply(dryRun: Bool, force: Bool) throws -> ScaffoldOutcome {
        let lockGuard = dryRun ? nil : try RepoLock(repository: repository, timeout: Self.lockTimeout)
        defer { withExtendedLifetime(lockGuard) {} }
        return try applyHoldingLock(dryRun: dryRun, force: force)
    }

    /// How long to wait for another phiguard on the same repository (`PHIGUARD_LOCK_TIMEOUT` seconds).
    static var lockTimeout: Int {
        ProcessInfo.processInfo.environment["PHIGUARD_LOCK_TIMEOUT"].flatMap(Int.init) ?? 30
    }

    private func applyHoldingLock(dryRun: Bool, force: Bool) throws -> ScaffoldOutcome {
        let loaded = try PolicyLoader.load(repository: repository)
        var outcome = try compute(policy: loaded.policy, digest: loaded.digest, extra: [])
        return try finish(&outcome, dryRun: dryRun, force: force)
    }

    /// Compares the repository with what `apply` would write; writes nothing.
    public func check() throws -> ScaffoldOutcome {
        let loaded = try PolicyLoader.load(repository: repository)
        return try compute(policy: loaded.policy, digest: loaded.digest, extra: [])
    }

    /// The repository-relative paths `apply` would write for a policy.
    public func plannedPaths(policy: Policy) throws -> [String] {
        let state = RepoState(repository: repository)
        let renderer = try TemplateRenderer(overrideDirectory: policy.templatesDirectory)
        let planner = ArtifactPlanner(policy: policy, state: state, renderer: renderer, lock: try readLock().lock,
                                      generatorVersion: generatorVersion)
        return try planner.plan().artifacts.map(\.path) + [LockFile.path]
    }

    /// Writes the policy (when absent) and every artifact, as one transaction.
    public func initialize(policyText: String?, dryRun: Bool, force: Bool) throws -> ScaffoldOutcome {
        let lockGuard = dryRun ? nil : try RepoLock(repository: repository, timeout: Self.lockTimeout)
        defer { withExtendedLifetime(lockGuard) {} }
        guard let policyText else { return try applyHoldingLock(dryRun: dryRun, force: force) }
        let policy = try PolicyLoader.parse(policyText, file: PolicyLoader.relativePath)
        let change = PlannedChange(path: PolicyLoader.relativePath, kind: nil, tools: [], roles: [ArtifactRole(.policy)],
                                   before: nil, after: policyText, tampered: false, mode: nil, note: nil)
        var outcome = try compute(policy: policy, digest: Hashing.sha256Hex(policyText), extra: [change])
        return try finish(&outcome, dryRun: dryRun, force: force)
    }

    /// Takes out everything phiguard wrote, recorded in the lock; keeps the policy unless `purge`.
    public func remove(dryRun: Bool, purge: Bool) throws -> ScaffoldOutcome {
        let lockGuard = dryRun ? nil : try RepoLock(repository: repository, timeout: Self.lockTimeout)
        defer { withExtendedLifetime(lockGuard) {} }
        let state = RepoState(repository: repository)
        let (lock, lockText) = try readLock()
        let merger = ArtifactMerger(holdsDetectedValue: holdsDetectedValue)
        var files = PendingFiles(state: state)
        for entry in (lock?.artifacts ?? []).reversed() {
            let current = try files.current(entry.path).text
            let (after, note) = try merger.unmerge(entry, current: current)
            files.record(entry.path, after: after, kind: entry.kind, note: note)
        }
        var changes = files.result
        if let lockText {
            changes.append(PlannedChange(path: LockFile.path, kind: .owned, tools: [], roles: [ArtifactRole(.lock)],
                                         before: lockText, after: nil, tampered: false, mode: nil, note: nil))
        }
        if purge, let policyText = try state.text(PolicyLoader.relativePath) {
            changes.append(PlannedChange(path: PolicyLoader.relativePath, kind: nil, tools: [], roles: [ArtifactRole(.policy)],
                                         before: policyText, after: nil, tampered: false, mode: nil, note: nil))
        }
        let configChanges = restoredGitConfig(lock?.gitConfig ?? [], keeping: [])
        var outcome = ScaffoldOutcome(changes: changes, gitConfigChanges: configChanges, refused: false, wrote: false,
                                      enforcementNotes: [])
        if !dryRun {
            try write(outcome.changes)
            try applyGitConfig(configChanges)
            outcome.wrote = true
        }
        return outcome
    }

    // MARK: Computation

    private func compute(policy: Policy, digest: String, extra: [PlannedChange]) throws -> ScaffoldOutcome {
        let state = RepoState(repository: repository)
        let (oldLock, oldLockText) = try readLock()
        let renderer = try TemplateRenderer(overrideDirectory: policy.templatesDirectory)
        let planner = ArtifactPlanner(policy: policy, state: state, renderer: renderer, lock: oldLock,
                                      generatorVersion: generatorVersion)
        let (artifacts, gitConfig, planNotes) = try planner.plan()
        let merger = ArtifactMerger(holdsDetectedValue: holdsDetectedValue)
        var files = PendingFiles(state: state)
        var entries: [LockFile.Entry] = []
        for artifact in artifacts {
            let (current, existed) = try files.current(artifact.path)
            let old = oldLock?.entry(for: artifact.path, region: artifact.region)
            let merged = try merger.merge(artifact, current: current, old: old, fileExisted: existed)
            entries.append(merged.entry)
            files.record(artifact.path, after: merged.after, kind: artifact.kind, tools: artifact.tools,
                         roles: artifact.roles, tampered: merged.tampered, mode: artifact.mode)
        }
        let planned = Set(artifacts.map { "\($0.path)#\($0.region ?? "")" })
        for dropped in (oldLock?.artifacts ?? []).reversed() where !planned.contains("\(dropped.path)#\(dropped.region ?? "")") {
            let current = try files.current(dropped.path).text
            let (after, note) = try merger.unmerge(dropped, current: current)
            files.record(dropped.path, after: after, kind: dropped.kind, roles: [ArtifactRole(.droppedFromPolicy)], note: note)
        }
        var changes = extra + files.result
        let recordedConfig = gitConfig.map { planned in
            LockFile.GitConfig(
                key: planned.key, value: planned.value,
                previous: oldLock?.gitConfig.first { $0.key == planned.key }?.previous
                    ?? repository.git.config(planned.key).flatMap { $0 == planned.value ? nil : $0 })
        }
        let lock = LockFile(generator: "phiguard \(generatorVersion)", policySHA256: digest, artifacts: entries,
                            gitConfig: recordedConfig)
        let lockText = JSONPrinter.pretty(lock.json)
        changes.append(PlannedChange(path: LockFile.path, kind: .owned, tools: [], roles: [ArtifactRole(.lock)],
                                     before: oldLockText, after: lockText, tampered: false, mode: nil, note: nil))
        var configChanges: [(key: String, value: String?)] = gitConfig.compactMap { planned in
            repository.git.config(planned.key) == planned.value ? nil : (planned.key, planned.value)
        }
        configChanges += restoredGitConfig(oldLock?.gitConfig ?? [], keeping: gitConfig.map(\.key))
        return ScaffoldOutcome(changes: changes, gitConfigChanges: configChanges, refused: false, wrote: false,
                               enforcementNotes: planNotes + EnforcementNotes.approvalWarnings(for: policy) + EnforcementNotes.notes(for: policy.tools))
    }

    private func finish(_ outcome: inout ScaffoldOutcome, dryRun: Bool, force: Bool) throws -> ScaffoldOutcome {
        if outcome.changes.contains(where: \.tampered), !force {
            outcome.refused = true
            return outcome
        }
        if !dryRun {
            try write(outcome.changes)
            try applyGitConfig(outcome.gitConfigChanges)
            outcome.wrote = true
        }
        return outcome
    }

    /// Git config to put back for recorded settings that are no longer planned.
    private func restoredGitConfig(_ recorded: [LockFile.GitConfig], keeping: [String]) -> [(key: String, value: String?)] {
        recorded.compactMap { config in
            guard !keeping.contains(config.key), repository.git.config(config.key) == config.value else { return nil }
            return (config.key, config.previous)
        }
    }

    // MARK: I/O

    private func readLock() throws -> (lock: LockFile?, text: String?) {
        guard let text = try RepoState(repository: repository).text(LockFile.path) else { return (nil, nil) }
        return (try LockFile(text: text), text)
    }

    private func write(_ changes: [PlannedChange]) throws {
        var transaction = FileTransaction(root: repository.root)
        for change in changes where change.action != .unchanged {
            if let after = change.after {
                transaction.add(change.path, .write(contents: Data(after.utf8), mode: change.before == nil ? change.mode : nil))
            } else {
                transaction.add(change.path, .delete(removeEmptyParents: true))
            }
        }
        try transaction.commit()
    }

    private func applyGitConfig(_ changes: [(key: String, value: String?)]) throws {
        for change in changes {
            if let value = change.value {
                try repository.git.setConfig(change.key, value)
            } else {
                try repository.git.unsetConfig(change.key)
            }
        }
    }
}
