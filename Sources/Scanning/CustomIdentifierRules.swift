import PolicyModel

/// The policy's own identifier formats (`identifiers:`), scanned as `custom:<name>`.
enum CustomIdentifierRules {
    static func rules(for identifiers: [Policy.Identifier]) -> [Rule] {
        identifiers.map { identifier in
            let context = identifier.context.map { $0.lowercased() }
            return Rule(
                id: "custom.\(identifier.name)", kind: .custom(identifier.name), severity: .high,
                expression: identifier.pattern,
                message: "\(identifier.name) (an identifier format named in the policy): use synthetic values in code and tests"
            ) { input in
                let value = input.start..<input.end
                guard value.count >= 2, input.text.isDelimited(input.start, input.end, by: ByteClass.isAlphanumeric) else {
                    return nil
                }
                if !context.isEmpty {
                    // Context on the same line or the line before, or in a CSV column header.
                    let window = input.text.lines(around: input.start, count: 1)
                    let header = input.file.columnHeader(at: input.start).map { Array($0.utf8) } ?? []
                    guard context.contains(where: { ByteClass.contains(window, $0) || ByteClass.contains(header, $0) }) else {
                        return nil
                    }
                }
                let bytes = input.text.bytes[value]
                if !input.file.mrnPrefix.isEmpty, bytes.starts(with: input.file.mrnPrefix.utf8) { return (value, .synthetic, false) }
                return (value, .finding, false)
            }
        }
    }
}
