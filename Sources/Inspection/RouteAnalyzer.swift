/// Finds HTTP route definitions (Express, Koa, Fastify, Flask, FastAPI, Django, Spring, NestJS,
/// Rails) and turns those serving patient data into globs such as `/api/patients/*`.
enum RouteAnalyzer {
    private static let routePatterns: [TextPattern] = [
        // Express, Koa, Fastify, Hono: app.get('/api/patients/:id', …), router.use('/patients', …)
        TextPattern(#"\b\w*(?:app|router|Router|server|api|fastify|routes)\.(?:get|post|put|patch|delete|all|use|route)\(\s*['"`]([^'"`]+)['"`]"#),
        // Flask, FastAPI: @app.get("/patients/{id}"), @bp.route("/patients")
        TextPattern(#"@\w+(?:\.\w+)*\.(?:get|post|put|patch|delete|route|api_route)\(\s*r?['"]([^'"]+)['"]"#),
        // FastAPI routers and Flask blueprints mounted with a prefix
        TextPattern(#"\burl_prefix\s*=\s*['"]([^'"]+)['"]|\bprefix\s*=\s*['"](/[^'"]*)['"]"#),
        // Spring
        TextPattern(#"@(?:Get|Post|Put|Delete|Patch|Request)Mapping\(\s*(?:value\s*=\s*|path\s*=\s*)?\{?\s*"([^"]+)""#),
        // NestJS
        TextPattern(#"@(?:Controller|Get|Post|Put|Patch|Delete)\(\s*['"]([^'"]+)['"]"#),
    ]

    private static let djangoRoute = TextPattern(#"\b(?:re_path|path|url)\(\s*r?['"]([^'"]*)['"]"#)
    private static let railsResource = TextPattern(#"^\s*resources?\s+:(\w+)"#)

    /// The route paths defined in `text` that serve patient data, as written (e.g. `/api/patients/:id`).
    static func patientRoutes(in text: String) -> [String] {
        var routes: [String] = []
        for pattern in routePatterns {
            routes += pattern.firstCaptures(in: text)
        }
        if text.contains("urlpatterns") {
            routes += djangoRoute.firstCaptures(in: text)
        }
        routes += railsResource.firstCaptures(in: text).map { "/" + $0 }
        var seen = Set<String>()
        return routes.filter { servesPatientData($0) && seen.insert($0).inserted }
    }

    /// Whether a literal segment of the route is in the PHI route vocabulary.
    static func servesPatientData(_ route: String) -> Bool {
        literalSegments(of: route).contains { PHIVocabulary.routeSegments.contains($0) }
    }

    /// The glob covering a route's patient data: the path up to its first PHI segment, then `/*`
    /// (`/api/patients/:id/notes` → `/api/patients/*`).
    static func glob(for route: String) -> String? {
        var kept: [String] = []
        for segment in rawSegments(of: route) {
            guard let literal = literal(segment) else { return nil }
            kept.append(literal)
            if PHIVocabulary.routeSegments.contains(IdentifierTokenizer.normalize(literal)) {
                return "/" + kept.joined(separator: "/") + "/*"
            }
        }
        return nil
    }

    private static func rawSegments(of route: String) -> [Substring] {
        var trimmed = Substring(route)
        if trimmed.hasPrefix("^") { trimmed = trimmed.dropFirst() }
        if trimmed.hasSuffix("$") { trimmed = trimmed.dropLast() }
        return trimmed.split(separator: "/")
    }

    private static func literalSegments(of route: String) -> [String] {
        rawSegments(of: route).compactMap(literal).map(IdentifierTokenizer.normalize)
    }

    /// The segment when it is literal text; nil for a parameter (`:id`, `{id}`, `<int:pk>`, a regex group, `*`).
    private static func literal(_ segment: Substring) -> String? {
        guard let first = segment.first, !":{<(*[".contains(first),
              !segment.contains(where: { "\\?+*()[]{}<>$^|".contains($0) })
        else { return nil }
        return String(segment)
    }
}
