import SyntheticData
import Testing

@Test func formatVersionIsOne() {
    #expect(SyntheticData.formatVersion == 1)
}
