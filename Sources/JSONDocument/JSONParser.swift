import CJSONC

/// Why a JSON text could not be read.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    /// 1-based line of the error.
    public let line: Int
    /// 1-based column of the error, in UTF-8 bytes.
    public let column: Int
    /// What json-c reported.
    public let reason: String
}

/// Parses JSON text with json-c (strict RFC 8259 mode) into an ordered `JSONValue`.
public enum JSONParser {
    /// Parses a complete JSON document; trailing content other than whitespace is an error.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        let bytes = Array(text.utf8)
        guard let tokener = json_tokener_new_ex(Int32(JSON_TOKENER_DEFAULT_DEPTH)) else {
            throw JSONSyntaxError(line: 1, column: 1, reason: "json-c could not allocate a parser")
        }
        defer { json_tokener_free(tokener) }
        json_tokener_set_flags(tokener, JSON_TOKENER_STRICT)
        let root: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    json_tokener_parse_ex(tokener, $0, Int32(buffer.count))
                }
            } ?? nil
        }
        defer { if let root { json_object_put(root) } }
        let status = json_tokener_get_error(tokener)
        let offset = Int(json_tokener_get_parse_end(tokener))
        if status != json_tokener_success {
            let reason = status == json_tokener_continue
                ? "unexpected end of input"
                : String(cString: json_tokener_error_desc(status))
            throw error(at: min(offset, bytes.count), in: bytes, reason: reason)
        }
        if let extra = bytes[offset...].firstIndex(where: { !isWhitespace($0) }) {
            throw error(at: extra, in: bytes, reason: "unexpected content after the JSON value")
        }
        return convert(root)
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func error(at offset: Int, in bytes: [UInt8], reason: String) -> JSONSyntaxError {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return JSONSyntaxError(line: line, column: offset - lineStart + 1, reason: reason)
    }

    private static func convert(_ object: OpaquePointer?) -> JSONValue {
        guard let object else { return .null }
        switch json_object_get_type(object) {
        case json_type_boolean:
            return .bool(json_object_get_boolean(object) != 0)
        case json_type_int, json_type_double:
            // json-c keeps a parsed number's original text as its serialization.
            return .number(String(cString: json_object_to_json_string_ext(object, JSON_C_TO_STRING_PLAIN)))
        case json_type_string:
            return .string(string(of: object))
        case json_type_array:
            let count = json_object_array_length(object)
            return .array((0..<count).map { convert(json_object_array_get_idx(object, $0)) })
        case json_type_object:
            return .object(members(of: object))
        default:
            return .null
        }
    }

    private static func string(of object: OpaquePointer) -> String {
        let length = Int(json_object_get_string_len(object))
        guard let pointer = json_object_get_string(object) else { return "" }
        return pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }

    private static func members(of object: OpaquePointer) -> JSONObject {
        var result = JSONObject()
        var iterator = json_object_iter_begin(object)
        var end = json_object_iter_end(object)
        while json_object_iter_equal(&iterator, &end) == 0 {
            let key = String(cString: json_object_iter_peek_name(&iterator))
            result[key] = convert(json_object_iter_peek_value(&iterator))
            json_object_iter_next(&iterator)
        }
        return result
    }
}
