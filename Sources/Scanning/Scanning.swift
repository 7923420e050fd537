import CVectorscan

/// The scanner's version of Vectorscan, for `--version` output and diagnostics.
public enum ScanningEngine {
    /// Vectorscan's own version string.
    public static var vectorscanVersion: String { String(cString: hs_version()) }
}
