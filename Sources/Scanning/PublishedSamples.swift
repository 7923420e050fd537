/// Finds the published sample patients (`ProseVocabulary.publishedSamplePatients`) a text names,
/// in any markup: `Myra Jones`, `<given>Jeremy</given> … <family>Bates</family>`,
/// `"family": "Ross", "given": ["Ellen"]`.
enum PublishedSamples {
    /// Parts of each listed name: the first word and the last.
    private static let nameParts: [(given: [UInt8], family: [UInt8])] = ProseVocabulary.publishedSamplePatients.compactMap { name in
        let words = name.split(separator: " ")
        guard words.count >= 2, let first = words.first, let last = words.last else { return nil }
        return (Array(first.utf8), Array(last.utf8))
    }

    /// Whether `bytes` names a published sample patient: the family name as a word with the given
    /// name as a word within 300 bytes of it.
    static func named(in bytes: [UInt8]) -> Bool {
        let lower = ByteClass.lowercased(bytes)
        for (given, family) in nameParts {
            var from = 0
            while let hit = wordRange(of: family, in: lower, from: from) {
                let window = max(0, hit.lowerBound - 300)..<min(lower.count, hit.upperBound + 300)
                if wordRange(of: given, in: lower, from: window.lowerBound, before: window.upperBound) != nil { return true }
                from = hit.upperBound
            }
        }
        return false
    }

    /// The placeholder names of more than one word (`john doe`, `steve williamson`), as bytes.
    private static let multiWordPlaceholders: [[UInt8]] = ProseVocabulary.placeholderNames.filter { $0.contains(" ") }.map { Array($0.utf8) }

    /// Whether lowercase `lower` names a placeholder or sample person in full, as whole words
    /// (`li si` is not read inside `li silicon`).
    static func namesPlaceholder(in lower: [UInt8]) -> Bool {
        multiWordPlaceholders.contains { wordRange(of: $0, in: lower, from: 0) != nil }
    }

    /// The next occurrence of `word` in `lower` from `from` (before `before`) with no letter either side.
    private static func wordRange(of word: [UInt8], in lower: [UInt8], from: Int, before: Int? = nil) -> Range<Int>? {
        let end = before ?? lower.count
        guard let first = word.first, end - from >= word.count else { return nil }
        var index = from
        while index + word.count <= end {
            guard let hit = lower[index..<(end - word.count + 1)].firstIndex(of: first) else { return nil }
            if lower[hit..<(hit + word.count)].elementsEqual(word),
               hit == 0 || !ByteClass.isLetter(lower[hit - 1]),
               hit + word.count == lower.count || !ByteClass.isLetter(lower[hit + word.count])
            {
                return hit..<(hit + word.count)
            }
            index = hit + 1
        }
        return nil
    }
}
