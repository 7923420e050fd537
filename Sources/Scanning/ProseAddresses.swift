/// Street addresses in free text: a house number, a street name and a USPS suffix, then an optional
/// unit, city, state and ZIP code (`4521 Oak Ridge Dr, Apt 4B, Springfield, IL 62704`). A full
/// address in a prompt or a log is a finding; a bare street needs a person or home nearby. Famous
/// and example addresses (`1600 Pennsylvania Ave`, `123 Main St`) are placeholders.
struct ProseAddresses {
    let tokens: ProseTokens
    let role: FileRole

    struct Found: Equatable {
        var range: Range<Int>
        var placeholder: Bool
        /// False for an address shape with no person around it: not a finding, but not a name either.
        var reported = true
    }

    /// Every address shape, reported or not.
    func find() -> [Found] {
        var found: [Found] = []
        var index = 0
        while index < tokens.count {
            if let address = address(at: index) {
                found.append(address.found)
                index = address.end
            } else {
                index += 1
            }
        }
        return found
    }

    private func address(at index: Int) -> (found: Found, end: Int)? {
        guard let numberEnd = houseNumber(at: index) ?? poBox(at: index) else { return nil }
        var cursor = numberEnd
        var street: [String] = []
        var loose = false
        if tokens[index].kind == .number {
            // An optional direction, then street words up to the suffix.
            if tokens.isWord(cursor), ProseVocabulary.directions.contains(tokens.lower(cursor)), tokens.isWord(cursor + 1) || tokens.isPunctuation(cursor + 1, 46) {
                cursor += tokens.isPunctuation(cursor + 1, 46) ? 2 : 1
            }
            var run: [Int] = []
            while run.count < 5, cursor < tokens.count, isStreetWord(cursor) {
                run.append(cursor)
                cursor += 1
            }
            // The suffix is the last suffix word of the run with a street word before it (`Oak Ridge Dr`).
            guard let suffixPosition = run.indices.last(where: { $0 > 0 && ProseVocabulary.streetSuffixes.contains(tokens.lower(run[$0])) })
            else { return nil }
            street = run[..<suffixPosition].map { tokens.lower($0) }
            // A lowercase street (`main st`) or a suffix that is also an everyday word (`Run`, `Walk`,
            // `Park`) needs more of an address after it: a unit, a city and state, a ZIP.
            loose = run[...suffixPosition].contains { !tokens.isCapitalized($0) && !tokens.isAllCapitals($0) && tokens[$0].kind == .word }
                || Self.everydaySuffixes.contains(tokens.lower(run[suffixPosition]))
            cursor = run[suffixPosition] + 1
            if tokens.isPunctuation(cursor, 46) { cursor += 1 }
            if tokens.isWord(cursor), ProseVocabulary.directions.contains(tokens.lower(cursor)), tokens.isAllCapitals(cursor) || tokens[cursor].range.count == 1 {
                cursor += 1
                if tokens.isPunctuation(cursor, 46) { cursor += 1 }
            }
        }
        var end = cursor
        let cursorBeforeUnit = end
        let unitEnd = unit(at: skipComma(end))
        cursor = unitEnd ?? end
        end = cursor
        let (placeEnd, hasPlace) = cityStateZIP(at: cursor)
        if hasPlace { end = placeEnd }
        let range = tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound
        let numberText = tokens.lower(index)
        // `…, OH, 11111`, `12345`: a made-up ZIP makes the whole address an example (`43210` is Columbus).
        let zip = tokens[end - 1].kind == .number ? end - 1 : skipComma(end)
        let zipDigits = zip < tokens.count && tokens[zip].kind == .number && isZIP(zip) ? ByteClass.digits(tokens.bytes(zip).prefix(5)) : []
        let placeholderZIP = hasPlace && zipDigits.count == 5 && (Set(zipDigits).count == 1 || zipDigits == [1, 2, 3, 4, 5])
        let placeholder = placeholderZIP || isPlaceholder(number: numberText, street: street)
        let personal = hasHomeContext(index..<end, strict: role == .docs)
        // An apartment or unit number makes it a home; a suite or a floor, an office.
        let residential = unitEnd != nil && isResidentialUnit(at: skipComma(cursorBeforeUnit))
        if loose, !hasPlace, unitEnd == nil { return nil }
        // A full address in a prompt or a log about someone's care is theirs, unless it is a business's.
        let clinicalPlace = hasPlace && (role == .prompt || role == .log) && hasClinicalContext(index..<end) && !isBusiness(index..<end)
        // `the mailing address for Mayo Clinic (200 First St SW)`: an organisation's, unless someone lives there.
        if !residential, !placeholder, isOrganizationAddress(before: index), !hasHomeContext(index..<end, strict: true) {
            return (Found(range: range, placeholder: false, reported: false), end)
        }
        return (Found(range: range, placeholder: placeholder, reported: personal || residential || placeholder || clinicalPlace), end)
    }

    /// Suffixes that are also everyday words.
    private static let everydaySuffixes: Set<String> = [
        "run", "walk", "path", "loop", "row", "pass", "park", "pk", "green", "view", "station", "close", "bend",
        "crossing", "landing", "orchard", "heights", "meadow", "meadows", "manor", "gardens", "grove", "knoll", "springs",
        "vista", "route", "pike", "extension", "junction", "bypass", "cove", "hollow",
    ]

    /// `4521`, `221B`: a house number (up to six digits and a letter), not a quantity or a date.
    private func houseNumber(at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .number else { return nil }
        let bytes = tokens.bytes(index)
        let digits = bytes.prefix(while: ByteClass.isDigit)
        guard (1...6).contains(digits.count), bytes.count - digits.count <= 1,
              bytes.dropFirst(digits.count).allSatisfy(ByteClass.isLetter)
        else { return nil }
        // `$1200`, `#42`, `v2`: amounts, numbers and versions.
        if index > 0, !tokens[index].spaceBefore, tokens[index - 1].kind != .newline,
           case let .punctuation(mark) = tokens[index - 1].kind, [36, 35, 46, 47, 45, 58].contains(mark) {
            return nil
        }
        return index + 1
    }

    /// `PO Box 1234`, `P.O. Box 1234`.
    private func poBox(at index: Int) -> Int? {
        var cursor = index
        guard tokens.isWord(cursor) else { return nil }
        let first = tokens.lower(cursor)
        if first == "p", tokens.isPunctuation(cursor + 1, 46), tokens.isWord(cursor + 2), tokens.lower(cursor + 2) == "o" {
            cursor += 3
            if tokens.isPunctuation(cursor, 46) { cursor += 1 }
        } else if first == "po" {
            cursor += 1
        } else {
            return nil
        }
        guard tokens.isWord(cursor), tokens.lower(cursor) == "box", cursor + 1 < tokens.count, tokens[cursor + 1].kind == .number else { return nil }
        return cursor + 2
    }

    /// A word of a street name: capitalised, an ordinal (`5th`), or lowercase in a prompt (`main st`).
    private func isStreetWord(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].spaceBefore else { return false }
        if tokens[index].kind == .number {
            let lower = tokens.lower(index)
            return ["st", "nd", "rd", "th"].contains { lower.hasSuffix($0) } && lower.first?.isNumber == true
        }
        guard tokens.isWord(index) else { return false }
        if tokens.isCapitalized(index) || tokens.isAllCapitals(index) { return true }
        let lower = tokens.lower(index)
        return (role == .prompt || role == .log) && lower.count >= 2 && lower.allSatisfy(\.isLetter)
            && !["and", "or", "the", "to", "from", "at", "in", "on", "for", "with", "is", "was", "of", "near", "by"].contains(lower)
    }

    /// `Apt`, `Unit`, `#`, `Lot`: a home's unit, not an office suite.
    private func isResidentialUnit(at index: Int) -> Bool {
        if tokens.isPunctuation(index, 35) { return true }
        return tokens.isWord(index) && ["apt", "apartment", "unit", "lot", "trlr", "spc", "space"].contains(tokens.lower(index))
    }

    /// `Apt 4B`, `Unit 12`, `Suite 200`, `#3` after the street.
    private func unit(at index: Int) -> Int? {
        var cursor = index
        if tokens.isPunctuation(cursor, 35), cursor + 1 < tokens.count, tokens[cursor + 1].kind == .number || tokens.isWord(cursor + 1) {
            return cursor + 2
        }
        guard tokens.isWord(cursor), ProseVocabulary.unitWords.contains(tokens.lower(cursor)) else { return nil }
        cursor += 1
        if tokens.isPunctuation(cursor, 46) { cursor += 1 }
        if tokens.isPunctuation(cursor, 35) { cursor += 1 }
        guard cursor < tokens.count, tokens[cursor].kind == .number || (tokens.isWord(cursor) && tokens[cursor].range.count <= 2) else { return nil }
        return cursor + 1
    }

    /// `, Springfield, IL 62704` / `Boston MA 02115-1234` / `, IL`: where it ends, and whether a state or ZIP was read.
    private func cityStateZIP(at index: Int) -> (end: Int, found: Bool) {
        var cursor = skipComma(index)
        var cityWords = 0
        while cityWords < 3, tokens.isCapitalized(cursor) || (tokens.isAllCapitals(cursor) && !isState(cursor)) {
            cursor += 1
            cityWords += 1
        }
        // `boise, id 83705` typed in lowercase: a lowercase city counts before a state code and a ZIP.
        if cityWords == 0, role == .prompt || role == .log {
            var lower = cursor
            while lower - cursor < 3, tokens.isWord(lower), tokens.lower(lower).allSatisfy(\.isLetter), !isState(lower, anyCase: true) || !isZIPAfterState(lower) {
                lower += 1
            }
            let state = skipComma(lower)
            if lower > cursor, isState(state, anyCase: true), isZIPAfterState(state) { cursor = lower }
        }
        cursor = skipComma(cursor)
        var found = false
        if isState(cursor) || (isState(cursor, anyCase: true) && isZIPAfterState(cursor)) {
            cursor += 1
            found = true
            if tokens.isPunctuation(cursor, 46) { cursor += 1 }
        }
        if cursor < tokens.count, tokens[cursor].kind == .number, isZIP(cursor) {
            cursor += 1
            found = true
        }
        return found ? (cursor, true) : (index, false)
    }

    private func isState(_ index: Int, anyCase: Bool = false) -> Bool {
        guard tokens.isWord(index) else { return false }
        let bytes = tokens.bytes(index)
        guard bytes.count == 2, anyCase || bytes.allSatisfy({ (65...90).contains($0) }) else { return false }
        return ProseVocabulary.stateCodes.contains(tokens.lower(index))
    }

    /// A five-digit ZIP right after the state code at `index`.
    private func isZIPAfterState(_ index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index + 1].kind == .number && isZIP(index + 1)
    }

    private func isZIP(_ index: Int) -> Bool {
        let bytes = tokens.bytes(index)
        if bytes.count == 5 { return bytes.allSatisfy(ByteClass.isDigit) }
        if bytes.count == 10 { return bytes[bytes.startIndex + 5] == 45 && bytes.filter(ByteClass.isDigit).count == 9 }
        return false
    }

    private func skipComma(_ index: Int) -> Int { tokens.isPunctuation(index, 44) ? index + 1 : index }

    private func isPlaceholder(number: String, street: [String]) -> Bool {
        let key = ([number] + street.prefix(1)).joined(separator: " ")
        let full = ([number] + street).joined(separator: " ")
        if ProseVocabulary.placeholderStreets.contains(key) || ProseVocabulary.placeholderStreets.contains(full) { return true }
        return street.contains { ["fake", "example", "sample", "test", "anytown", "any", "anywhere", "nowhere", "somewhere", "placeholder"].contains($0) }
    }

    /// An organisation named just before the address on its line: a capitalised organisation word
    /// inside a name (`Mayo Clinic in Rochester, MN (200 First St SW`), not at a sentence's start.
    private func isOrganizationAddress(before index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 12, tokens[cursor].kind != .newline {
            if tokens.isWord(cursor), tokens.isCapitalized(cursor), !tokens[cursor].startsSentence,
               ProseVocabulary.organizationWords.contains(tokens.lower(cursor)),
               cursor > 0, tokens.isWord(cursor - 1), tokens.isCapitalized(cursor - 1)
            {
                return true
            }
            cursor -= 1
        }
        return false
    }

    /// Billing words that put an address on a claim or a statement: the insured's or the guarantor's.
    private static let billingWords: Set<String> = [
        "claim", "claims", "payer", "insured", "insurance", "coverage", "eligibility", "denial", "denied", "remit", "eob",
        "copay", "deductible", "premium", "medicaid", "medicare", "subscriber", "guarantor", "billing", "collections", "cms-1500",
    ]

    /// Clinical or billing words in the sentence around the address.
    private func hasClinicalContext(_ range: Range<Int>) -> Bool {
        var cursor = max(0, range.lowerBound - 30)
        while cursor < min(tokens.count, range.upperBound + 30) {
            if tokens.isWord(cursor), !range.contains(cursor),
               ClinicalLexicon.isClinical(tokens.lower(cursor)) || Self.billingWords.contains(tokens.lower(cursor)) { return true }
            cursor += 1
        }
        return false
    }

    /// A vendor's, an office's or a company's address: procurement words near it, or an organisation's
    /// name right before it (`Riverside Family Medicine, 2200 Commerce Pkwy`).
    private func isBusiness(_ range: Range<Int>) -> Bool {
        var cursor = max(0, range.lowerBound - 20)
        while cursor < min(tokens.count, range.upperBound + 20) {
            if tokens.isWord(cursor), !range.contains(cursor), ProseVocabulary.businessWords.contains(tokens.lower(cursor)) { return true }
            cursor += 1
        }
        var before = range.lowerBound - 1
        if tokens.isPunctuation(before, 44) || tokens.isPunctuation(before, 40) || tokens.isPunctuation(before, 58) { before -= 1 }
        return tokens.isWord(before) && ProseVocabulary.organizationWords.contains(tokens.lower(before))
    }

    /// A home, a person or a visit in the words around the address (within 25 tokens, on nearby lines).
    /// Documentation talks about patients and addresses in general: there it takes a home (`lives`, `resides`).
    private func hasHomeContext(_ range: Range<Int>, strict: Bool) -> Bool {
        let words = strict ? ProseVocabulary.residenceWords : ProseVocabulary.homeWords
        var cursor = max(0, range.lowerBound - 25)
        while cursor < min(tokens.count, range.upperBound + 25) {
            // A capitalised word mid-sentence is part of a name (`Riverside Family Medicine`), not the word.
            if tokens.isWord(cursor), !range.contains(cursor), words.contains(tokens.lower(cursor)),
               !tokens.isCapitalized(cursor) || tokens[cursor].startsSentence
            {
                return true
            }
            cursor += 1
        }
        return false
    }
}
