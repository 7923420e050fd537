/// One finding per span (SPEC "two kinds on one span"): where PHI candidates of different kinds
/// overlap, the more specific kind wins — a policy identifier over every built-in kind, a URL over
/// the ids inside it, a validated identifier (SSN, NPI, email) over a keyword identifier, any
/// identifier over a name or an address read from prose.
struct OverlapResolver {
    let kind: (Candidate) -> FindingKind

    /// Lower ranks win.
    static func rank(_ kind: FindingKind) -> Int {
        if kind.name.hasPrefix("custom:") { return 0 }
        switch kind {
        case .url: return 1
        case .ssn, .mbi, .npi, .dea, .creditCard, .mrn, .email, .phone: return 2
        case .dob: return 3
        case .name, .address: return 5
        default: return 4
        }
    }

    /// `candidates` sorted by start; the survivors in the same order.
    func resolve(_ candidates: [Candidate]) -> [Candidate] {
        var kept: [(candidate: Candidate, alive: Bool)] = []
        var open: [Int] = []
        for candidate in candidates.sorted(by: { $0.value.lowerBound < $1.value.lowerBound }) {
            let candidateKind = kind(candidate)
            guard candidateKind.category == .phi else {
                kept.append((candidate, true))
                continue
            }
            open.removeAll { kept[$0].candidate.value.upperBound <= candidate.value.lowerBound || !kept[$0].alive }
            var dropped = false
            for index in open where kept[index].candidate.value.overlaps(candidate.value) {
                let other = kind(kept[index].candidate)
                guard other != candidateKind else { continue }
                if Self.rank(other) <= Self.rank(candidateKind) {
                    dropped = true
                    break
                }
                kept[index].alive = false
            }
            guard !dropped else { continue }
            open.append(kept.count)
            kept.append((candidate, true))
        }
        return kept.filter(\.alive).map(\.candidate)
    }
}
