/// Dates in free text that an event ties to a person: `seen in clinic on 04/16/2022`, `LMP
/// 2021-03-14`, `Biopsy collected 28-Jun-2024`. A date counts when an event word comes before it in
/// the same sentence; timestamps, releases and deadlines have none.
struct ProseDates {
    let tokens: ProseTokens

    func find() -> [DateValue] {
        var found: [DateValue] = []
        var index = 0
        while index < tokens.count {
            guard let (date, end) = date(at: index) else { index += 1; continue }
            if date.isPlausibleRecordDate, hasEvent(before: index) || follows(found, index) || hasSex(at: end) { found.append(date) }
            index = end
        }
        return found
    }

    /// The date starting at token `index` and the token after it: `04/16/2022`, `28-Jun-2024`,
    /// `2021-12-01T03:12`, `March 3, 2024`, `3 Apr 2021`.
    private func date(at index: Int) -> (DateValue, Int)? {
        let text = tokens.text
        if tokens[index].kind == .number {
            let range = tokens[index].range
            var end = range.lowerBound
            while end < range.upperBound, ByteClass.isDigit(text[end]) || [45, 47, 46].contains(text[end]) { end += 1 }
            while end > range.lowerBound, !ByteClass.isDigit(text[end - 1]) { end -= 1 }
            if let date = DateValue.parse(text.string(range.lowerBound..<end), offset: range.lowerBound) { return (date, index + 1) }
            if let date = DateValue.parse(text.string(range), offset: range.lowerBound) { return (date, index + 1) }
            // `10-Sep-2024`: a number, a dash, a month word, a dash, a year.
            if tokens.isPunctuation(index + 1, 45), tokens.isWord(index + 2), tokens.isPunctuation(index + 3, 45), index + 4 < tokens.count,
               tokens[index + 4].kind == .number,
               let date = DateValue.parse(text.string(range.lowerBound..<tokens[index + 4].range.upperBound), offset: range.lowerBound)
            {
                return (date, index + 5)
            }
            // `3 Apr 2021`
            if tokens.isWord(index + 1), index + 2 < tokens.count, tokens[index + 2].kind == .number,
               let date = DateValue.parse(text.string(range.lowerBound..<tokens[index + 2].range.upperBound), offset: range.lowerBound)
            {
                return (date, index + 3)
            }
            return nil
        }
        // `March 3, 2024`
        guard tokens.isWord(index), index + 1 < tokens.count, tokens[index + 1].kind == .number else { return nil }
        var last = index + 2
        if tokens.isPunctuation(last, 44) { last += 1 }
        guard last < tokens.count, tokens[last].kind == .number,
              let date = DateValue.parse(text.string(tokens[index].range.lowerBound..<tokens[last].range.upperBound), offset: tokens[index].range.lowerBound)
        else { return nil }
        return (date, last + 1)
    }

    /// The birth date written right after a name ending at byte `offset`: in brackets, after `/`, `,`
    /// or `-`, or straight after it (`Samir Al-Amin 3/14/61 - Na 128`).
    func birthDate(after offset: Int) -> DateValue? {
        guard let first = tokens.firstIndex(startingAtOrAfter: offset) else { return nil }
        var index = first
        var skipped = 0
        while index < tokens.count, skipped < 2, case let .punctuation(mark) = tokens[index].kind, [40, 47, 44, 45, 91].contains(mark) {
            index += 1
            skipped += 1
        }
        if tokens.isWord(index), ["dob", "b", "born", "d.o.b"].contains(tokens.lower(index)) {
            index += 1
            if tokens.isPunctuation(index, 58) || tokens.isPunctuation(index, 46) { index += 1 }
        }
        guard index < tokens.count, tokens[index].range.lowerBound - offset <= 12, let (date, _) = date(at: index),
              date.isPlausibleBirthDate
        else { return nil }
        return date
    }

    /// `04/10/1990 M`, `1958-04-12 female`: a date with a sex beside it is a person's birth date.
    private func hasSex(at index: Int) -> Bool {
        guard tokens.isWord(index), tokens[index].spaceBefore else { return false }
        return ["m", "f", "male", "female"].contains(tokens.lower(index))
    }

    /// An event word within six tokens before, in the same sentence, with no release or deadline word between.
    private func hasEvent(before index: Int) -> Bool {
        var cursor = index - 1
        var steps = 0
        while cursor >= 0, steps < 6 {
            let token = tokens[cursor]
            if token.kind == .newline { return false }
            if case let .punctuation(mark) = token.kind, [46, 33, 63, 59].contains(mark) { return false }
            if tokens.isWord(cursor) {
                let word = tokens.lower(cursor)
                if Self.notEvents.contains(word) { return false }
                if Self.events.contains(word) { return true }
                steps += 1
            }
            cursor -= 1
        }
        return false
    }

    /// `6/2/2020 through 6/6/2020`: a date right after a person's date, joined by a range word.
    private func follows(_ found: [DateValue], _ index: Int) -> Bool {
        guard let previous = found.last, index >= 2 else { return false }
        let joiner = index - 1
        guard tokens.isWord(joiner) || tokens.isPunctuation(joiner, 45), previous.range.upperBound == tokens[joiner - 1].range.upperBound
                || tokens[joiner - 1].range.upperBound >= previous.range.upperBound
        else { return false }
        return tokens.isPunctuation(joiner, 45) || ["through", "thru", "to", "until", "and", "till"].contains(tokens.lower(joiner))
    }

    static let events: Set<String> = [
        "seen", "saw", "visit", "visited", "clinic", "admitted", "admission", "admit", "discharged", "discharge", "d/c",
        "readmission", "readmitted", "readmit", "readmision", "dx", "diagnosed", "diagnosis", "lmp", "edd", "dose",
        "administered", "given", "received", "vaccinated", "vaccine", "arrival", "arrived", "presented", "election",
        "elected", "transfusion", "transfused", "collected", "drawn", "biopsy", "surgery", "procedure", "operation",
        "operated", "underwent", "dialysis", "started", "stopped", "discontinued", "injury", "injured", "fall", "fell",
        "onset", "delivered", "delivery", "born", "birth", "died", "death", "expired", "deceased", "passed",
        "appointment", "appt", "screening", "mammogram", "colonoscopy", "mri", "ct", "echo", "xray", "x-ray", "ekg",
        "tested", "hospitalized", "hospitalization", "transferred", "transfer", "intubated", "extubated", "referral",
        "referred", "enrolled", "dos", "encounter", "excuse", "excused", "absent", "intake", "triage", "ed", "er",
        "hospice", "surgery", "implanted", "explanted", "placed", "removed", "labs", "lab", "result", "results",
        "prescribed", "filled", "refilled", "dispensed", "infusion", "chemo", "radiation", "relapse", "recurrence",
        "incident", "accident", "assault", "exposure", "exposed", "symptoms", "sick", "ill", "hospital", "icu",
        "consult", "consulted", "evaluated", "evaluation", "exam", "examined", "follow-up", "followup", "f/u",
        "last", "since", "dated", "signed", "consented", "death", "dod", "funeral", "autopsy", "pregnancy", "conceived",
        "miscarriage", "fracture", "stroke", "mi", "seizure", "overdose", "od", "replaced", "replacement", "repaired",
        "repair", "s/p", "post-op", "postop", "transport", "transported", "service", "svc", "soc", "waited", "walked",
        "starts", "cycle", "treated", "treatment", "injection", "vaccination", "operaron", "operado", "operada",
        "nació", "nacio", "ingresó", "ingreso", "hospitalizado", "hospitalizada", "murió", "falleció",
    ]

    /// Words that make a date a schedule for software, not an event in someone's care.
    private static let notEvents: Set<String> = [
        "release", "released", "version", "sprint", "deadline", "deploy", "deployed", "deployment", "build", "merged",
        "commit", "committed", "published", "updated", "created", "modified", "timestamp", "cron", "backup", "expires",
        "expiry", "expiration", "valid", "copyright", "changelog", "milestone", "roadmap", "launch", "launched", "tag",
        "tagged", "eol", "deprecated", "freeze", "cutoff", "migration", "migrated", "ga", "beta", "alpha", "rc",
    ]
}
