import Foundation
import JSONDocument

/// Judges data files (CSV/TSV, JSON, NDJSON) from their header or keys: do they hold patient records?
enum DataFileAnalyzer {
    /// JSON files up to this size are parsed whole; larger ones are judged by the keys in their first bytes.
    static let wholeJSONLimit = 256 * 1024

    /// The PHI columns of a delimited file's header row (empty when it does not look like patient data).
    static func delimitedColumns(_ sample: FileSample, delimiter: UInt8) -> [String] {
        let headerBytes = sample.bytes.prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
        let header = String(decoding: headerBytes, as: UTF8.self)
        let cells = header.split(separator: Character(UnicodeScalar(delimiter)), omittingEmptySubsequences: false)
            .map { IdentifierTokenizer.normalize($0.trimmingCharacters(in: [" ", "\"", "'", "\u{FEFF}"])) }
        return patientColumns(cells)
    }

    /// The PHI keys of a JSON or NDJSON document's records (empty when it does not look like patient data).
    static func jsonColumns(_ sample: FileSample, lineDelimited: Bool) -> [String] {
        if lineDelimited {
            let firstLine = sample.bytes.prefix { $0 != UInt8(ascii: "\n") }
            guard let value = try? JSONParser.parse(String(decoding: firstLine, as: UTF8.self)) else { return [] }
            return patientColumns(keys(of: value, depth: 0))
        }
        if sample.isComplete, let value = try? JSONParser.parse(sample.text) {
            return patientColumns(keys(of: value, depth: 0))
        }
        return patientColumns(prefixKeys(sample.text))
    }

    /// The PHI fields of records with these normalised field names, when they look like patient
    /// records: a field naming a person (`mrn`, `date_of_birth`; a FHIR Patient counts as
    /// `patient_id`), or clinical fields making up a fifth of all fields. Empty otherwise, so a
    /// product list with `name` and `address`, or a word list that happens to hold `diagnosis`, is not.
    static func patientColumns(_ names: [String]) -> [String] {
        let identifying = PHIVocabulary.phiColumns(in: names, includePersonColumns: false)
        guard !identifying.isEmpty else { return [] }
        let columns = PHIVocabulary.phiColumns(in: names, includePersonColumns: true)
        let namesAPerson = identifying.contains { PHIVocabulary.personIdentifiers.contains($0) }
        let distinct = Set(names).count
        guard namesAPerson || Double(columns.count) >= 0.2 * Double(distinct) else { return [] }
        return columns
    }

    private static func keys(of value: JSONValue, depth: Int) -> [String] {
        guard depth < 4 else { return [] }
        switch value {
        case let .object(object):
            var names = object.keys.map(IdentifierTokenizer.normalize)
            if object["resourceType"]?.stringValue == "Patient" { names.append("patient_id") }
            for member in object.members.prefix(50) {
                names += keys(of: member.value, depth: depth + 1)
            }
            return names
        case let .array(elements):
            return elements.prefix(5).flatMap { keys(of: $0, depth: depth + 1) }
        default:
            return []
        }
    }

    private static let keyPattern = TextPattern(#""([A-Za-z_][\w -]{0,60})"\s*:"#)
    private static let fhirPatient = TextPattern(#""resourceType"\s*:\s*"Patient""#)

    /// Keys in the first bytes of a JSON file too large to parse whole (a truncated document does not parse).
    private static func prefixKeys(_ text: String) -> [String] {
        var names = keyPattern.firstCaptures(in: text).map(IdentifierTokenizer.normalize)
        if fhirPatient.occurs(in: text) { names.append("patient_id") }
        return names
    }
}
