/// The prose readers' rules: names and street addresses found by reading free text (not by the
/// engine), reported under these ids and messages.
enum ProseRules {
    static let all: [Rule] = [name, address]

    static let name = Rule(
        id: "phi.name-in-text", kind: .name, severity: .medium, expression: "", roles: FileRole.prose,
        message: "person's name beside clinical or personal context: remove it or use a synthetic name (`phiguard synth value name`) before sending or committing"
    ) { _ in nil }

    static let address = Rule(
        id: "phi.address-in-text", kind: .address, severity: .medium, expression: "", roles: FileRole.prose,
        message: "a person's street address: remove it or use a synthetic one (`phiguard synth value address`) before sending or committing"
    ) { _ in nil }
}

/// Runs the prose readers over a buffer of free text.
struct ProseReader {
    let text: ScanText
    let file: FileContext
    let nameRule: Int
    let addressRule: Int
    let dateRule: Int?
    let birthDateRule: Int?

    /// Name and address candidates; `anchors` are the engine's candidates (identifiers nearby make a name a person's).
    func candidates(anchors: [Candidate], kind: (Candidate) -> FindingKind) -> [Candidate] {
        let tokens = ProseTokens(text)
        var offsets = anchors.filter { $0.verdict == .finding && kind($0).category == .phi && kind($0) != .name && kind($0) != .address }
            .map(\.value.lowerBound)
        var result: [Candidate] = []
        let addresses = ProseAddresses(tokens: tokens, role: file.role).find()
        // A person's address beside a name is as telling as an identifier (`Obinna Adeyemi moved from 98 3rd Ave`).
        offsets += addresses.filter { $0.reported && !$0.placeholder }.map(\.range.lowerBound)
        for found in addresses where found.reported {
            result.append(Candidate(rule: addressRule, value: found.range, verdict: found.placeholder ? .synthetic : .finding, personField: true))
        }
        // A street named for a person (`4277 Jackson Drive`) is part of an address, not a name.
        var birthDates: [Range<Int>] = []
        for found in ProseNames(tokens: tokens, role: file.role, identifierOffsets: offsets).find()
        where !addresses.contains(where: { $0.range.overlaps(found.range) }) {
            result.append(Candidate(rule: nameRule, value: found.range, verdict: found.placeholder ? .synthetic : .finding, personField: true))
            // `Rosa Gutiérrez (03/14/1952)`, `SAMIR NASSER 4/2/61 STEMI`: a date right after a name is the birth date.
            if let birthDateRule, !found.placeholder, let date = ProseDates(tokens: tokens).birthDate(after: found.range.upperBound),
               !anchors.contains(where: { $0.value.overlaps(date.range) })
            {
                result.append(Candidate(rule: birthDateRule, value: date.range, verdict: date.isSentinel(role: file.role) ? .synthetic : .finding))
                birthDates.append(date.range)
            }
        }
        if let dateRule {
            for date in ProseDates(tokens: tokens).find() where !birthDates.contains(where: { $0.overlaps(date.range) }) {
                result.append(Candidate(rule: dateRule, value: date.range, verdict: date.isSentinel(role: file.role) ? .synthetic : .finding))
            }
        }
        return result
    }
}
