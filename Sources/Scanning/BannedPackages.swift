import JSONDocument

/// Dependencies the policy bans (`egress.bannedPackages`), found in dependency manifests.
enum BannedPackages {
    /// Whether a file is a dependency manifest phiguard reads for banned packages.
    static func isManifest(_ path: String) -> Bool {
        let name = FileContext.nameAndExtension(path).name
        if name.hasPrefix("requirements") && (name.hasSuffix(".txt") || name.hasSuffix(".in")) { return true }
        return ["pyproject.toml", "package.json", "package.swift", "go.mod", "cargo.toml", "gemfile", "description",
                "pipfile", "setup.cfg", "environment.yml", "build.gradle", "pom.xml"].contains(name)
    }

    /// One candidate per banned dependency named in the manifest.
    static func candidates(_ text: ScanText, path: String, banned: [String], ruleIndex: Int) -> [Candidate] {
        guard !banned.isEmpty, isManifest(path) else { return [] }
        if path == "package.json" || path.hasSuffix("/package.json") {
            return packageJSONCandidates(text, banned: banned, ruleIndex: ruleIndex)
        }
        var result: [Candidate] = []
        var lineStart = 0
        while lineStart < text.count {
            let lineEnd = text.lineEnd(lineStart)
            let line = text.bytes[lineStart..<lineEnd]
            if !isOwnNameOrComment(line) {
                for token in tokens(in: line) where matches(text.bytes[token], banned) {
                    result.append(Candidate(rule: ruleIndex, value: token, verdict: .finding))
                }
            }
            lineStart = lineEnd + 1
        }
        return result
    }

    /// npm's manifest is JSON: only the keys of its dependency objects are dependencies.
    private static func packageJSONCandidates(_ text: ScanText, banned: [String], ruleIndex: Int) -> [Candidate] {
        guard let manifest = try? JSONParser.parse(String(decoding: text.bytes, as: UTF8.self)) else { return [] }
        let names = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies", "bundleDependencies"]
            .flatMap { manifest[$0]?.objectValue?.keys ?? [] }
            .filter { matches(Array($0.utf8)[...], banned) }
        return names.compactMap { name in
            let needle = Array(("\"" + name + "\"").utf8)
            guard let range = text.bytes.firstRange(of: needle) else { return nil }
            return Candidate(rule: ruleIndex, value: (range.lowerBound + 1)..<(range.upperBound - 1), verdict: .finding)
        }
    }

    /// The project's own name (`"name":`, `name =`, `module`, `Package:`) and comments are not dependencies.
    private static func isOwnNameOrComment(_ line: ArraySlice<UInt8>) -> Bool {
        let trimmed = line.drop { $0 == 32 || $0 == 9 }
        for prefix in ["#", "//", "\"name\"", "name =", "name=", "module ", "package:", "let package", "project(", "<artifactid>"]
        where ByteClass.lowercased(trimmed.prefix(prefix.utf8.count)) == Array(prefix.utf8) {
            return true
        }
        return ByteClass.contains(line, "package(") && ByteClass.contains(line, "name:")
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        ByteClass.isWord(byte) || byte == 45 || byte == 46 || byte == 47 || byte == 64
    }

    private static func tokens(in line: ArraySlice<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = line.startIndex
        while index < line.endIndex {
            guard isTokenByte(line[index]) else { index += 1; continue }
            let start = index
            while index < line.endIndex, isTokenByte(line[index]) { index += 1 }
            result.append(start..<index)
        }
        return result
    }

    /// `deepseek`, `deepseek-sdk`, `@deepseek/client`, `github.com/deepseek-ai/x`, `.../deepseek-swift.git`.
    static func matches(_ token: ArraySlice<UInt8>, _ banned: [String]) -> Bool {
        let lower = String(decoding: ByteClass.lowercased(token), as: UTF8.self)
        let parts = lower.split(separator: "/").map { $0.trimmingPrefix("@") }
        return banned.contains { name in
            parts.contains { part in
                part == name || [Character("-"), "_", "."].contains { part.hasPrefix(name + String($0)) }
            }
        }
    }
}
