/// What the rules know about the file being scanned: its path, role and the policy's markers.
final class FileContext {
    let path: String
    let role: FileRole
    let mrnPrefix: String
    let text: ScanText
    private var tripleQuoted: [Range<Int>]?
    /// The file read as a table, when it is a CSV/TSV whose header names person fields.
    lazy var table: DelimitedTable? = DelimitedTable(text: text, path: path)

    /// Synthea's output (its FHIR extension URL, or its `patients.csv` header): every person in it is synthetic.
    lazy var isSyntheaOutput: Bool = (role == .data || role == .notebook) && name.contains("synthea") || ByteClass.containsExactly(text.bytes, "synthetichealth.github.io/synthea")
        || ByteClass.containsExactly(text.bytes, "github.com/synthetichealth/synthea")
        || ByteClass.contains(text.line(at: 0), "birthdate,deathdate,ssn,drivers,passport,prefix,first")

    /// A library's README, package metadata or documentation folder: API examples, not records.
    lazy var isLibraryDocumentation: Bool = (role == .docs || role == .other)
        && (name.hasPrefix("readme") || name == "pkg-info" || path.hasPrefix("docs/") || path.hasPrefix("doc/")
            || path.contains("/docs/") || path.contains("/doc/"))

    /// A package's list of its own files (`SOURCES.txt`, a wheel's `RECORD`): paths, not records.
    lazy var isPackageFileList: Bool = ["sources.txt", "record", "installed-files.txt", "top_level.txt"].contains(name)

    /// A document named as a sample or an example (`CCD_CompGuideSample_FullXML.xml`,
    /// `patient-example.json`): its people are examples; identifiers in it still count.
    lazy var isNamedExample: Bool = role != .prompt && ["sample", "example"].contains { name.contains($0) }

    /// A document, test or page about a published sample patient (ONC's Myra Jones, HL7's Ellen Ross,
    /// Practice Fusion's Jeremy Bates): its people and values are the sample's. Not for prompts, logs
    /// or line-based data (tables, HL7 feeds, NDJSON), where one record's sample says nothing of the next.
    lazy var namesPublishedSample: Bool = role != .prompt && role != .log && (role != .data || ext == "xml") && table == nil
        && PublishedSamples.named(in: text.bytes)

    /// A C-CDA (HL7 v3 clinical) document: one patient's record, `<recordTarget>` first.
    lazy var isClinicalDocument: Bool = name.hasSuffix(".xml") && ByteClass.containsExactly(text.bytes, "<recordTarget")

    /// An HL7 example document: ids under `2.16.840.1.113883.19`, the OID arc HL7 reserves for
    /// examples (every C-CDA and HL7 v3 sample uses it; a real document carries its organisation's own).
    lazy var isHL7ExampleDocument: Bool = ByteClass.containsExactly(text.bytes, "2.16.840.1.113883.19\"")
        || ByteClass.containsExactly(text.bytes, "2.16.840.1.113883.19.")

    /// Text that names Synthea, whose SSNs are `999-XX-XXXX` by design.
    lazy var mentionsSynthea: Bool = ["synthea", "Synthea", "SYNTHEA"].contains { ByteClass.containsExactly(text.bytes, $0) }

    /// ChangeLog, NEWS, AUTHORS and the like: the names and addresses in them are credits.
    lazy var isCreditFile: Bool = {
        ["changelog", "changes", "news", "history", "authors", "contributors", "credits", "maintainers", "thanks",
                ".mailmap", "codeowners", "citation.cff", "pkg-info", "metadata", "copyright", "notice", "license", "licence",
                "copying", "unlicense"]
            .contains { name == $0 || name.hasPrefix($0 + ".") || name.hasPrefix($0 + "_") }
            || path.contains(".egg-info/") || path.contains(".dist-info/")
    }()

    /// The lowercase file name and extension, read once.
    let name: String
    let ext: String

    init(path: String, text: ScanText, mrnPrefix: String, role: FileRole? = nil) {
        self.path = path
        self.text = text
        self.mrnPrefix = mrnPrefix
        (name, ext) = Self.nameAndExtension(path)
        self.role = role ?? Self.role(name: name, ext: ext, path: path)
    }

    /// The role a file plays, from its name.
    static func role(of path: String) -> FileRole {
        let (name, ext) = nameAndExtension(path)
        return role(name: name, ext: ext, path: path)
    }

    private static let creditNames = ["license", "licence", "copying", "authors", "contributors", "notice", "maintainers",
                                      "credits", "changelog", "changes", "history", "news", "readme", "mailmap", "codeowners"]

    private static func role(name lower: String, ext: String, path: String) -> FileRole {
        if path == "-" { return .prompt }
        if lower.hasPrefix(".env") { return .config }
        // A package's metadata is its README with headers (`PKG-INFO`, a wheel's `METADATA`).
        if lower == "pkg-info" || lower == "metadata" && path.contains(".dist-info/") { return .docs }
        // `LICENSE`, `README.md`, `CHANGES.txt`: documents, whatever their extension says, except code
        // (`history.py`, `license.py` are modules).
        if !codeExtensions.contains(ext), creditNames.contains(where: { lower.hasPrefix($0) || lower == "." + $0 }) {
            return .docs
        }
        if codeExtensions.contains(ext) { return .code }
        switch ext {
        case "ipynb": return .notebook
        case "log", "out": return .log
        case "csv", "tsv", "psv", "jsonl", "ndjson", "hl7", "dat", "sql", "xml", "dump": return .data
        case "md", "markdown", "rst", "txt", "adoc", "tex", "html", "htm", "rtf", "org", "pod", "man", "1", "3", "texi":
            return .docs
        case "json", "yaml", "yml", "toml", "ini", "cfg", "conf", "properties", "env", "tf", "tfvars", "plist", "xcconfig":
            return .config
        default: return .other
        }
    }

    private static let codeExtensions: Set<String> = [
        "py", "pyi", "js", "mjs", "cjs", "ts", "tsx", "jsx", "go", "rb", "java", "kt", "kts", "scala", "swift", "rs", "c",
        "h", "cc", "cpp", "hpp", "cs", "php", "r", "jl", "m", "sh", "bash", "zsh", "ps1", "lua", "pl", "pm", "dart", "ex",
        "exs", "erl", "clj", "groovy", "vue", "svelte", "sas", "do", "rmd", "qmd", "ml", "hs", "f90",
    ]

    /// The lowercase file name and extension of a path, read from its bytes once.
    static func nameAndExtension(_ path: String) -> (name: String, ext: String) {
        let bytes = Array(path.utf8)
        let nameStart = (bytes.lastIndex(of: 47) ?? -1) + 1
        let name = ByteClass.lowercased(bytes[nameStart...])
        guard let dot = name.lastIndex(of: 46), dot > 0 else { return (String(decoding: name, as: UTF8.self), "") }
        return (String(decoding: name, as: UTF8.self), String(decoding: name[(dot + 1)...], as: UTF8.self))
    }

    /// Whether `offset` is inside a Python triple-quoted string (a docstring, usually).
    func isInsideTripleQuotes(_ offset: Int) -> Bool {
        guard path.hasSuffix(".py") || path.hasSuffix(".pyi") else { return false }
        if tripleQuoted == nil { tripleQuoted = PythonStrings.tripleQuoted(in: text.bytes) }
        guard let ranges = tripleQuoted else { return false }
        // The last range starting at or before `offset`.
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 && ranges[low - 1].contains(offset)
    }

    /// Whether the line holding `offset` is a comment, or `offset` follows a comment marker on it.
    func isInComment(_ offset: Int) -> Bool {
        let start = text.lineStart(offset)
        var index = start
        while index < offset, text[index] == 32 || text[index] == 9 { index += 1 }
        let head = text.bytes[index..<min(text.count, index + 4)]
        for marker in ["#", "//", "/*", "*", "--", ";", "%", "<!--", "\"\"\"", "'''", "rem ", ".."]
        where head.starts(with: marker.utf8) {
            // `#include`, `#define` and shebangs are code, not comments, but they carry no PHI either.
            return true
        }
        // A trailing comment: ` # …` or ` // …` before the offset.
        var scan = index
        while scan + 1 < offset {
            let byte = text[scan]
            if (byte == 35 || (byte == 47 && text[scan + 1] == 47)), scan > start, text[scan - 1] == 32 || text[scan - 1] == 9 {
                return true
            }
            scan += 1
        }
        return false
    }
}

extension FileContext {
    /// The header of the CSV/TSV column holding `offset`, for context-keyed rules.
    func columnHeader(at offset: Int) -> String? {
        guard let table, let column = table.column(at: offset, in: text) else { return nil }
        let header = DelimitedTable.cells(text, 0..<table.headerEnd, delimiter: table.delimiter)
        return column < header.count ? text.string(header[column]) : nil
    }
}

/// Python's string literals, lexed far enough to know where triple-quoted strings are.
enum PythonStrings {
    /// The byte ranges of the triple-quoted strings that close. Comments and one-line strings are
    /// skipped, so a `"""` inside them opens nothing; a triple quote that never closes (a stray one)
    /// is dropped and lexing resumes after it, so it cannot hide the rest of the file.
    static func tripleQuoted(in bytes: [UInt8]) -> [Range<Int>] {
        bytes.withUnsafeBufferPointer { bytes in
            var ranges: [Range<Int>] = []
            var index = 0
            let count = bytes.count
            while index < count {
                // Only `#` and quotes matter out here: the rest is passed eight bytes at a time.
                index = ByteSearch.first(of: 35, 34, 39, in: bytes, from: index)
                guard index < count else { break }
                let byte = bytes[index]
                if byte == 35 {  // `#`: a comment to the end of the line
                    index = ByteSearch.first(of: 10, in: bytes, from: index)
                    continue
                }
                if index + 2 < count, bytes[index + 1] == byte, bytes[index + 2] == byte {
                    if let close = closingTriple(bytes, from: index + 3, quote: byte) {
                        ranges.append(index..<(close + 3))
                        index = close + 3
                    } else {
                        index += 3
                    }
                    continue
                }
                // A one-line string: to its closing quote or the end of the line.
                index += 1
                while index < count, bytes[index] != byte, bytes[index] != 10 {
                    if bytes[index] == 92 { index += 1 }
                    index += 1
                }
                if index < count, bytes[index] == byte { index += 1 }
            }
            return ranges
        }
    }

    /// The offset of the triple quote that closes one opened before `from`.
    private static func closingTriple(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, quote: UInt8) -> Int? {
        var index = from
        while index + 2 < bytes.count {
            if bytes[index] == 92 { index += 2; continue }
            if bytes[index] == quote, bytes[index + 1] == quote, bytes[index + 2] == quote { return index }
            index += 1
        }
        return nil
    }
}

extension FileContext {
    /// Whether `offset` sits in an organisation's or a clinician's part of a document (a C-CDA
    /// `representedOrganization` or `assignedAuthor`, a FHIR Organization or Practitioner): its phones,
    /// emails, addresses and names belong to a business, not a patient.
    func isOrganizationContext(_ offset: Int) -> Bool {
        // An XML document, or an XML snippet in docs or a prompt (the value sits right after a tag).
        if ["xml", "cda", "ccd", "ccda"].contains(ext) || text.byte(at: offset - 1) == 62 || text.byte(at: offset - 1) == 34 && text.byte(at: offset - 2) == 61 {
            if XMLContext.enclosingIsOrganization(text, offset) { return true }
        }
        if ["json", "ndjson", "jsonl"].contains(ext) || role == .prompt {
            return FHIRContext.resourceType(text, before: offset).map(FHIRContext.organizationTypes.contains) ?? false
        }
        return false
    }
}

/// The elements enclosing a position in an XML document, read backwards.
enum XMLContext {
    static let organizationElements: Set<String> = [
        "representedorganization", "serviceproviderorganization", "custodian", "assignedcustodian",
        "representedcustodianorganization", "assignedentity", "assignedauthor", "performer", "legalauthenticator",
        "authenticator", "dataenterer", "providerorganization", "manufacturerorganization", "location",
        "healthcarefacility", "scopingorganization", "wholeorganization", "informationrecipient", "intendedrecipient",
        "receivedorganization", "assignedperson", "encounterparticipant", "responsibleparty",
    ]
    static let personElements: Set<String> = [
        "patientrole", "patient", "guardian", "guardianperson", "associatedentity", "associatedperson", "recordtarget",
        "relatedentity", "relatedperson", "subject", "participantrole",
    ]

    /// Whether the nearest enclosing element of a known kind is an organisation's or clinician's.
    static func enclosingIsOrganization(_ text: ScanText, _ offset: Int) -> Bool {
        var closed: [String] = []
        var index = offset - 1
        let limit = max(0, offset - 16384)
        while index > limit {
            guard text[index] == 60 else { index -= 1; continue }  // `<`
            var nameStart = index + 1
            let closing = text.byte(at: nameStart) == 47
            if closing { nameStart += 1 }
            var nameEnd = nameStart
            while nameEnd < text.count, ByteClass.isWord(text[nameEnd]) || text[nameEnd] == 58 || text[nameEnd] == 45 { nameEnd += 1 }
            var name = String(decoding: ByteClass.lowercased(text.bytes[nameStart..<nameEnd]), as: UTF8.self)
            if let colon = name.lastIndex(of: ":") { name = String(name[name.index(after: colon)...]) }
            var tagEnd = nameEnd
            while tagEnd < min(text.count, offset), text[tagEnd] != 62 { tagEnd += 1 }
            let selfClosing = tagEnd > 0 && tagEnd < text.count && text[tagEnd] == 62 && text[tagEnd - 1] == 47
            if closing {
                closed.append(name)
            } else if !selfClosing, !name.isEmpty, !name.hasPrefix("?"), !name.hasPrefix("!") {
                if let last = closed.last, last == name {
                    closed.removeLast()
                } else {
                    if organizationElements.contains(name) { return true }
                    if personElements.contains(name) { return false }
                }
            }
            index -= 1
        }
        return false
    }
}

/// The FHIR resource a position in JSON belongs to.
enum FHIRContext {
    static let organizationTypes: Set<String> = [
        "Organization", "Practitioner", "PractitionerRole", "Location", "HealthcareService", "Endpoint", "Device",
        "CapabilityStatement", "ActivityDefinition", "PlanDefinition", "Questionnaire", "ValueSet", "CodeSystem",
        "StructureDefinition", "ImplementationGuide", "SearchParameter", "OperationDefinition", "Library", "Measure",
        "InsurancePlan", "Substance", "Medication", "ConceptMap", "NamingSystem", "TerminologyCapabilities",
    ]

    /// The `resourceType` of the innermost object that holds `offset` and names one, within 8 kB.
    static func resourceType(_ text: ScanText, before offset: Int) -> String? {
        var depth = 0
        var index = offset - 1
        let limit = max(0, offset - 8192)
        let needle = Array("\"resourceType\"".utf8)
        while index > limit {
            let byte = text[index]
            if byte == 125 { depth += 1 } else if byte == 123 { depth = max(0, depth - 1) }
            if byte == 10, text.byte(at: index + 1) == 123, depth == 0 { break }  // an NDJSON line's start
            if byte == 34, depth == 0, index + needle.count <= text.count, text.bytes[index..<(index + needle.count)].elementsEqual(needle),
               let value = FHIRRules.stringValue(of: "resourceType", in: index..<min(text.count, index + 80), text: text)
            {
                return text.string(value)
            }
            index -= 1
        }
        return nil
    }
}
