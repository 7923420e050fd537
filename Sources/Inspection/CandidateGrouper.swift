/// Folds restricted candidates into a folder glob (`src/phi/**`) when most files of that folder qualify,
/// so the policy names one path instead of dozens and covers the folder's next file too.
struct CandidateGrouper {
    /// A folder is grouped when it holds at least this many candidates...
    static let minimumCandidates = 3
    /// ...and candidates are at least this share of all its files (recursively).
    static let minimumShare = 2.0 / 3.0

    /// Files listed directly in each folder ("" for the root).
    let folderFileCounts: [String: Int]

    /// The candidates, grouped where a folder qualifies, sorted by path.
    func group(_ candidates: [RestrictedCandidate]) -> [RestrictedCandidate] {
        let totals = recursiveTotals(for: Set(candidates.flatMap { ancestors(of: $0.path) }))
        var candidatesUnder: [String: [RestrictedCandidate]] = [:]
        for candidate in candidates {
            for folder in ancestors(of: candidate.path) { candidatesUnder[folder, default: []].append(candidate) }
        }
        let qualifying = candidatesUnder.filter { folder, members in
            members.count >= Self.minimumCandidates
                && Double(members.count) >= Self.minimumShare * Double(totals[folder] ?? Int.max)
        }.keys
        // Keep the outermost qualifying folders: a qualifying parent already covers its children.
        let chosen = qualifying.filter { folder in !ancestors(of: folder).contains { qualifying.contains($0) } }
        var result = candidates.filter { candidate in !chosen.contains { candidate.path.hasPrefix($0 + "/") } }
        for folder in chosen {
            let members = candidatesUnder[folder] ?? []
            result.append(RestrictedCandidate(path: folder + "/**", reason: summary(members, total: totals[folder] ?? 0)))
        }
        return result.sorted { $0.path < $1.path }
    }

    private func summary(_ members: [RestrictedCandidate], total: Int) -> String {
        var seen = Set<String>()
        let reasons = members.map(\.reason).filter { seen.insert($0).inserted }
        let shown = reasons.prefix(2).joined(separator: "; ")
        let more = reasons.count > 2 ? "; and \(reasons.count - 2) more" : ""
        return "\(members.count) of \(total) files handle patient data: \(shown)\(more)"
    }

    /// The folders above a path, innermost last, without the root ("a/b/c.py" → ["a", "a/b"]).
    private func ancestors(of path: String) -> [String] {
        var result: [String] = []
        var index = path.startIndex
        while let slash = path[index...].firstIndex(of: "/") {
            result.append(String(path[..<slash]))
            index = path.index(after: slash)
        }
        return result
    }

    /// Files under each folder of interest, at any depth.
    private func recursiveTotals(for folders: Set<String>) -> [String: Int] {
        let interesting = Set(folders.map { Substring($0) })
        var totals: [String: Int] = [:]
        for (folder, count) in folderFileCounts where !folder.isEmpty {
            // Each prefix ending before a "/" is an ancestor; looked up as a Substring, no copies.
            var index = folder.startIndex
            while let slash = folder[index...].firstIndex(of: "/") {
                if interesting.contains(folder[..<slash]) { totals[String(folder[..<slash]), default: 0] += count }
                index = folder.index(after: slash)
            }
            if interesting.contains(Substring(folder)) { totals[folder, default: 0] += count }
        }
        return totals
    }
}
