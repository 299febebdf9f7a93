import Foundation
import GRDB
import Testing

@testable import ModelCore
@testable import ModelStore

@Suite struct StoreSchemaTests {
    @Test func migrationCreatesTablesAndIndexes() throws {
        try withTemporaryStore { store, path in
            try store.close()
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            try queue.read { db in
                let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
                for name in [
                    "document", "task", "progress_entry", "setting", "report_round", "progress_entry_task_id",
                    "progress_entry_at", "change_counter", "task_change_seq", "task_changed", "task_added",
                    "task_removed", "document_added", "document_changed", "document_removed",
                    "report_round_added", "report_round_changed", "report_round_removed", "unit_directory",
                    "unit_directory_added", "unit_directory_changed", "unit_directory_removed"
                ] {
                    #expect(names.contains(name))
                }
                let taskColumns = try db.columns(in: "task").map(\.name)
                #expect(
                    taskColumns == [
                        "id", "document", "number", "case_number", "category", "chapter", "section",
                        "text", "proposers", "leaders", "lead_units", "responsible_units",
                        "cooperating_units", "status", "deadline", "progress", "updated_at",
                        "version", "position", "change_seq"
                    ])
                #expect(
                    try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                        == ["v1", "v2-report-rounds", "v3-change-seq", "v4-round-changes", "v5-unit-directory", "v6-instruction-leader"])
                #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            }
        }
    }

    @Test func storedValuesAreReadableText() throws {
        try withTemporaryStore { store, path in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1)]))
            _ = try store.update(
                id: "P2-1", status: .inProgress, progress: 10, note: nil, actor: "王芳",
                at: Date(timeIntervalSince1970: 1_593_339_120.5), ifVersion: nil)
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            try queue.read { db in
                let task = try #require(try Row.fetchOne(db, sql: "SELECT * FROM task"))
                #expect(task["responsible_units"] == #"["各乡镇","金积镇"]"#)
                #expect(task["cooperating_units"] == "[]")
                #expect(task["status"] == "in_progress")
                #expect(task["deadline"] == "2020-06-30")
                #expect(task["updated_at"] == "2020-06-28T10:12:00Z")
                #expect(task["position"] == 0)
                #expect(try String.fetchOne(db, sql: "SELECT at FROM progress_entry") == "2020-06-28T10:12:00Z")
                #expect(try String.fetchOne(db, sql: "SELECT default_deadline FROM document") == "2020-12-31")
            }
        }
    }

    @Test func reopeningKeepsDataAndSchema() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("duban.sqlite").path
            let first = try SQLiteStore(path: path)
            #expect(try first.isEmpty)
            _ = try first.apply(StoreSample.gazette([StoreSample.task(1), StoreSample.task(2)]))
            try first.setSetting("theme", "mono")
            let tasks = try first.tasks()
            try first.close()

            let second = try SQLiteStore(path: path)
            defer { try? second.close() }
            #expect(try !second.isEmpty)
            #expect(try second.tasks() == tasks)
            #expect(try second.documents() == [StoreSample.plan])
            #expect(try second.setting("theme") == "mono")
        }
    }

    @Test func createsParentDirectories() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("a/b/duban.sqlite").path
            let store = try SQLiteStore(path: path)
            try store.close()
            #expect(FileManager.default.fileExists(atPath: path))
        }
    }

    @Test func openingADirectoryFailsNamingThePath() throws {
        try withTemporaryDirectory { directory in
            let failure = #expect(throws: StoreError.self) { try SQLiteStore(path: directory.path) }
            #expect(failure?.description == "cannot open the store at \(directory.path): it is a directory")
        }
    }

    @Test func openingAFileThatIsNotADatabaseFailsNamingThePath() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("notes.txt").path
            try Data(String(repeating: "这不是数据库 not a database\n", count: 200).utf8).write(to: URL(fileURLWithPath: path))
            let failure = #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
            #expect(failure?.description.hasPrefix("cannot open the store at \(path): ") == true)
            #expect(failure?.description.contains("not a database") == true)
        }
    }

    @Test func openingUnderAFileFailsNamingThePath() throws {
        try withTemporaryDirectory { directory in
            let file = directory.appendingPathComponent("plain")
            try Data("x".utf8).write(to: file)
            let path = file.appendingPathComponent("duban.sqlite").path
            let failure = #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
            #expect(failure?.description.hasPrefix("cannot open the store at \(path): ") == true)
        }
    }

    @Test func settingsAreStoredAndRemoved() throws {
        try withTemporaryStore { store, _ in
            #expect(try store.setting("theme") == nil)
            try store.setSetting("theme", "mono")
            try store.setSetting("theme", "colour")
            #expect(try store.setting("theme") == "colour")
            try store.setSetting("theme", nil)
            #expect(try store.setting("theme") == nil)
        }
    }

    /// Readers who cannot create the `-wal` and `-shm` files need them to outlive the last writer;
    /// closing checkpoints the WAL, so the database file alone holds every write.
    @Test func closeKeepsWalAndShmAndCheckpoints() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("duban.sqlite").path
            let store = try SQLiteStore(path: path)
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1)]))
            _ = try store.tasks()
            try store.close()
            #expect(FileManager.default.fileExists(atPath: path + "-wal"))
            #expect(FileManager.default.fileExists(atPath: path + "-shm"))
            let copy = directory.appendingPathComponent("copy.sqlite").path
            try FileManager.default.copyItem(atPath: path, toPath: copy)
            let alone = try SQLiteStore(path: copy)
            defer { try? alone.close() }
            #expect(try alone.tasks() == [StoreSample.task(1)])
        }
    }

    @Test func timestampsAreUTCWithWholeSeconds() {
        let date = Date(timeIntervalSince1970: 1_593_339_120.75)
        #expect(ISOTimestamp.text(date) == "2020-06-28T10:12:00Z")
        #expect(ISOTimestamp.date("2020-06-28T10:12:00Z") == ISOTimestamp.truncated(date))
        #expect(ISOTimestamp.date("2020-06-28") == nil)
    }
}
