/// Lists after one keyword: `NPIs: 2243010263, 1451292852, 1925174504`, `acct numbers: 650970359,
/// 7438573`. The keyword rule finds the first value; the values that follow it, separated by commas,
/// slashes or `and`, with the same shape and passing the same validator, are the same kind.
enum ListContinuation {
    /// The kinds whose values come in lists.
    private static let listKinds: Set<FindingKind> = [
        .ssn, .mrn, .npi, .mbi, .dea, .patientID, .healthPlanID, .claimNumber, .accountNumber, .licenseNumber, .deviceID,
    ]

    static func extend(_ candidates: [Candidate], in text: ScanText, kind: (Candidate) -> FindingKind, mrnPrefix: String) -> [Candidate] {
        var added: [Candidate] = []
        var starts = Set(candidates.map(\.value.lowerBound))
        for candidate in candidates where candidate.verdict != .rejected && listKinds.contains(kind(candidate)) {
            var previous = candidate.value
            for _ in 0..<20 {
                guard let next = nextItem(after: previous.upperBound, in: text), !starts.contains(next.lowerBound),
                      similar(text.bytes[previous], text.bytes[next]),
                      let verdict = validate(text.bytes[next], kind: kind(candidate), mrnPrefix: mrnPrefix)
                else { break }
                added.append(Candidate(rule: candidate.rule, value: next, verdict: verdict, personField: candidate.personField))
                starts.insert(next.lowerBound)
                previous = next
            }
        }
        return candidates + added
    }

    /// The next list item after `end`: past `, `, ` / `, `; ` or ` and `, a token of letters, digits and dashes.
    private static func nextItem(after end: Int, in text: ScanText) -> Range<Int>? {
        var index = end
        var separated = false
        while index < text.count, index - end < 8 {
            let byte = text[index]
            if byte == 44 || byte == 47 || byte == 59 { separated = true; index += 1; continue }
            if byte == 32 || byte == 9 { index += 1; continue }
            if !separated, byte | 0x20 == 97, text.byte(at: index + 1).map({ $0 | 0x20 }) == 110, text.byte(at: index + 2).map({ $0 | 0x20 }) == 100,
               text.byte(at: index + 3) == 32
            {
                separated = true
                index += 4
                continue
            }
            break
        }
        guard separated, index < text.count, ByteClass.isAlphanumeric(text[index]) else { return nil }
        var stop = index
        while stop < text.count, stop - index < 40, ByteClass.isAlphanumeric(text[stop]) || (text[stop] == 45 && (text.byte(at: stop + 1).map(ByteClass.isAlphanumeric) ?? false)) {
            stop += 1
        }
        guard text.byte(at: stop).map({ !ByteClass.isWord($0) }) ?? true else { return nil }
        return index..<stop
    }

    /// Same length within three, same number of digits and letters within two.
    private static func similar(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool {
        let digitsA = a.filter(ByteClass.isDigit).count, digitsB = b.filter(ByteClass.isDigit).count
        let lettersA = a.filter(ByteClass.isLetter).count, lettersB = b.filter(ByteClass.isLetter).count
        return abs(a.count - b.count) <= 3 && abs(digitsA - digitsB) <= 2 && abs(lettersA - lettersB) <= 2 && digitsB >= 4
    }

    private static func validate(_ value: ArraySlice<UInt8>, kind: FindingKind, mrnPrefix: String) -> Verdict? {
        let digits = ByteClass.digits(value)
        let verdict: Verdict
        switch kind {
        case .ssn: verdict = IdentifierRules.ssn(digits)
        case .npi: verdict = value.count == 10 ? IdentifierRules.npi(digits) : .rejected
        case .mbi: verdict = IdentifierRules.mbi(value.filter { $0 != 45 })
        case .dea: verdict = IdentifierRules.dea(Array(value))
        case .mrn: return PHIRules.judgeMRN(value, prefix: mrnPrefix)
        default:
            if DateValue.parse(String(decoding: value, as: UTF8.self)) != nil { return nil }
            if !mrnPrefix.isEmpty, value.starts(with: mrnPrefix.utf8) { return .synthetic }
            verdict = PlaceholderValues.isPlaceholderNumber(digits) || PlaceholderValues.hasPlaceholderWord(value) ? .synthetic : .finding
        }
        return verdict == .rejected ? nil : verdict
    }
}
