import Foundation

/// Why a repository could not be inspected.
public enum InspectionError: LocalizedError, Equatable {
    /// The file listing (git or the folder walk) failed.
    case listingFailed(root: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .listingFailed(root, reason):
            "\(root): could not list the repository's files (\(reason)). "
                + "Check that git works in this folder (`git -C \(root) ls-files`) and that it is readable."
        }
    }
}
