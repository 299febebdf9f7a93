import Foundation
import ModelCore

/// Tasks as a JSON array of objects, keys in a fixed order, one per line: the format for editing and diffing.
public enum TaskJSON {
    /// UTF-8 JSON with 2-space indentation, non-ASCII and `/` unescaped, ending with a newline.
    public static func encode(_ tasks: [Task]) -> Data {
        JSONWriter.document(.array(tasks.map { .object(members(of: $0)) }))
    }

    /// One task as an element of the array, indented, without a separator.
    static func object(_ task: Task) -> String {
        "  " + JSONWriter.text(.object(members(of: task)), depth: 1)
    }

    /// A task's keys and values, in file order: what the export writes of it.
    package static func members(of task: Task) -> [(key: String, value: JSONValue)] {
        TaskField.allCases.map { ($0.rawValue, JSONValue($0.value(of: task))) }
    }

    /// The tasks of a UTF-8 JSON array as `encode` writes it, validated, at version 0.
    /// Optional keys may be missing; unknown keys, repeated ids and invalid values are errors naming their line.
    public static func decode(_ data: Data, file: String) throws(LocatedError) -> [Task] {
        try TaskRecord.tasks(try records(data, file: file), file: file)
    }

    /// The records of a JSON array of tasks, each field with its line.
    static func records(_ data: Data, file: String) throws(LocatedError) -> [TaskRecord] {
        let bytes = [UInt8](data)
        if let offset = ByteText.invalidUTF8Offset(in: bytes) {
            throw LocatedError(file: file, line: ByteText.line(of: offset, in: bytes), message: "not UTF-8 text")
        }
        let root = try JSONParser.parse(bytes, file: file)
        guard case .array(let elements) = root.value else {
            throw LocatedError(file: file, line: root.line, message: "expected an array of tasks")
        }
        var records: [TaskRecord] = []
        for element in elements {
            records.append(try record(element, file: file))
        }
        return records
    }

    private static func record(_ node: JSONNode, file: String) throws(LocatedError) -> TaskRecord {
        guard case .object(let members) = node.value else {
            throw LocatedError(file: file, line: node.line, message: "expected a task object")
        }
        var record = TaskRecord(line: node.line)
        for member in members {
            guard let field = TaskField(rawValue: member.key) else {
                throw LocatedError(file: file, line: member.line, message: "unknown key \"\(member.key)\"")
            }
            guard record.entries[field] == nil else {
                throw LocatedError(file: file, line: member.line, message: "repeated key \"\(member.key)\"")
            }
            record.entries[field] = TaskRecord.Entry(
                value: try value(member.value, of: field, file: file),
                line: member.value.line)
        }
        return record
    }

    /// The field value a JSON value stands for; booleans, objects and lists of non-strings fit no field.
    private static func value(_ node: JSONNode, of field: TaskField, file: String) throws(LocatedError) -> FieldValue {
        switch node.value {
        case .null: return .null
        case .string(let text): return .string(text)
        case .number(let lexeme): return .number(lexeme)
        case .array(let elements):
            var items: [String] = []
            for element in elements {
                guard case .string(let item) = element.value else {
                    throw LocatedError(file: file, line: element.line, message: TaskRecord.mismatch(field))
                }
                items.append(item)
            }
            return .list(items)
        case .bool, .object:
            throw LocatedError(file: file, line: node.line, message: TaskRecord.mismatch(field))
        }
    }
}
