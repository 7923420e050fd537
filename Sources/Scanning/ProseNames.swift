import NameLists

/// Person names in free text, where context says the text is about a person: a courtesy title, a
/// person noun (`patient`, `pt`, `Name:`), age and sex (`67F`), a clinical verb (`was admitted`),
/// a message or call to the person, or an identifier nearby — next to capitalised words found in
/// the Census name lists. Well-known people, eponyms and placeholder names are not patients.
struct ProseNames {
    let tokens: ProseTokens
    let role: FileRole
    /// Byte offsets of identifiers, birth dates and contact details already found in the text.
    let identifierOffsets: [Int]

    /// A name found, and whether it is a placeholder (`John Doe`) rather than a person.
    struct Found: Equatable {
        var range: Range<Int>
        var placeholder: Bool
    }

    func find() -> [Found] {
        var found: [Found] = []
        var index = 0
        while index < tokens.count {
            guard let span = span(at: index) else { index += 1; continue }
            if let name = judge(span) {
                found.append(name)
            } else if span.words.count > 1, !span.surnameFirst, !isListed(span.words[0]) {
                // `Saw Michelle Farmer`, `Consult Maria Gonzalez`: a capitalised verb or noun before the name.
                index = span.words[1]
                continue
            }
            index = max(span.tokens.upperBound, index + 1)
        }
        return found
    }

    /// A line start, or right after `:`, `|`, `(`, `[`, a tab or a bullet: where a listing's field begins.
    private func startsField(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        switch tokens[index - 1].kind {
        case .newline: return true
        case let .punctuation(mark): return [58, 124, 40, 91, 45, 42, 62, 34].contains(mark) && (mark != 45 || index < 2 || tokens[index - 2].kind == .newline)
        default: return false
        }
    }

    private func isListed(_ index: Int) -> Bool {
        NameLists.givenName(tokens.bytes(index)) != nil || NameLists.surname(tokens.bytes(index)) != nil
    }

    // MARK: - Spans

    /// A run of name-like tokens: the token range and the indices of its words (not initials or particles).
    struct Span {
        var tokens: Range<Int>
        var words: [Int]
        var initials: Int
        /// Written surname first: `Gonzalez, Maria` or `GONZALEZ, MARIA`.
        var surnameFirst = false
    }

    private static let particles: Set<String> = ["van", "von", "de", "der", "den", "del", "della", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el", "ben", "mac", "st"]

    /// The span of capitalised words starting at `index` (at most four words, with initials and
    /// particles between them), or lowercase or capitalised words after a strong label.
    private func span(at index: Int) -> Span? {
        // `patient.py`, `docs/Maria`: part of a file name or path, not a name.
        if index > 0, !tokens[index].spaceBefore, case let .punctuation(mark) = tokens[index - 1].kind, [46, 47, 95, 92, 64].contains(mark) {
            return nil
        }
        // A label or a contact verb before, or a birth date in brackets after a two-word name, lets
        // lowercase and capitals count (`pt john smith`, `anjali deshpande (7/14/83)`, `GONZALEZ MARIA`).
        let labelled = strongLabel(before: index) != nil || isContacted(before: index)
            || hasDateInBrackets(after: index + 2) || hasDateInBrackets(after: index + 1)
            || hasIdentifierLabel(at: index + 2) || isSelfIntroduction(before: index)
        guard isNameWord(index, labelled: labelled) else { return nil }
        var words = [index], initials = 0
        var end = index + 1
        while end < tokens.count, words.count + initials < 5 {
            if tokens.isPunctuation(end, 46), tokens.isInitial(end - 1) {
                end += 1
                continue
            }
            guard tokens[end].spaceBefore || tokens.isPunctuation(end - 1, 46) else { break }
            if tokens.isInitial(end), !tokens.isWord(end + 1) || tokens.isPunctuation(end + 1, 46) || isNameWord(end + 1, labelled: labelled) {
                initials += 1
                end += 1
                continue
            }
            if isNameWord(end, labelled: labelled) {
                words.append(end)
                end += 1
                continue
            }
            if tokens.isWord(end), Self.particles.contains(tokens.lower(end)), isNameWord(end + 1, labelled: labelled) {
                end += 1
                continue
            }
            break
        }
        // `Gonzalez, Maria` / `GONZALEZ, MARIA`: surname, comma, given name, both listed.
        if words.count == 1, tokens.isPunctuation(end, 44), tokens.isCapitalized(index) || tokens.isAllCapitals(index),
           startsField(index) || labelled,
           tokens.isCapitalized(end + 1) || tokens.isAllCapitals(end + 1), isNameWord(end + 1, labelled: true),
           let given = NameLists.givenName(tokens.bytes(end + 1)), !given.isWord || NameLists.surname(tokens.bytes(index)).map({ !$0.isWord }) ?? false,
           NameLists.surname(tokens.bytes(index)) != nil || (tokens[index].startsSentence && tokens[index].range.count >= 3)
        {
            var span = Span(tokens: index..<(end + 2), words: [index, end + 1], initials: 0, surnameFirst: true)
            if tokens.isInitial(end + 2) { span.tokens = index..<(end + (tokens.isPunctuation(end + 3, 46) ? 4 : 3)) }
            return span
        }
        // A trailing initial belongs to the next sentence (`… Maria G. The …`) only when followed by more text.
        return Span(tokens: index..<end, words: words, initials: initials)
    }

    /// `olga shevchenko dob 7/26/48`, `eugene anderson mrn 9780078`: an identifier's label right after.
    private func hasIdentifierLabel(at index: Int) -> Bool {
        guard tokens.isWord(index), ["dob", "mrn", "ssn", "d.o.b", "born"].contains(tokens.lower(index)) else { return false }
        return index + 1 < tokens.count && (tokens[index + 1].kind == .number || tokens.isPunctuation(index + 1, 58) || tokens.isPunctuation(index + 1, 35))
    }

    /// `hi its olga shevchenko`, `this is maria garcia`, `my name is …`: someone saying who they are.
    private func isSelfIntroduction(before index: Int) -> Bool {
        let start = tokens[index].range.lowerBound
        let head = String(decoding: ByteClass.lowercased(tokens.text.bytes[max(0, start - 12)..<start]), as: UTF8.self)
        return ["its ", "it's ", "it’s ", "this is ", "i am ", " im ", "i'm ", "i’m ", "name is "].contains { head.hasSuffix($0) }
    }

    /// A word that can be part of a name: capitalised (or, after a label, in capitals or lowercase and listed).
    private func isNameWord(_ index: Int, labelled: Bool) -> Bool {
        guard tokens.isWord(index), tokens[index].range.count >= 2 else { return false }
        let lower = tokens.lower(index)
        if ProseVocabulary.notNames.contains(lower) || Self.particles.contains(lower) { return false }
        if tokens.isCapitalized(index) { return true }
        // `GONZALEZ, MARIA`: capitals before a comma and a listed first name.
        if tokens.isAllCapitals(index), tokens.isPunctuation(index + 1, 44), tokens.isAllCapitals(index + 2),
           NameLists.surname(tokens.bytes(index)) != nil || tokens[index].startsSentence,
           NameLists.givenName(tokens.bytes(index + 2)) != nil
        {
            return true
        }
        guard labelled else { return false }
        let bytes = tokens.bytes(index)
        if tokens.isAllCapitals(index) {
            return NameLists.givenName(bytes).map { !$0.isWord } ?? false || NameLists.surname(bytes).map { !$0.isWord } ?? false
        }
        // `pt john smithers`: lowercase, but listed and not an everyday word — or a listed first name
        // before a surname that is not one.
        let given = NameLists.givenName(bytes), surname = NameLists.surname(bytes)
        if (given.map { !$0.isWord } ?? false) || (surname.map { !$0.isWord } ?? false) { return true }
        return given != nil && tokens.isWord(index + 1) && NameLists.surname(tokens.bytes(index + 1)).map({ !$0.isWord }) ?? false
            && !tokens.isCapitalized(index + 1)
    }

    // MARK: - Judging

    /// `Doe^Archibald` (DICOM and HL7 write names with `^`): a part joined to a placeholder surname.
    private func isJoinedToPlaceholder(_ span: Span) -> Bool {
        let before = span.tokens.lowerBound - 2, after = span.tokens.upperBound + 1
        if before >= 0, tokens.isPunctuation(before + 1, 94), tokens.isWord(before),
           ProseVocabulary.placeholderSurnames.contains(tokens.lower(before)) { return true }
        if tokens.isPunctuation(after - 1, 94), tokens.isWord(after),
           ProseVocabulary.placeholderSurnames.contains(tokens.lower(after)) { return true }
        // `George "Gob" Bluth`: a quoted nickname between a listed placeholder's given name and surname.
        let end = span.tokens.upperBound
        if let last = span.words.last, tokens.isPunctuation(end, 34), tokens.isWord(end + 1), tokens.isPunctuation(end + 2, 34),
           tokens.isWord(end + 3), ProseVocabulary.placeholderNames.contains(tokens.lower(last) + " " + tokens.lower(end + 3))
        {
            return true
        }
        return false
    }

    /// `In Grey's Anatomy, what illness did Meredith Grey's mother Ellis have?`: a question about a
    /// work of medical fiction names its characters.
    private func isAboutFiction(_ range: Range<Int>) -> Bool {
        let text = tokens.text
        // Bytes, not String.contains: Foundation's search per title and candidate dominated long texts.
        let window = ByteClass.lowercased(text.bytes[max(0, range.lowerBound - 600)..<min(text.count, range.upperBound + 600)])
        return ProseVocabulary.fictionTitles.contains { ByteClass.containsExactly(window, $0) }
    }

    /// `In The Death of Ivan Ilyich, … Ivan's illness`: one word of a well-known person's name
    /// written in full nearby (within 2,000 bytes) refers to that person.
    private func isPartOfWellKnownNameNearby(_ word: String, at range: Range<Int>) -> Bool {
        guard let candidates = ProseVocabulary.wellKnownPeopleByWord[word] else { return false }
        let text = tokens.text
        let window = ByteClass.lowercased(text.bytes[max(0, range.lowerBound - 2000)..<min(text.count, range.upperBound + 2000)])
        return candidates.contains { ByteClass.containsExactly(window, $0) }
    }

    private func judge(_ span: Span) -> Found? {
        let words = span.words.map { tokens.lower($0) }
        guard let first = span.words.first, let last = span.words.last else { return nil }
        let range = tokens[span.tokens.lowerBound].range.lowerBound..<tokens[span.tokens.upperBound - 1].range.upperBound
        let givenIndex = span.surnameFirst ? span.words[1] : first
        let surnameIndex = span.surnameFirst ? span.words[0] : last
        let key = (span.surnameFirst ? [words[1], words[0]] : words).joined(separator: " ")
        let surname = tokens.lower(surnameIndex)
        let titled = hasTitle(before: span.tokens.lowerBound)
        if ProseVocabulary.wellKnownPeople.contains(key) { return nil }
        if words.count == 1, ProseVocabulary.wellKnownSurnames.contains(key), !titled { return nil }
        if words.count == 1, !titled, isPartOfWellKnownNameNearby(key, at: range) { return nil }
        if !titled, isAboutFiction(range) { return nil }
        // `pt john smith`: lowercase words are a name only as a listed first name and surname.
        if span.words.allSatisfy({ !tokens.isCapitalized($0) && !tokens.isAllCapitals($0) }) {
            // A first name that is also a word (`john`, `grace`) counts beside a surname that is not one.
            guard words.count >= 2, words.allSatisfy({ $0.count >= 3 }), NameLists.givenName(tokens.bytes(first)) != nil,
                  NameLists.surname(tokens.bytes(last)).map({ !$0.isWord }) ?? false
            else { return nil }
        }
        if isOrganization(after: span) || hasCredential(after: span.tokens.upperBound) { return nil }
        if words.count >= 2, ProseVocabulary.wellKnownSurnames.contains(surname), !titled { return nil }
        if words.contains(where: { ProseVocabulary.diseaseEponyms.contains($0) }) || isEponym(after: span) { return nil }
        if isProviderName(before: span.tokens.lowerBound) { return nil }
        let placeholder = ProseVocabulary.placeholderNames.contains(key) || ProseVocabulary.placeholderSurnames.contains(surname)
            || isJoinedToPlaceholder(span)
        let found = Found(range: range, placeholder: placeholder)

        // Staff, colleagues and vendors (`Ms. Delgado in procurement`) are not patients, unless the
        // text ties them to care (age and sex, a birth date or an identifier beside the name).
        let staff = isStaffContext(span)
        if staff, !hasAgeAndSex(after: span.tokens.upperBound), !hasIdentifierNearby(range) { return nil }
        // `Park Ji-hoon (07/17/1955)`, `anjali deshpande (7/14/83)`: a birth date in brackets right after.
        if hasDateInBrackets(after: span.tokens.upperBound),
           span.words.contains(where: { NameLists.givenName(tokens.bytes($0)) != nil || NameLists.surname(tokens.bytes($0)) != nil })
        {
            return found
        }
        // Strong cues: a courtesy title, or a person noun or `Name:` label right before.
        if titled { return found }
        let opensSentence = tokens[span.tokens.lowerBound].startsSentence
        let given = NameLists.givenName(tokens.bytes(givenIndex))
        let surnameEntry = NameLists.surname(tokens.bytes(surnameIndex))
        // After a person noun or label, a listed first name, or a listed surname that is not an everyday
        // word (`patient Okonkwo`), not a heading's title-case words (`Participant Type Codes`).
        if strongLabel(before: span.tokens.lowerBound) != nil,
           given.map({ !$0.isWord || words.count >= 2 || !opensSentence }) ?? false || surnameEntry.map({ !$0.isWord }) ?? false
        {
            return found
        }

        // Weaker cues need the name lists. An everyday word opening a sentence (`Will`, `Grace`) is the word.
        let givenCounts = given.map { !($0.isWord && opensSentence && words.count == 1) } ?? false
        let fullName = words.count >= 2 && (givenCounts || span.initials > 0 || span.surnameFirst)
            && (surnameEntry != nil || (tokens.isCapitalized(surnameIndex) && !opensSentence))
            && !(given?.isWord ?? false && surnameEntry?.isWord ?? false && opensSentence)
        guard givenCounts || fullName else { return nil }

        // Cues tied to the person: age and sex, a clinical verb, `Maria's labs`, a relation in
        // brackets, an identifier beside the name, a surname-first listing.
        if hasAgeAndSex(after: span.tokens.upperBound) || hasRelation(after: span.tokens.upperBound) { return found }
        if let verb = clinicalVerb(after: span), ProseVocabulary.strongClinicalVerbs.contains(verb) { return found }
        if tokens[last].possessive, let noun = nextWord(after: span.tokens.upperBound - 1), ProseVocabulary.personalNouns.contains(noun) {
            return found
        }
        if hasIdentifierNearby(range) { return found }
        // Cues that need a clinical sentence around them. Documentation about health care is all
        // clinical sentences: there a name needs one of the cues above.
        guard role != .docs else { return nil }
        let window = clinicalWindow(around: span.tokens)
        guard window.contains(where: ClinicalLexicon.isClinical) else { return nil }
        if span.surnameFirst || clinicalVerb(after: span) != nil || isContacted(before: span.tokens.lowerBound) { return found }
        if fullName { return found }
        // A first name alone: with a pronoun for the person nearby (`Thomas … He's 20`).
        if words.count == 1, given.map({ !$0.isWord }) ?? false,
           window.contains(where: { ["she", "he", "her", "him", "his", "hers", "she's", "he's"].contains($0) })
        {
            return found
        }
        return nil
    }

    /// `Watson Pharmaceuticals Inc`, `Mercy General Hospital`: an organisation's name.
    private func isOrganization(after span: Span) -> Bool {
        let next = tokens.isWord(span.tokens.upperBound) ? tokens.lower(span.tokens.upperBound) : nil
        // `Maria Ford's labs` are hers; `Ford's Theatre` is a place.
        let possessive = span.words.last.map { tokens[$0].possessive } ?? false
        return span.words.dropFirst().contains { ProseVocabulary.organizationWords.contains(tokens.lower($0)) }
            || next.map { ProseVocabulary.organizationWords.contains($0) && !(possessive && ProseVocabulary.personalNouns.contains($0)) } ?? false
    }

    /// `Sarah Johnson, RN`, `Amy Baxter MD`: a clinician's credential after the name.
    private func hasCredential(after index: Int) -> Bool {
        var cursor = index
        if tokens.isPunctuation(cursor, 44) || tokens.isPunctuation(cursor, 40) { cursor += 1 }
        guard tokens.isWord(cursor) else { return false }
        return ["rn", "md", "do", "np", "pa", "pa-c", "phd", "pharmd", "dds", "dmd", "lpn", "cna", "crna", "dpm", "od",
                "lcsw", "msw", "mph", "facp", "facs", "aprn", "fnp", "dnp", "rph", "pt", "dpt", "ot", "otr", "slp", "rd",
                "mbbs", "frcp", "esq", "cpa"].contains(tokens.lower(cursor))
            && (tokens.isAllCapitals(cursor) || tokens.lower(cursor).count > 3 || tokens[cursor].range.count <= 3)
    }

    /// `(07/17/1955)`, `(DOB 7/14/83)`: a date in brackets right after the name.
    private func hasDateInBrackets(after index: Int) -> Bool {
        guard tokens.isPunctuation(index, 40) else { return false }
        var cursor = index + 1
        if tokens.isWord(cursor), ["dob", "b", "born", "d.o.b"].contains(tokens.lower(cursor)) { cursor += 1 }
        if tokens.isPunctuation(cursor, 46) || tokens.isPunctuation(cursor, 58) { cursor += 1 }
        guard cursor < tokens.count, tokens[cursor].kind == .number else { return false }
        return DateValue.parse(tokens.text.string(tokens[cursor].range)) != nil
    }

    /// Work words in the sentence: procurement, a vendor, IT, a colleague, a meeting.
    private func isStaffContext(_ span: Span) -> Bool {
        var cursor = max(0, span.tokens.lowerBound - 12)
        while cursor < min(tokens.count, span.tokens.upperBound + 12) {
            if tokens.isWord(cursor), !span.tokens.contains(cursor) {
                let word = tokens.lower(cursor)
                if ProseVocabulary.staffWords.contains(word) || (word == "it" && tokens.isAllCapitals(cursor)) { return true }
            }
            cursor += 1
        }
        return false
    }

    /// `(son)`, `(wife)`, `(mother)`: a relation in brackets after the name.
    private func hasRelation(after index: Int) -> Bool {
        guard tokens.isPunctuation(index, 40), tokens.isWord(index + 1) else { return false }
        return ProseVocabulary.personNouns.contains(tokens.lower(index + 1)) && tokens.isPunctuation(index + 2, 41)
    }

    /// `the name`, `the English name`, `a common name`: an article at most one word before `index`.
    private func isArticlePhrase(before index: Int) -> Bool {
        for back in 1...2 where tokens.isWord(index - back) {
            if ["the", "a", "an"].contains(tokens.lower(index - back)) { return true }
            if back == 1, ProseVocabulary.personNouns.contains(tokens.lower(index - 1)) { return false }
        }
        return false
    }

    /// A courtesy title right before the span: `Mr.`, `Mrs`, `Ms.`.
    private func hasTitle(before index: Int) -> Bool {
        var previous = index - 1
        if tokens.isPunctuation(previous, 46) { previous -= 1 }
        guard tokens.isWord(previous), ProseVocabulary.titles.contains(tokens.lower(previous)) else { return false }
        // `Unique Master Citizen Number`: `Master` is a boy's title only before a given name.
        if ["master", "mstr"].contains(tokens.lower(previous)) {
            return NameLists.givenName(tokens.bytes(index)).map { !$0.isWord } ?? false
        }
        return true
    }

    /// A clinician's title right before the span (`Dr.`, `Nurse`, `Prof.`) or a credential after it.
    private func isProviderName(before index: Int) -> Bool {
        var previous = index - 1
        if tokens.isPunctuation(previous, 46) { previous -= 1 }
        return tokens.isWord(previous) && ProseVocabulary.providerTitles.contains(tokens.lower(previous))
    }

    /// The person noun or label a few tokens before `index` on the same line (`patient`, `pt:`,
    /// `Patient name:`, `Dear`), skipping filler words and punctuation.
    private func strongLabel(before index: Int) -> Int? {
        // `… needs the name spelled out: Siosaia Tupou`: `name` shortly before a colon right before the span.
        if tokens.isPunctuation(index - 1, 58) {
            var cursor = index - 2, words = 0
            while cursor >= 0, words < 6, tokens[cursor].kind != .newline {
                if tokens.isWord(cursor) {
                    if ["name", "named", "names"].contains(tokens.lower(cursor)) { return cursor }
                    words += 1
                }
                cursor -= 1
            }
        }
        var cursor = index - 1
        var steps = 0
        while cursor >= 0, steps < 5 {
            let token = tokens[cursor]
            if token.kind == .newline { return nil }
            if case let .punctuation(mark) = token.kind {
                guard [58, 44, 35, 45, 61, 40, 46, 124, 34, 39].contains(mark) else { return nil }
                cursor -= 1
                continue
            }
            guard token.kind == .word else { return nil }
            let word = tokens.lower(cursor)
            if ProseVocabulary.personNouns.contains(word) {
                // `MCNC:PT:SER` (a LOINC name): a noun glued between colons is a code's part.
                if tokens.isPunctuation(cursor - 1, 58), !tokens[cursor].spaceBefore, !tokens[cursor + 1].spaceBefore,
                   tokens.isPunctuation(cursor + 1, 58) { return nil }
                // `the English name Gary`, `a name like`: a name mentioned as a word, not a person's.
                if ["name", "names"].contains(word), cursor == index - 1, isArticlePhrase(before: cursor) { return nil }
                // `patient`, but not `patients` in `for patients Maria …`? Both count: a list of patients.
                return cursor
            }
            guard ProseVocabulary.labelFillers.contains(word) else { return nil }
            cursor -= 1
            steps += 1
        }
        return nil
    }

    /// `, 67F`, `(67 M)`, `67yo`, `, a 67-year-old`, `, age 67`.
    private func hasAgeAndSex(after index: Int) -> Bool {
        var cursor = index
        while cursor < tokens.count, tokens.isPunctuation(cursor, 44) || tokens.isPunctuation(cursor, 40) { cursor += 1 }
        if tokens.isWord(cursor), ["a", "an", "age", "aged"].contains(tokens.lower(cursor)) { cursor += 1 }
        guard cursor < tokens.count, tokens[cursor].kind == .number else { return false }
        let number = String(decoding: ByteClass.lowercased(tokens.bytes(cursor)), as: UTF8.self)
        let digits = number.prefix { $0.isNumber }
        guard let age = Int(digits), (0...120).contains(age), digits.count <= 3 else { return false }
        let rest = number.dropFirst(digits.count)
        if ["f", "m", "yo", "y", "yof", "yom", "mo", "wo", "yr", "yrs"].contains(String(rest)) { return true }
        guard rest.isEmpty else { return false }
        // `67 F`, `67 y/o`, `67-year-old`, `67 years old`, `67 yo male`.
        var next = cursor + 1
        if tokens.isPunctuation(next, 45) { next += 1 }
        guard tokens.isWord(next) else { return false }
        return ["f", "m", "yo", "y", "year-old", "year", "years", "yr", "yrs", "male", "female", "man", "woman", "mo", "months", "wk"].contains(tokens.lower(next))
    }

    /// The clinical verb after the name, past auxiliaries (`was`, `has been`) and a comma.
    private func clinicalVerb(after span: Span) -> String? {
        guard !tokens[span.tokens.upperBound - 1].possessive else { return nil }
        var cursor = span.tokens.upperBound
        var steps = 0
        while cursor < tokens.count, steps < 4 {
            if tokens.isPunctuation(cursor, 44) { cursor += 1; continue }
            // `c/o` is a word, a slash and a word.
            if tokens.isWord(cursor), tokens.lower(cursor) == "c", tokens.isPunctuation(cursor + 1, 47) { return "c/o" }
            guard tokens.isWord(cursor) else { return nil }
            let word = tokens.lower(cursor)
            if ["was", "is", "has", "had", "been", "being", "got", "also", "then", "just", "who", "initially", "recently", "today", "yesterday", "again", "subsequently", "later", "now"].contains(word) {
                if steps == 0, ["was", "is", "has", "had", "got"].contains(word) {
                    // `Maria is a 67-year-old`, `Maria has diabetes`: the auxiliary is the verb unless one follows.
                    if let next = nextWord(after: cursor), ProseVocabulary.clinicalVerbs.contains(next) || ["been", "a", "an"].contains(next) {
                        cursor += 1
                        steps += 1
                        continue
                    }
                    return word
                }
                cursor += 1
                steps += 1
                continue
            }
            return ProseVocabulary.clinicalVerbs.contains(word) ? word : nil
        }
        return nil
    }

    /// A contact verb or a message noun before the name: `call Maria`, `a text to Maria`, `remind Mr. …`.
    private func isContacted(before index: Int) -> Bool {
        var cursor = index - 1
        var steps = 0
        while cursor >= 0, steps < 4 {
            guard tokens.isWord(cursor) else {
                if tokens.isPunctuation(cursor, 44) || tokens.isPunctuation(cursor, 58) { cursor -= 1; continue }
                return false
            }
            let word = tokens.lower(cursor)
            if ProseVocabulary.contactVerbs.contains(word) { return true }
            guard ["to", "with", "up", "a", "an", "the", "for", "back", "out", "and", "about", "regarding"].contains(word) else { return false }
            cursor -= 1
            steps += 1
        }
        return false
    }

    /// An eponym: the span followed by a word such as `disease`, `syndrome`, `regression`, `score`.
    private func isEponym(after span: Span) -> Bool {
        guard let next = nextWord(after: span.tokens.upperBound - 1) else { return false }
        return ProseVocabulary.eponymFollowers.contains(next)
    }

    /// An identifier, birth date or contact detail, or a `DOB`, `MRN` or `SSN` label, on the same
    /// line within 80 bytes.
    private func hasIdentifierNearby(_ range: Range<Int>) -> Bool {
        let lineStart = tokens.text.lineStart(range.lowerBound), lineEnd = tokens.text.lineEnd(range.upperBound)
        let near = max(lineStart, range.lowerBound - 80)..<min(lineEnd, range.upperBound + 80)
        if identifierOffsets.contains(where: { near.contains($0) }) { return true }
        let window = tokens.text.bytes[near]
        return ["dob", "d.o.b", "mrn", "ssn", "date of birth", "medical record", "member id", "y/o"].contains { ByteClass.contains(window, $0) }
    }

    /// The lowercase words within 40 tokens either side, not crossing a blank line.
    private func clinicalWindow(around range: Range<Int>) -> [String] {
        var words: [String] = []
        var cursor = range.lowerBound - 1
        var newlines = 0
        while cursor >= 0, range.lowerBound - cursor <= 40 {
            if tokens[cursor].kind == .newline { newlines += 1; if newlines > 1 { break } } else { newlines = 0 }
            if tokens.isWord(cursor) { words.append(tokens.lower(cursor)) }
            cursor -= 1
        }
        cursor = range.upperBound
        newlines = 0
        while cursor < tokens.count, cursor - range.upperBound <= 40 {
            if tokens[cursor].kind == .newline { newlines += 1; if newlines > 1 { break } } else { newlines = 0 }
            if tokens.isWord(cursor) { words.append(tokens.lower(cursor)) }
            if tokens[cursor].kind == .number {
                let number = tokens.lower(cursor)
                if number.hasSuffix("mg") || number.hasSuffix("yo") || number.hasSuffix("mcg") { words.append("mg") }
            }
            // `He's`: the tokenizer keeps the possessive `'s` apart; the pronoun is what counts.
            cursor += 1
        }
        return words
    }

    /// The next word after token `index`, lowercase, skipping one comma.
    private func nextWord(after index: Int) -> String? {
        var cursor = index + 1
        if tokens.isPunctuation(cursor, 44) { cursor += 1 }
        return tokens.isWord(cursor) ? tokens.lower(cursor) : nil
    }
}
