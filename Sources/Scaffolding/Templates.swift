/// Names of the built-in templates compiled into the binary.
public enum BuiltInTemplates {
    /// Every embedded template name.
    public static var names: [String] { embeddedTemplates.keys.sorted() }
}
