import Foundation
import JSONDocument
import Testing

@Suite struct JSONParserTests {
    @Test func keepsKeyOrderAndNumberText() throws {
        let value = try JSONParser.parse(#"{"z": 1.50, "a": [true, null, "x\u00e9"], "m": {}}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
        #expect(value["z"] == .number("1.50"))
        #expect(value["a"] == .array([.bool(true), .null, .string("xé")]))
    }

    @Test func reportsLineAndColumnOfASyntaxError() {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("{\n  \"a\": 1,\n  \"b\": }") }
        do {
            _ = try JSONParser.parse("{\n  \"a\": 1,\n  \"b\": }")
        } catch {
            #expect(error.line == 3)
            #expect(error.column >= 8)
        }
    }

    @Test func rejectsTrailingContentAndNonStrictSyntax() {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("{} {}") }
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("{\"a\": 1,}") }
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("{\"a\": 1 /* c */}") }
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("") }
    }

    @Test func prettyPrintsInTheDetectedStyle() throws {
        let text = "{\n\t\"a\": [\n\t\t1,\n\t\t2\n\t],\n\t\"b\": {}\n}"
        let style = JSONStyle.detect(in: text)
        #expect(style == JSONStyle(indent: "\t", trailingNewline: false))
        #expect(JSONPrinter.pretty(try JSONParser.parse(text), style: style) == text)
    }

    @Test func escapesControlCharacters() throws {
        let value: JSONValue = .string("a\"b\\c\n\u{01}")
        let printed = JSONPrinter.compact(value)
        #expect(printed == #""a\"b\\c\n\u0001""#)
        #expect(try JSONParser.parse(printed) == value)
    }

    @Test func everyASCIICharacterAndSomeUnicodeSurvivePrintingAndParsing() throws {
        let short: [UInt8: String] = [0x08: #"\b"#, 0x09: #"\t"#, 0x0A: #"\n"#, 0x0C: #"\f"#, 0x0D: #"\r"#, 0x22: #"\""#, 0x5C: #"\\"#]
        for byte in UInt8(1)..<0x80 {
            let text = "k" + String(UnicodeScalar(byte)) + "é漢✓"
            let printed = JSONPrinter.compact(["key \(byte)": .string(text)])
            let expected = short[byte] ?? (byte < 0x20 ? String(format: "\\u%04x", byte) : String(UnicodeScalar(byte)))
            #expect(printed == "{\"key \(byte)\":\"k\(expected)é漢✓\"}", "byte \(byte)")
            #expect(try JSONParser.parse(JSONPrinter.pretty(["a": [.string(text)]]))["a"] == [.string(text)], "byte \(byte)")
        }
    }
}
