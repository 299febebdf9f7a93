import Foundation
import GRDB
import GRDBSQLite
import ModelCore

/// Turns rows of the task table into tasks, sharing what repeats: a list column's text met
/// before gives the very list it gave then (same storage, which `Snapshot` relies on to index
/// fast), and documents, chapters, sections and names are kept once. Repeated values are
/// looked up by their bytes as SQLite holds them, without making a `String` first, whose
/// hashing normalises Unicode. At 100 000 tasks this is most of a load's time and memory.
final class TaskRowReader {
    private var lists: [ColumnBytes: [String]] = [:]
    /// Documents, chapters, sections and the names in lists.
    private var strings: [ColumnBytes: String] = [:]
    /// The copies `lists` and `strings` keep their keys' bytes in.
    private var keyStorage: [UnsafeMutableRawBufferPointer] = []

    /// How many distinct lists are remembered for sharing. A plan repeats a few hundred lists; a
    /// store whose lists hardly repeat would otherwise keep a copy of every list's text until the
    /// load ends (some 50 MB at 100 000 tasks), for nothing.
    private static let sharedListLimit = 20_000

    /// The columns `task(from:)` reads, in the order it reads them.
    static let columns = """
        id, document, number, case_number, category, chapter, section, text, proposers, leaders, lead_units, \
        responsible_units, cooperating_units, status, deadline, progress, updated_at, version
        """
    /// Where a query that selects `columns` and then the position has the position.
    static let positionColumn: Int32 = 18

    deinit {
        for storage in keyStorage { storage.deallocate() }
    }

    /// The task on the row `statement` stands on, which selected `columns`. Reads the columns
    /// straight from SQLite: through GRDB's `Row` each value costs more than the rest put together.
    func task(from statement: SQLiteStatement) throws -> Task {
        func bytes(_ index: Int32) -> UnsafeRawBufferPointer? {
            guard sqlite3_column_type(statement, index) != SQLITE_NULL else { return nil }
            let start = sqlite3_column_text(statement, index)
            return UnsafeRawBufferPointer(start: start, count: Int(sqlite3_column_bytes(statement, index)))
        }
        func string(_ index: Int32) -> String? {
            bytes(index).map { String(decoding: $0, as: UTF8.self) }
        }
        func integer(_ index: Int32) -> Int {
            Int(sqlite3_column_int64(statement, index))
        }
        let id = string(0) ?? ""
        func fail(_ column: String, _ value: String?) -> UnreadableValue {
            UnreadableValue(description: "task \(id): \(column) '\(value ?? "NULL")' cannot be read")
        }
        func list(_ index: Int32, _ column: String) throws -> [String] {
            guard let bytes = bytes(index) else { throw fail(column, nil) }
            let key = ColumnBytes(bytes)
            if let list = lists[key] { return list }
            let list = StringListColumn.decode(bytes.assumingMemoryBound(to: UInt8.self)) { sharedString(UnsafeRawBufferPointer($0)) }
            guard let list else { throw fail(column, String(decoding: bytes, as: UTF8.self)) }
            if lists.count < Self.sharedListLimit { lists[keep(key)] = list }
            return list
        }
        func shared(_ index: Int32) -> String? {
            bytes(index).map(sharedString)
        }
        let statusText = string(13)
        guard let status = statusText.flatMap(Status.init(rawValue:)) else { throw fail("status", statusText) }
        let deadline = try bytes(14).map { bytes in
            guard let day = Day(utf8: bytes) else { throw fail("deadline", String(decoding: bytes, as: UTF8.self)) }
            return day
        }
        let updatedAt = try bytes(16).map { bytes in
            guard let date = ISOTimestamp.date(utf8: bytes) else {
                throw fail("updated_at", String(decoding: bytes, as: UTF8.self))
            }
            return date
        }
        guard let document = shared(1) else { throw fail("document", nil) }
        guard let chapter = shared(5) else { throw fail("chapter", nil) }
        guard let text = string(7) else { throw fail("text", nil) }
        return Task(
            id: id, document: document, number: integer(2), caseNumber: string(3), category: string(4),
            chapter: chapter, section: shared(6), text: text, proposers: try list(8, "proposers"),
            leaders: try list(9, "leaders"), leadUnits: try list(10, "lead_units"),
            responsibleUnits: try list(11, "responsible_units"),
            cooperatingUnits: try list(12, "cooperating_units"), status: status, deadline: deadline,
            progress: integer(15), updatedAt: updatedAt, version: integer(17))
    }

    /// The string these bytes spell, made once for all the rows that hold it.
    private func sharedString(_ bytes: UnsafeRawBufferPointer) -> String {
        let key = ColumnBytes(bytes)
        if let string = strings[key] { return string }
        let string = String(decoding: bytes, as: UTF8.self)
        strings[keep(key)] = string
        return string
    }

    /// The key with its bytes copied to storage this reader owns, to be kept in a table.
    private func keep(_ key: ColumnBytes) -> ColumnBytes {
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: key.bytes.count, alignment: 1)
        storage.copyMemory(from: key.bytes)
        keyStorage.append(storage)
        return ColumnBytes(UnsafeRawBufferPointer(storage))
    }
}

/// A column value's bytes, compared and hashed as bytes; valid while the memory it points to is.
private struct ColumnBytes: Hashable {
    let bytes: UnsafeRawBufferPointer

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    static func == (a: ColumnBytes, b: ColumnBytes) -> Bool {
        a.bytes.count == b.bytes.count && (a.bytes.count == 0 || memcmp(a.bytes.baseAddress!, b.bytes.baseAddress!, a.bytes.count) == 0)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(bytes: bytes)
    }
}
