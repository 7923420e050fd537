import Scanning
import Testing

@Test func vectorscanIsLinked() {
    #expect(ScanningEngine.vectorscanVersion.first?.isNumber == true)
}
