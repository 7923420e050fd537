/// The synthetic-data generator's output format version.
public enum SyntheticData {
    /// The version written into `answers.json` and `synthetic-manifest.json`.
    public static let formatVersion = 1
}
