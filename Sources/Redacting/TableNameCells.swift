/// The name columns of a table pasted into a prompt or a document (Markdown pipes, CSV or TSV): under
/// a header cell such as `first_name`, `Last Name` or `patient`, every cell is a name, whatever it
/// is (`John | Smith` is a record here, not an example).
enum TableNameCells {
    /// Header cells (lowercased, `_`, `-` and spaces removed) whose column holds names.
    /// Not `name` alone (a drug's, a column's), nor `first`/`last` (prose lists them).
    static let nameHeaders: Set<String> = [
        "firstname", "lastname", "middlename", "givenname", "familyname", "surname", "fullname", "patientname",
        "patient", "membername", "subscribername", "guarantor", "guarantorname", "nextofkin", "emergencycontact",
        "contactname", "mothersname", "fathersname", "maidenname", "preferredname", "ptname", "clientname",
        "residentname", "studentname", "ownername",
    ]

    /// Cell values that are no one.
    private static let emptyValues: Set<String> = ["null", "none", "nil", "n/a", "na", "-", "—", "unknown", "tbd", "redacted"]

    /// The byte ranges of the name cells: a header line with two or more cells, one of them a name
    /// header, then every following line split the same way into as many cells.
    static func ranges(in bytes: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var lines: [Range<Int>] = []
        var start = 0
        for (offset, byte) in bytes.enumerated() where byte == 10 {
            lines.append(start..<offset)
            start = offset + 1
        }
        lines.append(start..<bytes.count)
        var index = 0
        while index < lines.count {
            guard let (delimiter, header) = headerCells(bytes, lines[index]) else { index += 1; continue }
            let columns = Set(header.indices.filter { nameHeaders.contains(normalized(bytes[header[$0]])) })
            index += 1
            while index < lines.count {
                let cells = Self.cells(bytes, lines[index], delimiter: delimiter)
                if delimiter == UInt8(ascii: "|"), !cells.isEmpty, bytes[lines[index]].contains(45),
                   cells.allSatisfy({ bytes[$0].allSatisfy { [45, 58, 32, 9].contains($0) } }) {
                    index += 1  // the `|---|:---|` rule under a Markdown header
                    continue
                }
                // A blank line or a row of another shape ends the table.
                guard cells.count == header.count, !bytes[lines[index]].allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) else { break }
                for column in columns.sorted() where isName(bytes[cells[column]]) { found.append(cells[column]) }
                index += 1
            }
        }
        return found
    }

    /// The delimiter and cells of a header line, when it names a name column.
    private static func headerCells(_ bytes: [UInt8], _ line: Range<Int>) -> (UInt8, [Range<Int>])? {
        for delimiter in [UInt8(ascii: "|"), UInt8(ascii: "\t"), UInt8(ascii: ",")] where bytes[line].contains(delimiter) {
            let cells = Self.cells(bytes, line, delimiter: delimiter)
            // Every cell a label: a few words of letters (`Last Name`, `dob`, `mrn_2`), no number alone, no
            // sentence (`Patient, 45, presented with fever` is prose).
            guard cells.count >= 2, cells.count <= 40, cells.allSatisfy({ isLabel(bytes[$0]) }),
                  cells.contains(where: { nameHeaders.contains(normalized(bytes[$0])) })
            else { continue }
            return (delimiter, cells)
        }
        return nil
    }

    /// The cells of a line, trimmed of spaces and quotes; a Markdown row's outer pipes open no cell.
    private static func cells(_ bytes: [UInt8], _ line: Range<Int>, delimiter: UInt8) -> [Range<Int>] {
        var body = line
        while body.lowerBound < body.upperBound, [32, 9, 13].contains(bytes[body.upperBound - 1]) { body = body.lowerBound..<(body.upperBound - 1) }
        while body.lowerBound < body.upperBound, [32, 9].contains(bytes[body.lowerBound]) { body = (body.lowerBound + 1)..<body.upperBound }
        if delimiter == UInt8(ascii: "|") {
            guard body.count >= 2, bytes[body.lowerBound] == delimiter else { return [] }
            body = (body.lowerBound + 1)..<(bytes[body.upperBound - 1] == delimiter ? body.upperBound - 1 : body.upperBound)
        }
        var cells: [Range<Int>] = []
        var cellStart = body.lowerBound
        for offset in body where bytes[offset] == delimiter {
            cells.append(trimmed(bytes, cellStart..<offset))
            cellStart = offset + 1
        }
        cells.append(trimmed(bytes, cellStart..<body.upperBound))
        return cells
    }

    private static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var cell = range
        while cell.lowerBound < cell.upperBound, [32, 9, 34, 39].contains(bytes[cell.lowerBound]) { cell = (cell.lowerBound + 1)..<cell.upperBound }
        while cell.lowerBound < cell.upperBound, [32, 9, 34, 39, 13].contains(bytes[cell.upperBound - 1]) { cell = cell.lowerBound..<(cell.upperBound - 1) }
        return cell
    }

    /// A header cell: 1–30 bytes of letters, digits, spaces, `_`, `-`, `'`, `#`, `/`, `.`, at most four
    /// words, starting with a letter.
    private static func isLabel(_ cell: ArraySlice<UInt8>) -> Bool {
        guard let first = cell.first, cell.count <= 30, (first | 0x20) >= 97 && (first | 0x20) <= 122 || first >= 0x80,
              cell.filter({ $0 == 32 }).count <= 3, cell.last != UInt8(ascii: ".")
        else { return false }
        return cell.allSatisfy { $0 >= 0x80 || (($0 | 0x20) >= 97 && ($0 | 0x20) <= 122) || (48...57).contains($0)
            || [32, 95, 45, 39, 35, 47, 46].contains($0) }
    }

    private static func normalized(_ cell: ArraySlice<UInt8>) -> String {
        String(decoding: cell.filter { ![32, 95, 45, 39, 46].contains($0) }.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }

    /// Letters (a name's `'`, `-`, `.`, `,` and spaces too), not an empty marker.
    private static func isName(_ cell: ArraySlice<UInt8>) -> Bool {
        guard cell.count >= 2, cell.count <= 60, cell.contains(where: { $0 >= 0x80 || (($0 | 0x20) >= 97 && ($0 | 0x20) <= 122) }),
              cell.allSatisfy({ $0 >= 0x80 || (($0 | 0x20) >= 97 && ($0 | 0x20) <= 122) || [32, 39, 45, 46, 44].contains($0) })
        else { return false }
        return !emptyValues.contains(String(decoding: cell, as: UTF8.self).lowercased())
    }
}
