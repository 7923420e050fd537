/// Code that sends data to an external AI service: API endpoints and SDK clients. A client pointed
/// at a model on this machine (localhost) is not egress.
enum EgressRules {
    static func all(severity: Severity) -> [Rule] {
        [endpoint(severity), client(severity), moduleCall(severity)]
    }

    private static let codeRoles: Set<FileRole> = [.code, .config, .notebook, .other]
    private static let message = "call to an external AI service: PHI must not leave for a cloud model; "
        + "use an approved, BAA-covered endpoint or a local model"

    private static func endpoint(_ severity: Severity) -> Rule {
        Rule(
            id: "egress.ai-endpoint", kind: .aiEndpoint, severity: severity,
            expression: #"\b(api\.openai\.com|api\.anthropic\.com|api\.deepseek\.com|generativelanguage\.googleapis\.com|aiplatform\.googleapis\.com|api\.mistral\.ai|api\.cohere\.(ai|com)|api\.groq\.com|api\.together\.(xyz|ai)|api\.perplexity\.ai|api\.x\.ai|api\.fireworks\.ai|openrouter\.ai/api|openai\.azure\.com|bedrock-runtime\.|api-inference\.huggingface\.co|api\.replicate\.com|api\.ai21\.com|dashscope\.aliyuncs\.com|api\.moonshot\.cn)\b"#,
            caseless: true, roles: codeRoles, message: message
        ) { input in
            guard !input.file.isInComment(input.start), !input.file.isInsideTripleQuotes(input.start) else { return nil }
            // The host's own start (`us-central1-aiplatform…`, `myorg.openai.azure.com`).
            var start = input.start
            while start > 0, ByteClass.isAlphanumeric(input.text[start - 1]) || [45, 46].contains(input.text[start - 1]) { start -= 1 }
            return (start..<input.end, .finding, false)
        }
    }

    private static func client(_ severity: Severity) -> Rule {
        Rule(
            id: "egress.ai-sdk-client", kind: .aiEndpoint, severity: severity,
            expression: #"\b(OpenAI|AsyncOpenAI|AzureOpenAI|AsyncAzureOpenAI|Anthropic|AsyncAnthropic|AnthropicVertex|AnthropicBedrock|MistralClient|ChatOpenAI|ChatAnthropic|ChatGoogleGenerativeAI|ChatVertexAI|ChatMistralAI|ChatCohere|ChatDeepSeek|ChatGroq|GoogleGenerativeAI|GenerativeModel|CohereClient|DeepSeek)[ \t]*\("#,
            roles: codeRoles, message: message
        ) { input in
            let before = input.text.bytes[input.text.lineStart(input.start)..<input.start]
            for word in ["class ", "def ", "func ", "function ", "struct ", "interface ", "type "] where ByteClass.contains(before, word) {
                return nil
            }
            guard isLiveRemoteCall(input) else { return nil }
            var end = input.end - 1
            while end > input.start, input.text[end - 1] == 32 || input.text[end - 1] == 9 { end -= 1 }
            return (input.start..<end, .finding, false)
        }
    }

    private static func moduleCall(_ severity: Severity) -> Rule {
        Rule(
            id: "egress.ai-sdk-call", kind: .aiEndpoint, severity: severity,
            expression: #"\b(openai\.(ChatCompletion|Completion|chat\.completions|completions|embeddings|responses)\.create|anthropic\.(messages|completions)\.create|genai\.(GenerativeModel|Client|configure)|cohere\.(Client|ClientV2|AsyncClient)|mistralai\.client|litellm\.(completion|acompletion))\b"#,
            roles: codeRoles, message: message
        ) { input in
            guard isLiveRemoteCall(input) else { return nil }
            return (input.start..<input.end, .finding, false)
        }
    }

    /// Code that runs (not a comment or a docstring) and does not point the client at this machine.
    private static func isLiveRemoteCall(_ input: RuleInput) -> Bool {
        !input.file.isInComment(input.start) && !input.file.isInsideTripleQuotes(input.start) && !pointsAtThisMachine(input)
    }

    /// Whether the call's arguments (up to its closing parenthesis) set a base URL on this machine.
    private static func pointsAtThisMachine(_ input: RuleInput) -> Bool {
        guard let open = input.text.bytes[input.start..<min(input.text.count, input.end + 1)].lastIndex(of: 40) else { return false }
        var depth = 0, index = open
        while index < input.text.count, index - open < 2000 {
            if input.text[index] == 40 { depth += 1 }
            if input.text[index] == 41 { depth -= 1; if depth == 0 { break } }
            index += 1
        }
        let call = input.text.bytes[open..<min(index + 1, input.text.count)]
        return ["localhost", "127.0.0.1", "0.0.0.0", "[::1]", "host.docker.internal"].contains { ByteClass.contains(call, $0) }
    }
}
