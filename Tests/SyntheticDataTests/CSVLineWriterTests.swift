import PropertyBased
@testable import SyntheticData
import Testing

/// The byte-level CSV writer: any text survives a write and a parse, and numbers print as the
/// answers' SQL reads them.
@Suite struct CSVLineWriterTests {
    static let pieces = ["", "a", "Smith, John", "say \"hi\"", "line\nbreak", "cr\r", "ünï ✓", ",", "\"", "E11.9", "  "]
    static let fields = Gen.element(of: pieces).array(of: 0...6).map { $0.compactMap { $0 } }.array(of: 1...8)

    @Test func textFieldsRoundTripThroughTheParser() async {
        await propertyCheck(count: 200, input: Self.fields.array(of: 1...4)) { lines in
            var writer = CSVLineWriter()
            let expected = lines.map { $0.map { $0.joined() } }
            for fields in expected {
                for field in fields { writer.text(field) }
                writer.endLine()
            }
            let text = String(decoding: writer.bytes, as: UTF8.self)
            // Line breaks inside quoted fields are written verbatim; compare against the same join.
            var reference: [UInt8] = []
            for fields in expected { CSVFormat.append(fields, to: &reference) }
            #expect(writer.bytes == reference)
            if !expected.joined().contains(where: { $0.contains("\n") || $0.contains("\r") }) {
                let parsed = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { CSVFormat.fields($0) }
                #expect(parsed == expected)
            }
        }
    }

    @Test func numbersDatesAndTimestampsPrintAsBefore() {
        var writer = CSVLineWriter()
        writer.money(0); writer.money(5); writer.money(1234); writer.money(100_000_07)
        writer.tenths(72); writer.tenths(0); writer.tenths(1405)
        writer.int(0); writer.int(-42); writer.int(Int.max)
        writer.date(CivilDate(year: 1999, month: 12, day: 31))
        writer.timestamp(CivilDate(year: 2024, month: 2, day: 29), 3600 * 13 + 60 * 7 + 9)
        writer.timestamp(CivilDate(year: 2024, month: 2, day: 29), 90_000)
        writer.empty()
        writer.endLine()
        #expect(String(decoding: writer.bytes, as: UTF8.self) ==
            "0.00,0.05,12.34,100000.07,7.2,0.0,140.5,0,-42,\(Int.max),1999-12-31,2024-02-29T13:07:09Z,2024-02-29T23:59:59Z,\n")
        let date = CivilDate(year: 2031, month: 7, day: 4)
        #expect(date.iso == "2031-07-04" && date.timestamp(36000) == "2031-07-04T10:00:00Z")
        #expect(CSVFormat.money(1234) == "12.34" && CSVFormat.tenths(1405) == "140.5")
    }
}
