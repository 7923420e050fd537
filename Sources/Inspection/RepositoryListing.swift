import Foundation
import RepoAccess

/// The repository's files in two parts: tracked files at once (git reads its index), untracked ones
/// from a git walk of the work tree that runs on another core meanwhile, so inspect surveys and
/// reads the tracked files while git is still walking. Outside git: one folder walk.
struct RepositoryListing {
    /// Files available now.
    let first: [ListedFile]
    private let remainder: BackgroundValue<[ListedFile]?>?
    private let root: String

    /// Starts listing `repository`.
    static func start(_ repository: Repository) throws -> RepositoryListing {
        let root = repository.root.path
        guard repository.isGitRepository else {
            return RepositoryListing(first: try walk(repository), remainder: nil, root: root)
        }
        let untracked = BackgroundValue { try? FileListing.untracked(in: repository) }
        let tracked: [ListedFile]
        do {
            tracked = try FileListing.tracked(in: repository)
        } catch {
            _ = try? untracked.value()
            throw InspectionError.listingFailed(root: root, reason: (error as? LocalizedError)?.errorDescription ?? "git ls-files failed")
        }
        return RepositoryListing(first: tracked, remainder: untracked, root: root)
    }

    /// The rest of the files (waits for git's walk).
    func rest() throws -> [ListedFile] {
        guard let remainder else { return [] }
        guard let files = (try? remainder.value()) ?? nil else {
            throw InspectionError.listingFailed(root: root, reason: "git ls-files --others failed")
        }
        return files
    }

    private static func walk(_ repository: Repository) throws -> [ListedFile] {
        do {
            return try FileListing.files(in: repository)
        } catch {
            throw InspectionError.listingFailed(
                root: repository.root.path, reason: (error as? LocalizedError)?.errorDescription ?? "\(error)")
        }
    }
}
