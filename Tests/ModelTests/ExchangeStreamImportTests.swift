import Foundation
import Testing

@testable import ModelCore
@testable import ModelDemo
@testable import ModelImport
@testable import ModelStore

/// CSV in the export's shape imported as a stream: a file of many chunks, a bad row at its very
/// end, and the store left as it was.
@Suite struct ExchangeStreamImportTests {
    /// Generated tasks (seed 1): several chunks of CSV at 1 MiB each.
    private static let tasks: [Task] = {
        var generator = TaskGenerator(seed: 1)
        return (0..<12_000).map { _ in generator.next().task }
    }()

    private func withCSV<T>(_ tail: String, tasks: [Task] = tasks, _ body: (String, Int) throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("duban-stream-\(UUID().uuidString).csv").path
        let data = TaskCSV.encode(tasks) + Data(tail.utf8)
        #expect(data.count > FileChunks.standardChunkSize)
        try data.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        // The physical line the tail starts on: text may hold line breaks inside quotes.
        let tailLine = data.prefix(data.count - tail.utf8.count).count(where: { $0 == 0x0A }) + 1
        return try body(path, tailLine)
    }

    private func stream(_ path: String) throws -> ExchangeImport {
        guard case .stream(let stream) = try Importer.open(path: path) else {
            Issue.record("\(path) was not read as a stream")
            throw LocatedError(file: path, line: 0, message: "not a stream")
        }
        return stream
    }

    @Test func readsEveryTaskAsTheWholeFileReaderDoes() throws {
        try withCSV("") { (path: String, _: Int) throws in
            var streamed = try stream(path)
            var tasks: [Task] = []
            while let task = try streamed.next() { tasks.append(task) }
            let whole = try Importer.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: path, format: .csv)
            #expect(tasks == whole.batch.tasks)
            #expect(tasks.count == Self.tasks.count)
            #expect(streamed.documents == whole.batch.documents)
            #expect(streamed.warnings == whole.warnings)
            #expect(streamed.tally.taskCount == Self.tasks.count)
            #expect(streamed.tally.leaders == Set(whole.batch.tasks.flatMap(\.leaders)))
            #expect(streamed.fractionRead == 1)
        }
    }

    @Test func aBadLastRowNamesItsLineAndColumn() throws {
        let bad = "Z9-1,doc,1,,,c,,t,,甲,区财政局,,,finished,,0,\r\n"
        try withCSV(bad) { (path: String, line: Int) throws in
            var streamed = try stream(path)
            #expect(
                throws: LocatedError(
                    file: path, line: line,
                    message: "column 14 (status): unknown status \"finished\" (known: not_started, in_progress, done, behind, blocked; "
                        + "未启动, 推进中, 已完成, 滞后, 受阻)")
            ) { try streamed.readToEnd() }
        }
    }

    @Test func anIDGivenTwiceIsRefusedAtItsSecondLine() throws {
        let first = Self.tasks[0]
        try withCSV(TaskCSV.row(first, language: .en)) { (path: String, line: Int) throws in
            var streamed = try stream(path)
            #expect(
                throws: LocatedError(
                    file: path, line: line, message: "column 1 (id): duplicate id \"\(first.id)\" (first on line 2)")
            ) { try streamed.readToEnd() }
        }
    }

    @Test func anUnclosedQuoteOnTheLastLineIsNamed() throws {
        try withCSV("\"Z9-1,doc") { (path: String, line: Int) throws in
            var streamed = try stream(path)
            #expect(throws: LocatedError(file: path, line: line, message: "quoted field is never closed")) {
                try streamed.readToEnd()
            }
        }
    }

    @Test func aFailedStreamLeavesTheStoreAsItWas() throws {
        try withTemporaryStore { (store: SQLiteStore, _: String) throws in
            try withCSV("", tasks: Array(Self.tasks.prefix(3_000))) { (path: String, _: Int) throws in
                var first = try stream(path)
                _ = try store.apply(&first) { _, _ in }
            }
            let before = try store.tasks()
            let documents = try store.documents()
            #expect(before.count == 3_000)
            // Every task changed, and new ones after them, then a bad last row.
            let changed = Self.tasks.map { task in
                var task = task
                task.status = task.status == .done ? .blocked : .done
                task.progress = 100
                return task
            }
            try withCSV("Z9-1,doc,x,,,c,,t,,甲,区财政局,,,done,,0,\r\n", tasks: changed) { (path: String, line: Int) throws in
                var second = try stream(path)
                second.keepingStoredDocuments(documents)
                #expect(
                    throws: LocatedError(file: path, line: line, message: "column 3 (number): \"number\" must be an integer, not x")
                ) { try store.apply(&second) { _, _ in } }
            }
            #expect(try store.tasks() == before)
            #expect(try store.documents() == documents)
        }
    }

    @Test func readAheadGivesTheSameTasksInOrderAndWhatTheStreamCounted() throws {
        try withCSV("") { (path: String, _: Int) throws in
            var direct = try stream(path)
            var expected: [Task] = []
            while let task = try direct.next() { expected.append(task) }
            var ahead = ReadAhead(try stream(path), depth: 7)
            var tasks: [Task] = []
            while let task = try ahead.next() { tasks.append(task) }
            #expect(tasks == expected)
            #expect(ahead.documents == direct.documents)
            #expect(ahead.finished.tally.taskCount == expected.count)
            #expect(ahead.fractionRead == 1)
        }
    }

    @Test func readAheadThrowsABadRowsErrorWhereItStands() throws {
        let bad = "Z9-1,doc,x,,,c,,t,,甲,区财政局,,,done,,0,\r\n"
        try withCSV(bad) { (path: String, line: Int) throws in
            var ahead = ReadAhead(try stream(path), depth: 3)
            var count = 0
            #expect(throws: LocatedError(file: path, line: line, message: "column 3 (number): \"number\" must be an integer, not x")) {
                while try ahead.next() != nil { count += 1 }
            }
            #expect(count == Self.tasks.count, "every good row before the bad one came out")
        }
    }

    @Test func aReadAheadStoppedEarlyLetsItsThreadGo() throws {
        try withCSV("") { (path: String, _: Int) throws in
            var ahead = ReadAhead(try stream(path), depth: 2)
            _ = try ahead.next()
            ahead.stop()
            #expect(ahead.finished.tally.taskCount < Self.tasks.count, "it read no further than the queue allowed")
        }
    }

    @Test func aFailedStoreWriteThroughAReadAheadLeavesTheStoreAsItWas() throws {
        try withTemporaryStore { (store: SQLiteStore, _: String) throws in
            try withCSV("Z9-1,doc,x,,,c,,t,,甲,区财政局,,,done,,0,\r\n") { (path: String, _: Int) throws in
                var ahead = ReadAhead(try stream(path))
                #expect(throws: LocatedError.self) { try store.apply(&ahead) { _, _ in } }
            }
            #expect(try store.tasks().isEmpty)
        }
    }
}
