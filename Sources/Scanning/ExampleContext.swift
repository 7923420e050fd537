/// Marks around a value, in code and documentation, that make it an example rather than a record:
/// a doctest, the documented output of a fake-data generator, a trailing comment that says "test
/// data", a licence clause, a paper's author list.
struct ExampleContext {
    let text: ScanText

    /// Whether the value at `value` is shown as an example by the lines around it.
    func marksExample(_ value: Range<Int>) -> Bool {
        let offset = value.lowerBound
        return isDoctest(offset) || isGeneratorOutput(offset) || hasExampleComment(near: offset) || isCredit(offset)
            || isRangeBound(value) || saysExample(onLineOf: offset) || isUnderExampleHeading(offset)
            || hasPlaceholderPersonName(near: offset) || referencesPlaceholderPatient(near: offset)
            || hasExampleSystem(near: offset)
    }

    /// `"system": "http://hospital.example.org/mrn"` within two lines: an identifier issued by a
    /// reserved example domain (RFC 2606) is an example identifier.
    func hasExampleSystem(near offset: Int) -> Bool {
        let window = text.lines(around: offset, count: 2)
        guard ByteClass.contains(window, "system") else { return false }
        return [".example.org", ".example.com", ".example.net", "//example.org", "//example.com", "//example.net"]
            .contains { ByteClass.contains(window, $0) }
    }

    /// `"subject": {"reference": "Patient/patient-jane-smith"}` within eight lines: a FHIR resource
    /// about a placeholder patient (a slug naming a placeholder or saying `example`, `test`).
    func referencesPlaceholderPatient(near offset: Int) -> Bool {
        let window = text.lines(around: offset, count: 8)
        let marker = Array("Patient/".utf8)
        var index = window.startIndex
        while let hit = window[index...].firstRange(of: marker) {
            var end = hit.upperBound
            while end < window.endIndex, ByteClass.isWord(window[end]) || window[end] == 45 || window[end] == 46 { end += 1 }
            let slug = String(decoding: ByteClass.lowercased(window[hit.upperBound..<end]), as: UTF8.self)
            let words = slug.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).map(String.init)
            if words.contains(where: { ["example", "test", "sample", "dummy", "fake", "synthetic"].contains($0) }) { return true }
            if zip(words, words.dropFirst()).contains(where: { ProseVocabulary.placeholderNames.contains($0 + " " + $1) }) { return true }
            index = hit.upperBound
        }
        return false
    }

    /// `'PIPPO^PLUTO^^^^^L||19790515|…'` on the next line of a segment split over adjacent string
    /// literals (`'PID|||…'` then `'PIPPO^…'`): an HL7 or DICOM person name (`Family^Given`) with a
    /// placeholder surname in the same literal run. Lines that end without a quote end the run, so a
    /// data file's next segment (another patient) is never read.
    func hasPlaceholderPersonName(near offset: Int) -> Bool {
        var end = text.lineEnd(offset)
        for _ in 0..<2 {
            let line = text.bytes[text.lineStart(end)..<end].reversed().drop { $0 == 32 || $0 == 9 || $0 == 13 }
            guard let last = line.first, last == 39 || last == 34, end < text.count else { break }
            end = text.lineEnd(end + 1)
        }
        let window = text.bytes[text.lineStart(offset)..<end]
        var index = window.startIndex
        while let caret = window[index...].firstIndex(of: 94) {
            var start = caret
            while start > window.startIndex, ByteClass.isLetter(window[start - 1]) { start -= 1 }
            if caret - start >= 2 {
                let word = String(decoding: ByteClass.lowercased(window[start..<caret]), as: UTF8.self)
                if ProseVocabulary.placeholderSurnames.contains(word) { return true }
            }
            index = caret + 1
        }
        return false
    }

    /// `IDs with slashes (e.g., 'Encounter/…')`, `<id root="1.2.3.4.5" …>` (a made-up OID): the line
    /// says it shows an example.
    func saysExample(onLineOf offset: Int) -> Bool {
        let line = text.line(at: offset)
        return ["e.g.", "for example", "root=\"1.2.3.4", "root='1.2.3.4"].contains { ByteClass.contains(line, $0) }
    }

    /// `### Example 5: Patient's Home` (Markdown) or an underlined reStructuredText title naming an
    /// example or a sample, above the value within 200 lines and no other heading between.
    func isUnderExampleHeading(_ offset: Int) -> Bool {
        var start = text.lineStart(offset)
        var below: ArraySlice<UInt8>?
        for _ in 0..<200 where start > 0 {
            start = text.lineStart(start - 1)
            let line = text.bytes[start..<text.lineEnd(start)]
            var heading: ArraySlice<UInt8>?
            if line.first == 35, line.dropFirst().first.map({ $0 == 35 || $0 == 32 }) ?? false { heading = line }
            if let under = below, under.count >= 3, under.allSatisfy({ [61, 45, 126, 94].contains($0) }), !line.isEmpty { heading = line }
            if let heading { return ByteClass.contains(heading, "example") || ByteClass.contains(heading, "sample") }
            below = line
        }
        return false
    }

    /// `900-70-0000 through 999-88-9999`: the ends of a documented range.
    func isRangeBound(_ value: Range<Int>) -> Bool {
        var before = value.lowerBound - 1
        while before >= 0, text[before] == 32 { before -= 1 }
        var start = before
        while start >= 0, ByteClass.isLetter(text[start]) { start -= 1 }
        let previous = String(decoding: ByteClass.lowercased(text.bytes[(start + 1)..<(before + 1)]), as: UTF8.self)
        var after = value.upperBound
        while after < text.count, text[after] == 32 { after += 1 }
        var end = after
        while end < text.count, ByteClass.isLetter(text[end]) { end += 1 }
        let next = String(decoding: ByteClass.lowercased(text.bytes[after..<end]), as: UTF8.self)
        return ["through", "thru"].contains(previous) || ["through", "thru"].contains(next)
    }

    /// `>>> validate('536-90-4399')`, its `...` continuation lines, and the output lines right after
    /// them up to a blank line: a doctest's values are test vectors.
    func isDoctest(_ offset: Int) -> Bool {
        var start = text.lineStart(offset)
        for _ in 0..<40 {
            let line = trimmed(start)
            if line.isEmpty { return false }
            if line.starts(with: ">>>".utf8) || line.starts(with: "...".utf8) { return true }
            guard start > 0 else { return false }
            start = text.lineStart(start - 1)
        }
        return false
    }

    /// `$ faker profile ssn,birthdate`, `fake.name()`, `Faker()`: a paragraph that runs or shows a
    /// fake-data generator prints generated values.
    func isGeneratorOutput(_ offset: Int) -> Bool {
        // The value's paragraph and the one before (the call whose output it shows).
        var range = text.paragraph(around: offset, limit: 30)
        if range.lowerBound > 1 { range = text.paragraph(around: range.lowerBound - 2, limit: 30).lowerBound..<range.upperBound }
        let paragraph = Array(text.bytes[range])
        return Self.generatorMarks.contains { ByteClass.containsExactly(paragraph, $0) }
    }

    private static let generatorMarks = ["$ faker ", "fake.", "Faker(", "faker.", "mimesis", "Generic("]

    /// `("SSN: 514-14-8905", True),  # Ashley Borden from DLP test data`: a comment on the value's line
    /// or on the two lines after (where a wrapped literal closes) that calls it test or sample data.
    func hasExampleComment(near offset: Int) -> Bool {
        var start = text.lineStart(offset)
        for _ in 0..<3 {
            guard start < text.count else { return false }
            let line = text.bytes[start..<text.lineEnd(start)]
            if let comment = Self.trailingComment(line), Self.exampleWords.contains(where: { ByteClass.contains(comment, $0) }) {
                return true
            }
            start = text.lineEnd(start) + 1
        }
        return false
    }

    private static let exampleWords = [
        "test data", "sample data", "example data", "fake", "dummy", "placeholder", "synthetic", "made up", "made-up",
        "not real", "fictional", "dlp test",
    ]

    /// `Neither the name of … nor the names of its contributors` (a BSD licence copied into a README),
    /// and a paper's front matter (`- name: …` beside `orcid:` or `affiliation:`): credits.
    func isCredit(_ offset: Int) -> Bool {
        let line = text.line(at: offset)
        if ByteClass.contains(line, "nor the names of") { return true }
        let around = text.lines(around: offset, count: 2)
        return ByteClass.contains(around, "orcid") || ByteClass.contains(around, "affiliation:")
    }

    /// The text after ` # ` or ` // ` on a line, outside the line's leading indentation.
    private static func trailingComment(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        var index = line.startIndex
        var quote: UInt8?
        while index < line.endIndex {
            let byte = line[index]
            if let open = quote {
                if byte == 92 { index += 2; continue }
                if byte == open { quote = nil }
            } else if byte == 34 || byte == 39 {
                quote = byte
            } else if byte == 35 || byte == 47 && index + 1 < line.endIndex && line[index + 1] == 47 {
                return line[index...]
            }
            index += 1
        }
        return nil
    }

    private func trimmed(_ lineStart: Int) -> ArraySlice<UInt8> {
        text.bytes[lineStart..<text.lineEnd(lineStart)].drop { $0 == 32 || $0 == 9 }
    }
}
