/// Finds table and model declarations (SQL, Prisma, Django, SQLAlchemy, Alembic, ActiveRecord,
/// Sequelize, Knex, TypeORM, JPA, GORM, Entity Framework) and the PHI columns each declares.
///
/// A file is cut into segments, each from one declaration to the next; a segment's columns are the
/// PHI-vocabulary identifiers in it. That covers every ORM's field syntax with one rule, at the
/// price of counting a PHI word in a comment inside a model as a column.
enum SchemaAnalyzer {
    private struct Declaration {
        let offset: Int
        let name: String
        /// Whether `name` is a class name (pluralised to guess the table) rather than a table name.
        let isModelClass: Bool
    }

    private static let tableDeclarations: [TextPattern] = [
        TextPattern(#"create\s+table\s+(?:if\s+not\s+exists\s+)?(?:[`"\[]?\w+[`"\]]?\.)?[`"\[]?(\w+)"#, caseInsensitive: true),
        TextPattern(#"\bTable\(\s*['"](\w+)['"]"#),
        TextPattern(#"create_table\(?\s*[:'"](\w+)"#),
        TextPattern(#"createTable\(\s*['"`](\w+)['"`]"#),
        TextPattern(#"\.define\(\s*['"`](\w+)['"`]"#),
    ]

    private static let modelDeclarations: [TextPattern] = [
        TextPattern(#"^\s*model\s+(\w+)\s*\{"#),
        TextPattern(#"^\s*class\s+(\w+)\s*\([^)]*\b(?:models\.Model|Model|Base|SQLModel|DeclarativeBase)\b[^)]*\)"#),
        TextPattern(#"CreateModel\(\s*name\s*=\s*['"](\w+)['"]"#),
        TextPattern(#"^\s*class\s+(\w+)\s*<\s*(?:ApplicationRecord|ActiveRecord::Base)"#),
        TextPattern(#"@Entity\b(?:\([^)]*\))?(?:\s*@\w+(?:\([^)]*\))?)*\s*(?:export\s+)?(?:public\s+)?(?:abstract\s+)?class\s+(\w+)"#),
        TextPattern(#"^\s*(?:export\s+)?class\s+(\w+)\s+extends\s+Model\b"#),
    ]

    /// Plain types that are ORM entities only in a file that says so (GORM or sqlx tags; Entity
    /// Framework's DbSet or data annotations): a Go struct or C# class elsewhere is just a type.
    private static let taggedTypeDeclarations: [(marker: TextPattern, declaration: TextPattern)] = [
        (TextPattern(#"gorm:"|gorm\.io/|\bdb:""#), TextPattern(#"^\s*type\s+(\w+)\s+struct\s*\{"#)),
        (TextPattern(#"DbSet<|\[Table\(|\[Key\]|DataAnnotations"#),
         TextPattern(#"^\s*public\s+(?:sealed\s+)?(?:partial\s+)?class\s+(\w+)"#)),
    ]

    private static let explicitTableName = TextPattern(
        #"(?:__tablename__\s*=|db_table\s*=|['"]db_table['"]\s*:|@@map\(|tableName\s*:|@Table\(\s*name\s*=|\[Table\(|self\.table_name\s*=|@Entity\(\s*(?:\{\s*name\s*:\s*)?)\s*['"](\w+)['"]"#)

    /// Every table declared in `text`, restricted or not, in file order, one entry per name (a table
    /// declared twice, e.g. an annotation and its class, gets the columns of both).
    static func tables(in text: String) -> [TableDefinition] {
        let declarations = findDeclarations(in: text)
        guard !declarations.isEmpty else { return [] }
        let utf16 = Array(text.utf16)
        var order: [String] = []
        var tokensByTable: [String: [String]] = [:]
        var ownNames: [String: Set<String>] = [:]
        for (index, declaration) in declarations.enumerated() {
            let end = index + 1 < declarations.count ? declarations[index + 1].offset : utf16.count
            let segment = String(decoding: utf16[declaration.offset..<end], as: UTF16.self)
            let table = tableName(for: declaration, segment: segment)
            if tokensByTable[table] == nil { order.append(table) }
            tokensByTable[table, default: []] += IdentifierTokenizer.tokens(in: segment)
            // The model's own name ("Diagnosis") is not one of its columns.
            ownNames[table, default: [table]].insert(IdentifierTokenizer.normalize(declaration.name))
        }
        return order.map { table in
            let tokens = (tokensByTable[table] ?? []).filter { !(ownNames[table] ?? []).contains($0) }
            let identifying = PHIVocabulary.phiColumns(in: tokens, includePersonColumns: false)
            let columns = PHIVocabulary.phiColumns(
                in: tokens, includePersonColumns: PHIVocabulary.isPatientTable(table) || !identifying.isEmpty)
            return TableDefinition(table: table, phiColumns: columns)
        }
    }

    private static func findDeclarations(in text: String) -> [Declaration] {
        var found: [Declaration] = []
        for pattern in tableDeclarations {
            for match in pattern.matches(in: text) {
                guard let name = match.captures.first else { continue }
                found.append(Declaration(offset: match.offset, name: name, isModelClass: false))
            }
        }
        let taggedTypes = taggedTypeDeclarations.filter { $0.marker.occurs(in: text) }.map(\.declaration)
        for pattern in modelDeclarations + taggedTypes {
            for match in pattern.matches(in: text) {
                guard let name = match.captures.first else { continue }
                found.append(Declaration(offset: match.offset, name: name, isModelClass: true))
            }
        }
        // Two patterns can find the same declaration (a JPA @Entity class is also a class); keep the first.
        var byOffset: [Int: Declaration] = [:]
        for declaration in found where byOffset[declaration.offset] == nil {
            byOffset[declaration.offset] = declaration
        }
        return byOffset.values.sorted { $0.offset < $1.offset }
    }

    private static func tableName(for declaration: Declaration, segment: String) -> String {
        if let explicit = explicitTableName.firstCaptures(in: segment).first {
            return IdentifierTokenizer.normalize(explicit)
        }
        let name = IdentifierTokenizer.normalize(declaration.name)
        return declaration.isModelClass ? plural(of: name) : name
    }

    /// The conventional table name of a model class (`Patient` → `patients`, `Diagnosis` → `diagnoses`).
    static func plural(of name: String) -> String {
        if name.hasSuffix("sis") { return String(name.dropLast(2)) + "es" }
        if name.hasSuffix("s"), !name.hasSuffix("ss") { return name }
        if name.hasSuffix("s") || name.hasSuffix("x") || name.hasSuffix("ch") || name.hasSuffix("sh") {
            return name + "es"
        }
        if name.hasSuffix("y"), let previous = name.dropLast().last, !"aeiou".contains(previous) {
            return String(name.dropLast()) + "ies"
        }
        return name + "s"
    }
}
