import Foundation
import NameLists
import Scanning

/// What `redact` replaces beyond the scanner's findings. A finding is what must not be sent; a
/// redaction must also leave nothing that could be: every full date (all move by one offset, so
/// intervals stay), identifier-shaped tokens, a given name followed by a surname, street lines and
/// `City, ST 12345`, postal codes under their keys, and every other occurrence of a value already
/// replaced. Over-replacing costs little here: the answer is restored.
enum RedactSweeps {
    struct Candidate {
        var range: Range<Int>
        var kind: FindingKind
    }

    /// Identifier-shaped tokens no rule named.
    static let idKind = FindingKind("id", .phi)

    static func candidates(in text: String) -> [Candidate] {
        // One UTF-16 copy for every pattern (a bridged Swift string is re-read by each search).
        let ns = NSString(string: text)
        var found: [Candidate] = []
        func add(_ expression: NSRegularExpression, _ kind: FindingKind, group: Int = 0, accept: (String) -> Bool = { _ in true }) {
            for match in expression.matches(in: ns as String, range: NSRange(location: 0, length: ns.length)) {
                // Group -1: the first group that took part (a pattern with alternatives).
                let index = group >= 0 ? group : (1..<match.numberOfRanges).first { match.range(at: $0).location != NSNotFound } ?? 0
                let range = match.range(at: index)
                guard range.location != NSNotFound, let swift = Range(range, in: text) else { continue }
                let value = String(text[swift])
                guard accept(value) else { continue }
                let start = text.utf8.distance(from: text.utf8.startIndex, to: swift.lowerBound)
                found.append(Candidate(range: start..<(start + value.utf8.count), kind: kind))
            }
        }
        add(Self.fullDate, .date) { DateShifter.shift($0, by: 1) != nil }
        add(Self.email, .email) { !$0.lowercased().hasSuffix("example.com") && !$0.lowercased().hasSuffix("example.org") }
        add(Self.spacedSSN, .ssn)
        add(Self.ipv4, .ipAddress, accept: isPublicIPv4)
        add(Self.keyedIdentifier, Self.idKind, group: 1) { $0.filter(\.isNumber).count >= 3 }
        add(Self.jsonKeyedIdentifier, Self.idKind, group: 2) { $0.contains(where: \.isNumber) }
        add(Self.identifierShaped, Self.idKind, accept: isIdentifierShaped)
        add(Self.digitGroups, Self.idKind) { $0.filter(\.isNumber).count >= 7 }
        add(Self.streetLine, .address)
        add(Self.cityStateZIP, .address)
        add(Self.keyedPostalCode, .address, group: 1)
        add(Self.keyedCity, .address, group: 1)
        add(Self.x12Address, .address, group: 1)
        add(Self.keyedName, .name, group: 2)
        add(Self.xmlName, .name, group: 2)
        add(Self.titledSurname, .name, group: 1)
        add(Self.introducedName, .name, group: -1, accept: isGivenName)
        add(Self.namePair, .name, group: 1, accept: isNamePair)
        add(Self.capitalNamePair, .name, group: 1, accept: isNamePair)
        add(Self.surnameCommaGiven, .name, accept: isSurnameCommaGiven)
        return found
    }

    static let email = regex(#"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b"#)
    static let spacedSSN = regex(#"(?<![\d-])(?!000|666|9\d\d)\d{3} \d{2} \d{4}(?![\d-])"#)
    static let ipv4 = regex(#"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])"#)
    static let keyedIdentifier = regex(#"\b(?i:id|no|number|license|licence|dl|serial|s/n|account|acct|claim|mrn|policy|member|subscriber|participant|case|record|chart|ssn|social)\b\.?[:#]?\s*#?\s*([A-Z0-9]*\d[A-Z0-9]*(?:-[A-Z0-9]+)*(?: \d+)*)"#)
    static let jsonKeyedIdentifier = regex(#""(\w*(?:[iI][dD]|mrn|MRN|Mrn|[nN]umber|ssn|SSN))"\s*:\s*"([^"\n]{3,40})""#)
    static let digitGroups = regex(#"(?<![\w.-])\d[\d -]{6,16}\d(?![\w-])"#)
    static let x12Address = regex(#"\bN[34]\*([^~\n]+)"#)
    static let keyedName = regex(#"(?i)"(given|family|first_?name|last_?name|middle_?name|display_?name|patient_?name|full_?name|name)"\s*:\s*\[?\s*"([^"\n]{2,60})""#)
    static let xmlName = regex(#"(?i)<(\w*(?:first|last|given|family|middle|patient)\w*name|given|family)>([^<\n]{2,60})</"#)
    static let titledSurname = regex(#"\b(?:Mr|Mrs|Ms|Miss|Mx)\.? (\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)"#)
    static let introducedName = regex(#"(?i:\b(?:i'm|i am|my name is|this is|call me|hi|hello|dear|hey|thanks|thank you|regards|cheers|sincerely|thx|my (?:wife|husband|son|daughter|mother|father|mom|dad|partner|brother|sister))),?\s+(\p{Lu}\p{Ll}+)\b|(?:^|\n|\| ?)\s*-\s?(\p{Lu}\p{Ll}+)\b"#)
    static let capitalNamePair = regex(#"\b(?=([A-Z]{2,}(?:-[A-Z]{2,})? [A-Z]{2,}(?:-[A-Z]{2,})?)\b)"#)

    private static func isPublicIPv4(_ text: String) -> Bool {
        let octets = text.split(separator: ".").compactMap { Int($0) }
        guard octets.count == 4, octets.allSatisfy({ (0...255).contains($0) }) else { return false }
        let (a, b) = (octets[0], octets[1])
        if a == 10 || a == 127 || a == 0 || a >= 224 || (a == 172 && (16...31).contains(b)) || (a == 192 && b == 168) { return false }
        if (a == 192 && b == 0) || (a == 198 && (b == 51 || b == 18 || b == 19)) || (a == 203 && b == 0) || (a == 169 && b == 254) { return false }
        return true
    }

    private static func isGivenName(_ word: String) -> Bool {
        NameLists.givenName(Array(word.utf8)) != nil
    }

    private static func regex(_ pattern: String) -> NSRegularExpression {
        // The patterns are this file's constants, never input: a typo is a programming error the tests catch.
        // swiftlint:disable:next force_try
        try! NSRegularExpression(pattern: pattern)
    }

    static let fullDate = regex(#"(?<![\w/.-])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{1,2}[ -](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ -,]*\d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})(?:(?=T\d)|(?![\w/-]))"#)
    static let identifierShaped = regex(#"(?<![A-Za-z0-9.-])[A-Za-z0-9]{6,20}(?![A-Za-z0-9-])"#)
    static let streetLine = regex(#"\b\d{1,6} (?:[NSEW]\.? )?(?:[A-Z][a-z]+ ){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Ln|Lane|Dr|Drive|Ct|Court|Pl|Place|Ter|Terrace|Way|Blvd|Boulevard|Pkwy|Parkway|Cir|Circle|Hwy|Highway|Loop|Trl|Trail|Sq|Square|Row|Path)\b\.?(?: ?(?:Apt|Unit|Suite|Ste|#)\.? ?[A-Za-z0-9-]+)?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?(?=,|\.|;| \||$))?"#)
    static let cityStateZIP = regex(#"\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},? [A-Z]{2},? \d{5}(?:-\d{4})?\b"#)
    static let keyedPostalCode = regex(#"(?i)"?(?:postal_?code|zip_?code|zip)"?\s*[:=]\s*"?(\d{5}(?:-\d{4})?)\b"#)
    static let keyedCity = regex(#"(?i)"?city"?\s*[:=]\s*"([A-Za-z][A-Za-z .'-]{1,40})""#)
    // In a lookahead, so `Spouse Dale Whitaker` is tried as `Spouse Dale` and as `Dale Whitaker`.
    static let namePair = regex(#"\b(?=(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b)"#)
    static let surnameCommaGiven = regex(#"\b\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?, \p{Lu}[\p{L}'’-]+(?: \p{Lu}\.?(?![\p{L}]))?"#)

    /// Six or more letters and digits with at least four digits (a number, a member id, a serial),
    /// not a year-like or hex-free word.
    private static func isIdentifierShaped(_ token: String) -> Bool {
        let digits = token.filter(\.isNumber).count
        let letters = token.count - digits
        if letters == 0 { return digits >= 7 }
        return digits >= 4 && digits * 2 >= token.count - 2
    }

    /// A first name from the given-name list followed by a surname from the surname list, neither an
    /// ordinary English word (`Will Power`, `May Day` are not names).
    private static func isNamePair(_ pair: String) -> Bool {
        let parts = pair.split(separator: " ")
        guard parts.count == 2, let given = NameLists.givenName(Array(parts[0].utf8)),
              let surname = NameLists.surname(Array(parts[1].utf8))
        else { return false }
        // Two ordinary words (`Will Power`, `Grace Hill`) are not taken for a name.
        return !given.isWord || !surname.isWord
    }

    /// `PATTERSON, KAREN`, `Okafor, Margaret`: a surname, a comma and a given name.
    private static func isSurnameCommaGiven(_ pair: String) -> Bool {
        let parts = pair.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let givenWord = parts[1].split(separator: " ").first else { return false }
        // Both parts in one case style: `Okafor, DOB` is a name and a field label, not `SURNAME, GIVEN`.
        let isCapitals = { (text: Substring) in text == text.uppercased() }
        guard isCapitals(Substring(parts[0])) == isCapitals(givenWord) else { return false }
        let given = NameLists.givenName(Array(givenWord.utf8))
        // A hyphenated or two-word surname is checked by its parts (`CARTER-WRIGHT`, `VAN HOUTEN`).
        let surnames = parts[0].split(whereSeparator: { $0 == "-" || $0 == " " }).map { NameLists.surname(Array($0.utf8)) }
        let knownSurname = surnames.contains { $0 != nil }
        // One known name part that is not an ordinary word is enough; two ordinary words are not a name.
        return (given.map { !$0.isWord } ?? false) || surnames.contains { $0?.isWord == false }
            || (given != nil && knownSurname && surnames.allSatisfy { $0 != nil })
    }
}
