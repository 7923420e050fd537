import JSONDocument

/// Reads a Jupyter notebook: does it keep outputs, and does it handle patient data?
enum NotebookAnalyzer {
    /// What a notebook holds.
    struct Summary: Equatable {
        /// Whether any code cell has stored outputs.
        var hasOutputs = false
        /// The cells' source code, joined.
        var source = ""
        /// The stored outputs' text, joined (bounded).
        var outputText = ""
    }

    /// Notebooks up to this size are parsed; a larger one is judged by its first bytes only.
    static let parseLimit = 4 * 1024 * 1024
    private static let outputTextLimit = 64 * 1024

    private static let nonEmptyOutputs = TextPattern(#""outputs"\s*:\s*\[\s*\{"#)

    /// The notebook's summary; a notebook that is not valid JSON is judged from its raw text.
    static func summarize(_ sample: FileSample) -> Summary {
        let text = sample.text
        guard sample.isComplete, let notebook = try? JSONParser.parse(text),
              let cells = notebook["cells"]?.arrayValue
        else {
            return Summary(hasOutputs: nonEmptyOutputs.occurs(in: text), source: text, outputText: "")
        }
        var summary = Summary()
        for cell in cells {
            summary.source += joinedText(cell["source"]) + "\n"
            for output in cell["outputs"]?.arrayValue ?? [] {
                summary.hasOutputs = true
                guard summary.outputText.utf8.count < outputTextLimit else { continue }
                summary.outputText += outputText(output) + "\n"
            }
        }
        return summary
    }

    private static func outputText(_ output: JSONValue) -> String {
        var text = joinedText(output["text"])
        if let data = output["data"]?.objectValue {
            text += joinedText(data["text/plain"]) + joinedText(data["text/html"])
        }
        return text
    }

    /// Notebook text fields are a string or a list of lines.
    private static func joinedText(_ value: JSONValue?) -> String {
        switch value {
        case let .string(text)?: text
        case let .array(lines)?: lines.compactMap(\.stringValue).joined()
        default: ""
        }
    }
}
