/// How a file's content is judged, and how much of it is read.
enum ContentRole: Sendable, Equatable {
    case manifest(FrameworkDetector.Manifest)
    case sql
    case source
    case notebook
    case delimited(separator: UInt8)
    case json
    case lineDelimitedJSON
    case pem
    /// `.npmrc` and Yarn's rc files: credentials when they hold an auth token rather than a reference to one.
    case packageRegistryConfig
    /// Parquet, XLSX and friends: not parsed, judged by name and size.
    case binaryData

    /// Bytes read from the start of the file: enough for the header, imports or schema, bounded so a
    /// 2 GB export costs the same as a 2 KB one.
    var byteLimit: Int {
        switch self {
        case .manifest, .sql: 64 * 1024
        case .source: 32 * 1024
        case .notebook: NotebookAnalyzer.parseLimit
        case .delimited, .lineDelimitedJSON: 8 * 1024
        case .json: DataFileAnalyzer.wholeJSONLimit
        case .pem, .packageRegistryConfig: 4 * 1024
        case .binaryData: 0
        }
    }

    private static let sourceExtensions: Set<String> = [
        "py", "js", "jsx", "ts", "tsx", "mjs", "cjs", "mts", "cts", "rb", "java", "kt", "scala", "cs", "go", "php",
        "ex", "exs", "r", "rmd", "qmd", "jl", "prisma",
    ]

    /// JSON files that configure tools rather than hold records.
    private static let configJSONNames: Set<String> = [
        "package-lock.json", "composer.json", "composer.lock", "jsconfig.json", "angular.json", "lerna.json",
        "nx.json", "turbo.json", "vercel.json", "app.json", "manifest.json", "settings.json", "launch.json",
        "tasks.json", "extensions.json", "renovate.json", "firebase.json", "deno.json", "project.json",
        "bower.json", "tslint.json", "cspell.json", "hooks.json", "babel.config.json", ".eslintrc.json",
        ".prettierrc.json", "lock.json", "baseline.json", "synthetic-manifest.json", "answers.json",
    ]
    private static let configFolders = [".claude", ".cursor", ".vscode", ".github", ".idea", ".devcontainer", ".phiguard"]

    /// The role of a listed file, or nil when its content tells phiguard nothing.
    static func of(_ file: FilePath) -> ContentRole? {
        if let manifest = FrameworkDetector.manifest(named: file.name) { return .manifest(manifest) }
        if [".npmrc", ".yarnrc", ".yarnrc.yml"].contains(file.lowercasedName) { return .packageRegistryConfig }
        let ext = file.fileExtension
        if sourceExtensions.contains(ext) { return .source }
        switch ext {
        case "sql": return .sql
        case "ipynb": return .notebook
        case "csv": return .delimited(separator: UInt8(ascii: ","))
        case "tsv", "tab": return .delimited(separator: UInt8(ascii: "\t"))
        case "psv": return .delimited(separator: UInt8(ascii: "|"))
        case "ndjson", "jsonl": return .lineDelimitedJSON
        case "json": return isConfigJSON(file) ? nil : .json
        case "pem": return .pem
        default: return SensitiveNames.binaryDataExtensions.contains(ext) ? .binaryData : nil
        }
    }

    private static func isConfigJSON(_ file: FilePath) -> Bool {
        let name = file.lowercasedName
        return configJSONNames.contains(name) || name.hasPrefix("tsconfig") || name.hasSuffix(".schema.json")
            || configFolders.contains(String(file.topComponent))
    }
}
