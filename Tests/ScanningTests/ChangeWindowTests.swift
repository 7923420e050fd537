import Foundation
import PolicyModel
import RepoAccess
@testable import Scanning
import Testing

/// `redact` rescans its output only around the stand-ins it wrote (`detectedValues(near:)`): the engine
/// reads those lines, and everything else reads the whole text. That scan must find every finding a
/// whole scan finds near a change, at the same place, and nothing a whole scan would not find.
@Suite struct ChangeWindowTests {
    static let scanner = Result { try Scanner(repository: Repository(root: URL(fileURLWithPath: "/nonexistent"), gitDirectory: nil),
                                              policy: .builtInDefault) }

    @Test func aScanNearChangesFindsWhatAWholeScanFindsThere() throws {
        let scanner = try Self.scanner.get()
        let corpus = LabeledCorpus(seed: 11, rounds: 6)
        // Long texts, so windows start and end inside them: the corpus's files of one kind joined, with
        // lines between them that hold nothing.
        let kinds = [("src/app.py", ".py", "pass"), ("logs/app.log", ".log", "INFO ok"), ("docs/notes.md", ".md", "Nothing here."),
                     ("exports/claims.csv", "claims.csv", ""), ("-", ".md", "Nothing here.")]
        var compared = 0, textsWithInnerWindows = 0
        for (path, suffix, filler) in kinds {
            let separator = "\n" + String(repeating: filler + "\n", count: 40)
            let bytes = Array(corpus.files.filter { $0.path.hasSuffix(suffix) }.map(\.text).joined(separator: separator).utf8)
            let file = (path: path, bytes: bytes)
            let whole = try scanner.detectedValues(in: bytes, path: file.path)
            guard whole.count >= 2 else { continue }
            // Every third finding stands for a change (a stand-in written there), and one line far from all.
            var changes = whole.enumerated().filter { $0.offset % 3 == 0 }.map(\.element.range)
            if let quiet = Self.lineWithoutFindings(in: bytes, findings: whole) { changes.append(quiet) }
            let windows = Scanner.lines(around: changes, in: ScanText(bytes: bytes))
            if windows.contains(where: { $0.lowerBound > 0 }) { textsWithInnerWindows += 1 }
            let near = try scanner.detectedValues(in: bytes, path: file.path, near: changes)
            let inWindows = whole.filter { value in windows.contains { $0.overlaps(value.range) } }
            for value in inWindows {
                #expect(near.contains(value), "\(file.path): a \(value.kind.name) at \(value.line):\(value.column) near a change was not found")
            }
            for value in near {
                #expect(whole.contains(value), "\(file.path): a \(value.kind.name) at \(value.line):\(value.column) that a whole scan does not report")
            }
            compared += inWindows.count
        }
        #expect(textsWithInnerWindows >= 3, "windows started inside only \(textsWithInnerWindows) texts")
        #expect(compared >= 50, "only \(compared) findings near changes were compared")
    }

    @Test func windowsAreWholeLinesAroundEachChangeMerged() {
        let line = { (number: Int) in "line " + String(format: "%02d", number) + " " + String(repeating: "x", count: 20) + "\n" }
        let text = ScanText(bytes: Array((0..<40).map(line).joined().utf8))
        let lineLength = line(0).utf8.count
        // One change in line 20: lines 18–22 (two either side), widened to 256 bytes either side.
        let one = Scanner.lines(around: [(20 * lineLength + 3)..<(20 * lineLength + 5)], in: text)
        #expect(one.count == 1)
        #expect(one[0].lowerBound % lineLength == 0 && one[0].upperBound % lineLength == 0, "windows start and end at line breaks")
        #expect(one[0].lowerBound <= 20 * lineLength + 3 - 256 && one[0].upperBound >= 20 * lineLength + 5 + 256)
        // Two changes close together give one window; far apart, two.
        #expect(Scanner.lines(around: [0..<2, (3 * lineLength)..<(3 * lineLength + 1)], in: text).count == 1)
        #expect(Scanner.lines(around: [(39 * lineLength)..<(39 * lineLength + 1), 0..<2], in: text).count == 2)
        #expect(Scanner.lines(around: [], in: text).isEmpty)
    }

    /// A line holding no finding, far (more than a window) from every finding, if the text has one.
    private static func lineWithoutFindings(in bytes: [UInt8], findings: [DetectedValue]) -> Range<Int>? {
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 10 {
            let line = start..<index
            start = index + 1
            if findings.allSatisfy({ abs($0.range.lowerBound - line.lowerBound) > 2_000 }) { return line }
        }
        return nil
    }
}
