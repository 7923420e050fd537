/// Decides whether an email-shaped match is a person's address in data, not an author credit or a
/// reserved, role or placeholder address.
enum EmailJudge {
    static func judge(_ input: RuleInput) -> (value: Range<Int>, verdict: Verdict, personField: Bool)? {
        let text = input.text
        // The engine anchors on `@`: the local part is read backwards from it (an address starts with a letter or digit).
        let at = input.start
        var start = at
        while start > 0, at - start < 64, ByteClass.isAlphanumeric(text[start - 1]) || [46, 95, 37, 43, 45].contains(text[start - 1]) {
            start -= 1
        }
        while start < at, !ByteClass.isAlphanumeric(text[start]) { start += 1 }
        guard start < at else { return nil }
        var end = at + 1
        while end < text.count, ByteClass.isAlphanumeric(text[end]) || text[end] == 45 || text[end] == 46 { end += 1 }
        while end > at + 1, text[end - 1] == 46 || text[end - 1] == 45 { end -= 1 }
        let value = start..<end
        guard text.isDelimited(start, end, by: { ByteClass.isWord($0) || $0 == 46 || $0 == 45 || $0 == 64 || $0 == 43 }) else {
            return nil
        }
        // `scheme://user:password@host` is a URL's credentials, not an address.
        if text.byte(at: start - 1) == 58 { return nil }
        let local = String(decoding: text.bytes[start..<at], as: UTF8.self).lowercased()
        let domain = String(decoding: text.bytes[(at + 1)..<end], as: UTF8.self).lowercased()
        guard let tld = domain.split(separator: ".").last.map(String.init), knownTopLevelDomains.contains(tld) else {
            return nil
        }
        if isReserved(domain) || placeholderLocalParts.contains(local) || isMadeUp(local, domain) { return (value, .synthetic, false) }
        // SSH algorithm names (`aes256-gcm@openssh.com`) and mailing lists (`python-dev@…`) are not people.
        if domain == "openssh.com" || listSuffixes.contains(where: { local.hasSuffix($0) }) { return nil }
        if roleLocalParts.contains(local) || local.hasPrefix("noreply") || local.hasPrefix("no-reply")
            || domain.hasSuffix("noreply.github.com")
        {
            return nil
        }
        if input.file.role != .prompt && input.file.role != .data && input.file.role != .log && isCredit(input) { return nil }
        return (value, .finding, false)
    }

    /// `example.com/.net/.org` and the reserved top-level names (RFC 2606, RFC 6761).
    static func isReserved(_ domain: String) -> Bool {
        let host = domain.lowercased()
        for reserved in ["example.com", "example.net", "example.org"] where host == reserved || host.hasSuffix("." + reserved) {
            return true
        }
        for suffix in [".test", ".example", ".invalid", ".localhost", ".local"] where host.hasSuffix(suffix) { return true }
        // Fake Name Generator's throwaway domains: identities made for testing.
        if ["superrito.com", "armyspy.com", "cuvox.de", "dayrep.com", "einrot.com", "fleckens.hu", "gustr.com",
            "jourrapide.com", "rhyta.com", "teleworm.us", "mailinator.com"].contains(host) { return true }
        return host == "localhost"
    }

    /// Author, maintainer and copyright credits, comments and docstrings: not patient data. Only the
    /// email's own field is read — its comment, its string up to the opening quote, the key it is
    /// assigned to — not other words that share its line (`send_reminder(patient, "…")` is data).
    private static func isCredit(_ input: RuleInput) -> Bool {
        let file = input.file
        let readsComments = file.role == .code || file.role == .other || file.role == .docs || file.role == .config || file.role == .notebook
        if readsComments, file.isInComment(input.start) { return true }
        if isPackageMetadata(file.path) { return true }
        let own = ownField(before: input.start, in: input.text)
        if creditWords.contains(where: { ByteClass.contains(own, $0) }) { return true }
        // Last: the first question about triple quotes reads the whole file up to here.
        return readsComments && file.isInsideTripleQuotes(input.start)
    }

    private static let creditWords = [
        "author", "maintainer", "copyright", "(c)", "licen", "signed-off-by", "co-authored-by", "reported-by",
        "reviewed-by", "acked-by", "tested-by", "suggested-by", "written by", "contributed by", "__email__", "credits",
        "thanks", "mailto:", "bugs", "report", "contact", "send", "cc:", "from:", "to:", "owner", "creator", "developer",
        "contributor", "committer", "packager", "uploader",
    ]

    /// The text the email belongs to: back to its string's opening quote, its field separator or the
    /// line start, plus the key before an opening quote (`author_email="…"` → `author_email=`).
    private static func ownField(before at: Int, in text: ScanText) -> ArraySlice<UInt8> {
        let lineStart = text.lineStart(at)
        var start = at
        while start > lineStart, ![34, 39, 96, 40, 44, 59, 123, 91, 124, 9].contains(text[start - 1]) { start -= 1 }
        guard start > lineStart, [34, 39, 96].contains(text[start - 1]) else { return text.bytes[start..<at] }
        // The key the string is assigned to.
        var keyEnd = start - 1
        while keyEnd > lineStart, [32, 9, 58, 61, 62, 34, 39].contains(text[keyEnd - 1]) { keyEnd -= 1 }
        var keyStart = keyEnd
        while keyStart > lineStart, ByteClass.isWord(text[keyStart - 1]) || text[keyStart - 1] == 45 || text[keyStart - 1] == 46 { keyStart -= 1 }
        return text.bytes[keyStart..<at]
    }

    /// Package metadata names its authors: `setup.py`, `pyproject.toml`, `package.json`, `*.gemspec`, ….
    private static func isPackageMetadata(_ path: String) -> Bool {
        let name = FileContext.nameAndExtension(path).name
        return ["setup.py", "setup.cfg", "pyproject.toml", "package.json", "cargo.toml", "pom.xml", "description", "pkg-info",
                "metadata", "composer.json", "bower.json", "package.swift", "build.gradle", "build.sbt", "mix.exs",
                "debian/control", "control", "citation.cff", "codemeta.json", ".zenodo.json", "pubspec.yaml", "meta.yaml"]
            .contains(name) || name.hasSuffix(".gemspec") || name.hasSuffix(".nuspec") || name.hasSuffix(".podspec")
    }

    private static let listSuffixes = ["-dev", "-list", "-users", "-announce", "-request", "-bugs", "-help", "-owner", "-admin",
                                       "-devel", "-discuss", "-commits", "-general"]

    /// `a@b.com`, `aaa@bbb.org`: one-letter or one-repeated-letter names are invented for examples.
    private static func isMadeUp(_ local: String, _ domain: String) -> Bool {
        let label = domain.split(separator: ".").dropLast().last.map(String.init) ?? domain
        let repeated: (String) -> Bool = { $0.count >= 1 && Set($0).count == 1 }
        return (local.count <= 2 && label.count <= 2) || (repeated(local) && repeated(label))
    }

    private static let placeholderLocalParts: Set<String> = [
        "user", "username", "name", "someone", "somebody", "foo", "bar", "baz", "test", "email", "you", "your.name",
        "yourname", "me", "jdoe", "john.doe", "jane.doe", "johndoe", "janedoe", "first.last", "firstname.lastname",
        "firstname", "lastname", "example", "sample", "patient", "nobody",
    ]

    private static let roleLocalParts: Set<String> = [
        "git", "postmaster", "abuse", "webmaster", "hostmaster", "mailer-daemon", "support", "info", "security", "help",
        "contact", "sales", "admin", "root", "privacy", "legal", "hello", "team", "dev", "devs", "developers", "office",
        "billing", "press", "jobs", "careers", "feedback", "notifications", "donotreply", "do-not-reply", "bugs",
        "licensing", "compliance", "hipaa", "it", "helpdesk", "service", "services",
    ]

    /// Generic and country-code top-level domains seen in addresses; file extensions that are also
    /// country codes (`.py`, `.sh`, `.md`, …) are left out so `obj@module.py` is not an address.
    static let knownTopLevelDomains: Set<String> = {
        let generic = "com net org edu gov mil int info biz name pro mobi aero coop museum eu asia ai app dev health care "
            + "clinic hospital doctor medical email online site tech cloud xyz live life tv cc ws fm la to ly gg je im nu su "
            + "academy agency center company group network services solutions systems university school science"
        let countries = "io co us uk ca au de fr jp cn in br ru nl se no es it ch at be dk fi pl cz ie nz za mx ar kr tw sg "
            + "hk il tr gr pt hu ro ua sk si hr bg lt lv ee is lu cl pe ve ec uy bo cr pa gt hn ni sv cu jm tt bs bb ph th "
            + "my id vn pk bd lk np ir iq sa ae qa kw om bh jo lb eg ma dz tn ng ke gh et tz ug zw zm ao mz cm sn ci me"
        var names = Set(generic.split(separator: " ").map(String.init))
        names.formUnion(countries.split(separator: " ").map(String.init))
        return names
    }()
}
