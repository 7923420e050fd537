import JSONDocument

/// Finds frameworks from manifests (requirements, package.json, Gemfile, pom.xml, DESCRIPTION, ...),
/// marker files (dbt_project.yml, *.prisma, *.ipynb) and imports in source files.
enum FrameworkDetector {
    /// Manifests by file name, with the kind of text they hold.
    enum Manifest {
        case python, node, ruby, jvm, r
    }

    /// The manifest kind of a file name, if it is one.
    static func manifest(named name: String) -> Manifest? {
        switch name {
        case "pyproject.toml", "Pipfile", "setup.py", "setup.cfg", "environment.yml", "environment.yaml":
            return .python
        case "package.json": return .node
        case "Gemfile", "gems.rb": return .ruby
        case "pom.xml", "build.gradle", "build.gradle.kts": return .jvm
        case "DESCRIPTION", "renv.lock": return .r
        default:
            return name.hasPrefix("requirements") && name.hasSuffix(".txt") ? .python : nil
        }
    }

    /// Frameworks shown by a file's mere presence.
    static func markers(_ file: FilePath) -> [String] {
        switch file.fileExtension {
        case "ipynb": return ["Jupyter"]
        case "prisma": return ["Prisma"]
        default: break
        }
        if file.name == "dbt_project.yml" { return ["dbt"] }
        if file.name == "next.config.js" || file.name == "next.config.mjs" || file.name == "next.config.ts" {
            return ["Next.js"]
        }
        return []
    }

    private static let pythonPackages: [(TextPattern, String)] = [
        (TextPattern(#"^\s*["']?django\b"#, caseInsensitive: true), "Django"),
        (TextPattern(#"^\s*["']?flask\b"#, caseInsensitive: true), "Flask"),
        (TextPattern(#"^\s*["']?fastapi\b"#, caseInsensitive: true), "FastAPI"),
        (TextPattern(#"^\s*["']?(?:flask-)?sqlalchemy\b"#, caseInsensitive: true), "SQLAlchemy"),
        (TextPattern(#"^\s*["']?apache-airflow\b"#, caseInsensitive: true), "Airflow"),
        (TextPattern(#"^\s*["']?dbt-"#, caseInsensitive: true), "dbt"),
        (TextPattern(#"^\s*["']?streamlit\b"#, caseInsensitive: true), "Streamlit"),
        (TextPattern(#"^\s*["']?(?:jupyter|jupyterlab|notebook)\b"#, caseInsensitive: true), "Jupyter"),
    ]

    private static let nodePackages: [String: String] = [
        "express": "Express", "@nestjs/core": "NestJS", "next": "Next.js", "prisma": "Prisma",
        "@prisma/client": "Prisma", "sequelize": "Sequelize", "typeorm": "TypeORM", "react": "React",
        "fastify": "Fastify", "koa": "Koa", "knex": "Knex", "mongoose": "Mongoose",
    ]

    private static let otherPackages: [Manifest: [(TextPattern, String)]] = [
        .ruby: [(TextPattern(#"^\s*gem\s+['"]rails['"]"#), "Rails"), (TextPattern(#"^\s*gem\s+['"]sinatra['"]"#), "Sinatra")],
        .jvm: [(TextPattern(#"spring-boot|org\.springframework"#), "Spring")],
        .r: [(TextPattern(#"\bshiny\b"#), "Shiny"), (TextPattern(#"\bplumber\b"#), "Plumber")],
    ]

    /// Frameworks a manifest declares.
    static func frameworks(inManifest kind: Manifest, text: String) -> [String] {
        switch kind {
        case .python:
            // A requirement line starts with the package name; in pyproject/setup.py it is quoted.
            let lines = text.split(whereSeparator: \.isNewline).map { $0.drop { " \t-[=,".contains($0) } }
            let normalized = lines.joined(separator: "\n")
            return pythonPackages.filter { $0.0.occurs(in: normalized) }.map(\.1)
        case .node:
            return nodeFrameworks(text)
        case .ruby, .jvm, .r:
            return (otherPackages[kind] ?? []).filter { $0.0.occurs(in: text) }.map(\.1)
        }
    }

    private static func nodeFrameworks(_ text: String) -> [String] {
        guard let manifest = try? JSONParser.parse(text) else { return [] }
        let sections = ["dependencies", "devDependencies", "peerDependencies"]
        let names = sections.flatMap { manifest[$0]?.objectValue?.keys ?? [] }
        return names.compactMap { nodePackages[$0] }
    }

    private static let imports: [(TextPattern, String)] = [
        (TextPattern(#"^\s*(?:from|import)\s+django\b"#), "Django"),
        (TextPattern(#"^\s*(?:from|import)\s+flask\b"#), "Flask"),
        (TextPattern(#"^\s*(?:from|import)\s+fastapi\b"#), "FastAPI"),
        (TextPattern(#"^\s*(?:from|import)\s+sqlalchemy\b"#), "SQLAlchemy"),
        (TextPattern(#"^\s*(?:from|import)\s+airflow\b"#), "Airflow"),
        (TextPattern(#"^\s*(?:from|import)\s+streamlit\b"#), "Streamlit"),
        (TextPattern(#"(?:require\(|from\s)\s*['"]express['"]"#), "Express"),
        (TextPattern(#"(?:require\(|from\s)\s*['"]@nestjs/"#), "NestJS"),
        (TextPattern(#"(?:require\(|from\s)\s*['"]sequelize['"]"#), "Sequelize"),
        (TextPattern(#"(?:require\(|from\s)\s*['"]typeorm['"]"#), "TypeORM"),
        (TextPattern(#"(?:require\(|from\s)\s*['"]@prisma/client['"]"#), "Prisma"),
        (TextPattern(#"\blibrary\(\s*['"]?shiny\b"#), "Shiny"),
        (TextPattern(#"^\s*(?:require|gem)\s+['"]rails['"]"#), "Rails"),
        (TextPattern(#"^\s*import\s+org\.springframework\."#), "Spring"),
    ]

    /// A lowercase keyword that every import of the framework contains, checked before its regex.
    private static let importKeywords: [String: String] = [
        "Django": "django", "Flask": "flask", "FastAPI": "fastapi", "SQLAlchemy": "sqlalchemy",
        "Airflow": "airflow", "Streamlit": "streamlit", "Express": "express", "NestJS": "@nestjs/",
        "Sequelize": "sequelize", "TypeORM": "typeorm", "Prisma": "@prisma/client", "Shiny": "shiny",
        "Rails": "rails", "Spring": "springframework",
    ]

    /// Frameworks a source file imports; `head` is the lowercased start of the file, where imports are.
    static func frameworks(inSource text: String, head: ByteText) -> [String] {
        imports.filter { pattern, name in
            head.contains(importKeywords[name] ?? name.lowercased()) && pattern.occurs(in: text)
        }.map(\.1)
    }
}
