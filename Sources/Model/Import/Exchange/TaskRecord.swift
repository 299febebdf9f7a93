import Foundation
import ModelCore

/// One task's fields as read from a JSON object or a CSV row, each with the line it was read from.
struct TaskRecord {
    /// A value and the line it was read from.
    struct Entry {
        var value: FieldValue
        var line: Int
        /// For a CSV cell, its column's index in `columnNames`; nil in JSON, where a key stands
        /// on its own line.
        var column: Int? = nil
    }

    /// The line where the record starts.
    var line: Int
    /// The fields the file gave; a field missing here was absent from the file.
    var entries: [TaskField: Entry] = [:]
    /// A CSV file's header, which messages name a cell's column by: `column 14 (状态)`.
    var columnNames: [String] = []

    /// The validated task, at version 0.
    func task(file: String) throws(LocatedError) -> Task {
        let missing = TaskField.allCases.filter { $0.isRequired && entries[$0] == nil }
        guard missing.isEmpty else {
            throw LocatedError(
                file: file, line: line,
                message: "missing " + missing.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
        }
        let id = try text(.id, file: file)
        guard !id.isEmpty, id.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) else {
            throw error(.id, file: file, "id \"\(id)\" must be non-empty ASCII without spaces")
        }
        let code = try text(.status, file: file)
        guard let status = Status(code: code) else {
            let known = Status.allCases.map(\.rawValue).joined(separator: ", ") + "; " + Status.allCases.map(\.label).joined(separator: ", ")
            throw error(.status, file: file, "unknown status \"\(code)\" (known: \(known))")
        }
        let deadline = try optionalText(.deadline, file: file)
        let day = try deadline.flatMap { text throws(LocatedError) in
            try self.deadline(text, document: try self.text(.document, file: file), file: file)
        }
        let updated = try optionalText(.updatedAt, file: file)
        let updatedAt = updated.flatMap(ISOTimestamp.date)
        // Only the canonical form: the parser alone would take offsets, fractions and hour 25.
        if let updated, updatedAt.map(ISOTimestamp.text) != updated {
            throw error(.updatedAt, file: file, "updated_at \"\(updated)\" is not a UTC time like 2020-06-28T10:12:00Z")
        }
        let progress = try integer(.progress, file: file) ?? 0
        guard (0...100).contains(progress) else {
            throw error(.progress, file: file, "progress \(progress) is outside 0–100")
        }
        guard let number = try integer(.number, file: file) else {
            throw error(.number, file: file, TaskRecord.mismatch(.number))
        }
        return Task(
            id: id, document: try text(.document, file: file), number: number,
            caseNumber: try optionalText(.caseNumber, file: file),
            category: try optionalText(.category, file: file),
            chapter: try text(.chapter, file: file), section: try optionalText(.section, file: file),
            text: try text(.text, file: file), proposers: try list(.proposers, file: file),
            leaders: try list(.leaders, file: file), leadUnits: try list(.leadUnits, file: file),
            responsibleUnits: try list(.responsibleUnits, file: file),
            cooperatingUnits: try list(.cooperatingUnits, file: file), status: status,
            deadline: day, progress: progress, updatedAt: updatedAt, version: 0)
    }

    /// A deadline as the export writes it (`2020-09-30`) or as a clerk types it (`2020年9月底`,
    /// `9月15日前` in the year the document's name states, `2020/9/30`, `年底`); nil for
    /// 长期坚持 and the like.
    private func deadline(_ text: String, document: String, file: String) throws(LocatedError) -> Day? {
        if let day = Day(text) { return day }
        if DeadlineReader.statesNoDate(text) { return nil }
        let year =
            DocumentNaming.documentNumber(in: document)?.year ?? DocumentNaming.year(in: document)
            ?? Calendar.current.component(.year, from: Date())
        guard let day = DeadlineReader.deadline(inField: text, year: year) else {
            throw error(.deadline, file: file, "deadline \"\(text)\" is not a date (2020-09-30, 2020年9月底, 9月15日前, 2020/9/30, 年底)")
        }
        return day
    }

    /// The validated tasks of several records, refusing a repeated id, and ids whose prefix (the
    /// document's code) names two documents, which the store would refuse without a line.
    static func tasks(_ records: [TaskRecord], file: String) throws(LocatedError) -> [Task] {
        var check = TaskRecordCheck(file: file)
        var tasks: [Task] = []
        for record in records {
            tasks.append(try check.task(record))
        }
        return tasks
    }

    private func text(_ field: TaskField, file: String) throws(LocatedError) -> String {
        guard case .string(let string) = entries[field]?.value else {
            throw error(field, file: file, TaskRecord.mismatch(field))
        }
        return string
    }

    /// A string, or nil when absent, null or empty.
    private func optionalText(_ field: TaskField, file: String) throws(LocatedError) -> String? {
        switch entries[field]?.value {
        case nil, .null: return nil
        case .string(let string): return string.isEmpty ? nil : string
        default: throw error(field, file: file, TaskRecord.mismatch(field))
        }
    }

    /// An integer, or nil when absent or null.
    private func integer(_ field: TaskField, file: String) throws(LocatedError) -> Int? {
        switch entries[field]?.value {
        case nil, .null: return nil
        case .number(let lexeme):
            guard let number = Int(lexeme) else {
                throw error(field, file: file, "\"\(field.rawValue)\" must be an integer, not \(lexeme)")
            }
            return number
        default: throw error(field, file: file, TaskRecord.mismatch(field))
        }
    }

    /// A list, empty when absent or null.
    private func list(_ field: TaskField, file: String) throws(LocatedError) -> [String] {
        switch entries[field]?.value {
        case nil, .null: return []
        case .list(let items): return items
        default: throw error(field, file: file, TaskRecord.mismatch(field))
        }
    }

    /// The message for a value of the wrong kind.
    static func mismatch(_ field: TaskField) -> String {
        "\"\(field.rawValue)\" must be \(field.kind.expectation)"
    }

    /// The problem of a field, at its line and, in a CSV, its column.
    func error(_ field: TaskField, file: String, _ message: String) -> LocatedError {
        let column = entries[field]?.column.map { "column \($0 + 1) (\(columnNames[$0])): " } ?? ""
        return LocatedError(file: file, line: entries[field]?.line ?? line, message: column + message)
    }
}
