/// Programming languages by file extension (markup, data and config formats are not languages here).
enum LanguageCatalog {
    static let byExtension: [String: String] = [
        "py": "Python", "pyi": "Python", "js": "JavaScript", "mjs": "JavaScript", "cjs": "JavaScript",
        "jsx": "JavaScript", "ts": "TypeScript", "tsx": "TypeScript", "mts": "TypeScript", "cts": "TypeScript",
        "r": "R", "rmd": "R", "rb": "Ruby", "java": "Java", "kt": "Kotlin", "kts": "Kotlin", "scala": "Scala",
        "go": "Go", "rs": "Rust", "c": "C", "h": "C", "cc": "C++", "cpp": "C++", "cxx": "C++", "hpp": "C++",
        "hh": "C++", "cs": "C#", "php": "PHP", "swift": "Swift", "sql": "SQL", "sh": "Shell", "bash": "Shell",
        "zsh": "Shell", "jl": "Julia", "sas": "SAS", "ipynb": "Jupyter Notebook", "ex": "Elixir", "exs": "Elixir",
        "dart": "Dart", "lua": "Lua", "pl": "Perl", "pm": "Perl", "m": "Objective-C", "mm": "Objective-C",
        "groovy": "Groovy", "clj": "Clojure", "hs": "Haskell", "erl": "Erlang", "fs": "F#", "vue": "Vue",
        "svelte": "Svelte", "prisma": "Prisma",
    ]

    /// Language names ordered by file count, most used first, then by name.
    static func ranked(_ counts: [String: Int]) -> [String] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }
}
