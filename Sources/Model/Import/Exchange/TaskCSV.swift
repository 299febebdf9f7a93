import Foundation
import ModelCore

/// Tasks as CSV for Excel: one row per task under a header of the JSON key names (or, in Chinese,
/// the names an office gives them), lists joined with 、.
public enum TaskCSV {
    /// Joins the items of a list field in one cell.
    static let listSeparator: Character = "、"

    /// UTF-8 with a BOM so that Excel detects it, CRLF line ends, every column in JSON key order, null as empty,
    /// cells that a spreadsheet would take for a formula prefixed with `'` (see `CSVFormula`).
    /// In Chinese (`.zh`), the headers are Chinese (`编号,文件,序号,…`) and so are the status words
    /// (`推进中`); everything else is the same.
    public static func encode(_ tasks: [Task], language: Language = .en) -> Data {
        var text = header(language)
        for task in tasks {
            text += row(task, language: language)
        }
        return Data(text.utf8)
    }

    /// The BOM and the header row.
    static func header(_ language: Language) -> String {
        "\u{FEFF}" + CSVWriter.row(TaskField.allCases.map { $0.header(language) })
    }

    /// One task's row, with its line end.
    static func row(_ task: Task, language: Language) -> String {
        CSVWriter.row(TaskField.allCases.map { CSVFormula.neutralised(cell($0.value(of: task, in: language))) })
    }

    /// The tasks of a CSV file in UTF-8 (BOM optional) or GB18030, validated, at version 0.
    /// Columns may come in any order and optional ones may be left out; blank rows are skipped.
    /// An empty cell is null, and list items are trimmed of surrounding spaces; one leading `'` is taken off a cell.
    public static func decode(_ data: Data, file: String) throws(LocatedError) -> [Task] {
        let text = try ImportText.decode([UInt8](data), file: file)
        return try decode(try CSVReader.rows(in: text, file: file).filter { $0.fields.contains { !$0.isEmpty } }, file: file)
    }

    /// Whether a header row is the export's, in English, Chinese or a mix of both, rather than a
    /// ledger's own, read by its Chinese names: it names a column by its JSON key, or names both
    /// the id and the document in Chinese (编号, 文件: a ledger has no column for its document),
    /// and none of its columns is a ledger's that the export does not have.
    static func isExportHeader(_ header: CSVRow) -> Bool {
        let fields = header.fields.compactMap(TaskField.init(header:))
        let namesTheExport =
            header.fields.contains { TaskField(rawValue: $0.trimmingCharacters(in: .whitespaces)) != nil }
            || (fields.contains(.id) && fields.contains(.document))
        return namesTheExport && !header.fields.contains { TaskField(header: $0) == nil && ColumnRole.named(by: $0) != nil }
    }

    /// The tasks of CSV rows already read, the first of them the header.
    static func decode(_ rows: [CSVRow], file: String) throws(LocatedError) -> [Task] {
        try TaskRecord.tasks(try records(rows, file: file), file: file)
    }

    /// The records of CSV rows already read, the first of them the header, each field with its line.
    static func records(_ rows: [CSVRow], file: String) throws(LocatedError) -> [TaskRecord] {
        guard let header = rows.first else {
            throw LocatedError(file: file, line: 0, message: "no header row")
        }
        let columns = try Columns(header: header, file: file)
        var records: [TaskRecord] = []
        for row in rows.dropFirst() {
            records.append(try columns.record(row))
        }
        return records
    }

    /// A header's columns: the field of each, and their names as the file writes them.
    struct Columns {
        let fields: [TaskField]
        let names: [String]
        let file: String

        init(header: CSVRow, file: String) throws(LocatedError) {
            names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            fields = try TaskCSV.columns(names, line: header.line, file: file)
            self.file = file
        }

        /// The record of a row under this header, each field with its line and column.
        func record(_ row: CSVRow) throws(LocatedError) -> TaskRecord {
            guard row.fields.count == fields.count else {
                throw LocatedError(
                    file: file, line: row.line,
                    message: "\(row.fields.count) fields where the header has \(fields.count)")
            }
            var record = TaskRecord(line: row.line, columnNames: names)
            record.entries.reserveCapacity(fields.count)
            for (index, (field, cell)) in zip(fields, row.fields).enumerated() {
                record.entries[field] = TaskRecord.Entry(
                    value: TaskCSV.value(CSVFormula.restored(cell), of: field), line: row.line, column: index)
            }
            return record
        }
    }

    private static func cell(_ value: FieldValue) -> String {
        switch value {
        case .null: ""
        case .string(let text), .number(let text): text
        case .list(let items): items.joined(separator: String(listSeparator))
        }
    }

    fileprivate static func value(_ cell: String, of field: TaskField) -> FieldValue {
        switch field.kind {
        case .text: .string(cell)
        case .optionalText: FieldValue(cell.isEmpty ? nil : cell)
        case .integer: cell.isEmpty ? .null : .number(cell)
        case .list: .list(CSVListCell.items(cell))
        }
    }

    /// The field of each header column, refusing unknown and repeated ones and requiring the required ones
    /// (named in Chinese when the header names any column in Chinese).
    private static func columns(_ names: [String], line: Int, file: String) throws(LocatedError) -> [TaskField] {
        var columns: [TaskField] = []
        for name in names {
            guard let field = TaskField(header: name) else {
                throw LocatedError(file: file, line: line, message: "unknown column \"\(name)\"")
            }
            guard !columns.contains(field) else {
                throw LocatedError(file: file, line: line, message: "repeated column \"\(name)\"")
            }
            columns.append(field)
        }
        let missing = TaskField.allCases.filter { $0.isRequired && !columns.contains($0) }
        guard missing.isEmpty else {
            let language: Language = zip(names, columns).contains { $0 == $1.chineseHeader } ? .zh : .en
            throw LocatedError(
                file: file, line: line,
                message: "missing columns: " + missing.map { $0.header(language) }.joined(separator: ", "))
        }
        return columns
    }
}
