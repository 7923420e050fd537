import Foundation
import Mustache

/// Renders the Mustache templates compiled into the binary, or an organisation's overrides.
struct TemplateRenderer: Sendable {
    private let library: MustacheLibrary

    /// The built-in templates, with any `*.mustache` in `overrideDirectory` replacing the one of the same name.
    init(overrideDirectory: String? = nil) throws {
        var templates = embeddedTemplates
        if let overrideDirectory {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: overrideDirectory)) ?? []
            for name in names where name.hasSuffix(".mustache") {
                let path = overrideDirectory + "/" + name
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    throw ScaffoldError.unreadable(file: path, reason: "not readable as UTF-8 text")
                }
                templates[String(name.dropLast(".mustache".count))] = text
            }
        }
        var library = MustacheLibrary()
        for (name, text) in templates.sorted(by: { $0.key < $1.key }) {
            do {
                try library.register(text, named: name)
            } catch {
                throw ScaffoldError.template(name: name, reason: "does not parse (\(error))")
            }
        }
        self.library = library
    }

    /// Renders template `name` with `context`.
    func render(_ name: String, _ context: [String: Any]) throws -> String {
        guard let output = library.render(context, withTemplate: name) else {
            throw ScaffoldError.template(name: name, reason: "no such template")
        }
        return output
    }
}
