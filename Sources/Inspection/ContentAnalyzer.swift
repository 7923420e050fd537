import Foundation
/// Reads one file (bounded, never through a link) and judges it by its role.
enum ContentAnalyzer {
    /// One file to read.
    struct Job: Sendable {
        let file: ListedPath
        let role: ContentRole
    }

    /// A listed file's path and tracked flag, as the analyzers need them.
    struct ListedPath: Sendable {
        let path: FilePath
        let tracked: Bool
    }

    /// Analyzes the file of `job` under the repository folder `root`.
    static func analyze(_ job: Job, root: String) -> FileFindings {
        var findings = FileFindings(path: job.file.path.path, tracked: job.file.tracked)
        let absolute = root + "/" + job.file.path.path
        if job.role == .binaryData {
            judgeBinaryData(job.file.path, absolutePath: absolute, into: &findings)
            return findings
        }
        guard let sample = BoundedFileReader.sample(atPath: absolute, limit: job.role.byteLimit) else {
            findings.isSymbolicLink = BoundedFileReader.entry(atPath: absolute) == .symbolicLink
            return findings
        }
        switch job.role {
        case let .manifest(kind):
            findings.frameworks = FrameworkDetector.frameworks(inManifest: kind, text: sample.text)
        case .source, .sql:
            judgeCode(sample, role: job.role, into: &findings)
        case .notebook:
            judgeNotebook(sample, into: &findings)
        case let .delimited(separator):
            judgeData(DataFileAnalyzer.delimitedColumns(sample, delimiter: separator), into: &findings)
        case .json, .lineDelimitedJSON:
            let head = ByteText(Array(sample.bytes.prefix(64 * 1024)))
            guard head.containsAny(PHIVocabulary.stems) else { break }
            judgeData(DataFileAnalyzer.jsonColumns(sample, lineDelimited: job.role == .lineDelimitedJSON), into: &findings)
        case .pem:
            if ByteText(sample.bytes).contains("private key") { findings.sensitiveKind = "private-key" }
        case .packageRegistryConfig:
            if holdsRegistryToken(sample.text) { findings.sensitiveKind = "credentials" }
        case .binaryData:
            break
        }
        return findings
    }

    /// Whether an rc file sets an auth key (`_authToken`, `_auth`, `_password`, `npmAuthToken`) to a
    /// literal value; `${NPM_TOKEN}` and the like only name a variable.
    static func holdsRegistryToken(_ text: String) -> Bool {
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.hasPrefix("#"), !trimmed.hasPrefix(";"),
                  // `.npmrc` keys hold colons (`//registry.npmjs.org/:_authToken=`); YAML has no `=`.
                  let separator = trimmed.firstIndex(of: "=") ?? trimmed.firstIndex(of: ":")
            else { continue }
            let key = trimmed[..<separator].trimmingCharacters(in: .whitespaces).lowercased()
            guard ["_authtoken", "_auth", "_password", "npmauthtoken", "npmauthident"].contains(where: { key.hasSuffix($0) })
            else { continue }
            let value = trimmed[trimmed.index(after: separator)...].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
            if !value.isEmpty, !value.hasPrefix("$") { return true }
        }
        return false
    }

    /// INSERT statements (in the bytes read) that make a `.sql` file a database dump.
    static let minimumDumpInserts = 3

    private static func judgeCode(_ sample: FileSample, role: ContentRole, into findings: inout FileFindings) {
        let lowered = ByteText(sample.bytes)
        let text = sample.text
        if role == .source {
            findings.frameworks = FrameworkDetector.frameworks(inSource: text, head: ByteText(Array(sample.bytes.prefix(4096))))
        }
        // A migration may seed a row or two; a dump inserts many.
        if role == .sql, lowered.occurrences(of: "insert into", upTo: minimumDumpInserts) >= minimumDumpInserts {
            findings.sensitiveKind = "database-dump"
        }
        guard lowered.containsAny(PHIVocabulary.stems) else { return }
        findings.tables = SchemaAnalyzer.tables(in: text).filter(\.isRestricted)
        if !findings.tables.isEmpty {
            findings.reasons.append(tableReason(findings.tables))
        }
        if role == .sql, let dumped = SQLDumpAnalyzer.patientTables(in: text), !dumped.isEmpty {
            findings.reasons.append("dump inserts rows into " + dumped.joined(separator: ", "))
        }
        if role == .sql, findings.reasons.isEmpty {
            let queried = SQLQueryAnalyzer.patientTables(in: text)
            if !queried.isEmpty { findings.reasons.append("queries patient tables " + queried.prefix(6).joined(separator: ", ")) }
        }
        findings.routes = RouteAnalyzer.patientRoutes(in: text)
        if !findings.routes.isEmpty {
            findings.reasons.append("serves routes " + findings.routes.prefix(6).joined(separator: ", "))
        }
        if let reason = DataReadAnalyzer.reason(in: text) {
            findings.reasons.append(reason)
        }
    }

    /// "defines table patients with columns mrn, dob; table diagnoses with columns icd10_code".
    static func tableReason(_ tables: [TableDefinition]) -> String {
        "defines " + tables.prefix(4).map { table in
            table.phiColumns.isEmpty
                ? "table \(table.table)"
                : "table \(table.table) with columns \(table.phiColumns.prefix(6).joined(separator: ", "))"
        }.joined(separator: "; ") + (tables.count > 4 ? "; and \(tables.count - 4) more tables" : "")
    }

    private static func judgeNotebook(_ sample: FileSample, into findings: inout FileFindings) {
        let summary = NotebookAnalyzer.summarize(sample)
        if summary.hasOutputs { findings.sensitiveKind = "notebook-with-outputs" }
        findings.frameworks = FrameworkDetector.frameworks(
            inSource: summary.source, head: ByteText(Array(summary.source.utf8.prefix(4096))))
        if let reason = DataReadAnalyzer.reason(in: summary.source) {
            findings.reasons.append("notebook " + reason)
        }
        let outputColumns = PHIVocabulary.phiColumns(
            in: IdentifierTokenizer.tokens(in: summary.outputText), includePersonColumns: false)
        if summary.hasOutputs, !outputColumns.isEmpty {
            findings.reasons.append("stored outputs show patient columns " + outputColumns.prefix(6).joined(separator: ", "))
        }
    }

    private static func judgeData(_ columns: [String], into findings: inout FileFindings) {
        guard !columns.isEmpty else { return }
        findings.sensitiveKind = "patient-data"
        findings.reasons.append("data file with patient columns " + columns.prefix(6).joined(separator: ", "))
    }

    private static func judgeBinaryData(_ file: FilePath, absolutePath: String, into findings: inout FileFindings) {
        switch BoundedFileReader.entry(atPath: absolutePath) {
        case .symbolicLink:
            findings.isSymbolicLink = true
        case let .regular(size) where size > 0:
            guard DataReadAnalyzer.namesPatientData(file.name) else {
                findings.sensitiveKind = "data-export"
                return
            }
            findings.sensitiveKind = "patient-data"
            findings.reasons.append("\(file.fileExtension) data file named for patient data (content not parsed)")
        default:
            break
        }
    }
}
