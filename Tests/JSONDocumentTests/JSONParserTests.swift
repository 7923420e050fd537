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
}
