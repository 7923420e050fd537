import PropertyBased
import Scanning
import Testing

/// `ByteSearch.contains` looks for a needle by its rarest byte, not its first: it must still find a
/// needle wherever it stands (at the start, at the end, overlapping itself) and nothing else.
@Suite struct ByteSearchTests {
    /// Few distinct bytes, so needles recur, overlap and nearly match: spaces and letters (common) and
    /// capitals, digits and `é`'s bytes (rare).
    static let alphabet: [UInt8] = Array("  aab.Z9".utf8) + [0xC3, 0xA9]
    static let haystacks = Gen.element(of: alphabet).array(of: 0...60).map { $0.compactMap { $0 } }
    static let needles = Gen.element(of: alphabet).array(of: 0...6).map { $0.compactMap { $0 } }

    @Test func findsExactlyWhatANaiveSearchFinds() async {
        await propertyCheck(count: 2000, input: Self.haystacks, Self.needles) { haystack, needle in
            let naive = !needle.isEmpty && needle.count <= haystack.count
                && (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
            #expect(ByteSearch.contains(haystack, needle) == naive, "haystack \(haystack), needle \(needle)")
        }
    }

    @Test func findsANeedleAtEitherEndOfALongText() {
        let text = Array(String(repeating: "synthetic health ", count: 1000).utf8)
        #expect(ByteSearch.contains(Array("Zy".utf8) + text, Array("Zy".utf8)))
        #expect(ByteSearch.contains(text + Array("yZ".utf8), Array("yZ".utf8)))
        #expect(!ByteSearch.contains(text, Array("synthetichealth".utf8)))
    }
}
