import Audit

/// Connects the audit to the scanner.
enum AuditScanning {
    /// The scanners the audit uses; nil until the scanner is wired in.
    static let scanners: AuditScanners? = nil
}
