import Foundation
import ModelCore
import ModelStore

extension SnapshotImage {
    /// An image read back: the snapshot's tasks, history and indexes.
    struct Contents {
        var tasks: [Task]
        var history: [String: [ProgressEntry]]
        var tasksByLeader: [String: [Int]]
        var assignmentsByUnit: [String: [Snapshot.Assignment]]
    }

    /// Reads an image's header (`write` documents the layout) and leaves `input` at its first task.
    static func header(from input: ImageInput) throws -> Header {
        try input.expect(magic, "snapshot image header")
        let version = try input.count()
        guard version == format else { throw Failure(reason: "format \(version), not \(format)") }
        return Header(
            storeID: try input.string(), directory: try input.fixed64(),
            cursor: ChangeCursor(sequence: try input.count(), historyID: try input.count()),
            lastEntry: try input.fixed64(), taskCount: try input.count())
    }

    /// Reads the rest of the image whose header was `header`, which `file` stands after: the tasks
    /// on this thread, and meanwhile, on a second one, the checksum, the history and the indexes.
    static func contents(after header: Header, from file: OpenFile) throws -> Contents {
        let historyOffset = try file.historyOffset()
        guard header.taskCount <= file.input.size else { throw Failure(reason: "\(header.taskCount) tasks in a small file") }
        let rest = RestOfImage(file: file, from: historyOffset, taskCount: header.taskCount)
        let reader = Reader(file.input)
        var tasks: [Task] = []
        tasks.reserveCapacity(header.taskCount)
        for _ in 0..<header.taskCount { tasks.append(try reader.task()) }
        guard file.input.offset == historyOffset else {
            throw Failure(reason: "the tasks end at byte \(file.input.offset), the history begins at \(historyOffset)")
        }
        let (history, byLeader, byUnit) = try rest.result()
        return Contents(tasks: tasks, history: history, tasksByLeader: byLeader, assignmentsByUnit: byUnit)
    }

    /// The part of an image after the tasks, checked and read on a thread of its own.
    private final class RestOfImage: @unchecked Sendable {
        typealias Parts = (
            history: [String: [ProgressEntry]], byLeader: [String: [Int]],
            byUnit: [String: [Snapshot.Assignment]]
        )
        private let done = DispatchSemaphore(value: 0)
        /// Written by the thread before `done` is signalled; read after waiting on it.
        private var parts: Result<Parts, any Error> = .failure(Failure(reason: "not read"))

        init(file: OpenFile, from offset: Int, taskCount: Int) {
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                parts = Result { try Self.read(file, from: offset, taskCount: taskCount) }
                done.signal()
            }
        }

        /// Waits for the thread: what it read, or why it could not.
        func result() throws -> Parts {
            done.wait()
            return try parts.get()
        }

        private static func read(_ file: OpenFile, from offset: Int, taskCount: Int) throws -> Parts {
            try file.verify()
            let input = file.input(from: offset)
            let reader = Reader(input)
            let history = try reader.history()
            let (byLeader, byUnit) = try reader.indexes(taskCount: taskCount)
            try input.expect(endMarker, "end marker")
            _ = (try input.fixed64(), try input.fixed64())  // the footer and the checksum, checked above
            guard try input.isAtEnd else { throw Failure(reason: "bytes after the checksum") }
            return (history, byLeader, byUnit)
        }
    }

    /// The decoding side of the layout, with the names and lists read so far.
    private final class Reader {
        private let input: ImageInput
        private var names: [String] = []
        private var lists: [[String]] = []

        init(_ input: ImageInput) {
            self.input = input
        }

        func task() throws -> Task {
            let id = try input.string()
            let document = try name()
            let number = try input.integer()
            let caseNumber = try input.optionalString()
            let category = try input.optionalString()
            let chapter = try name()
            let section = try optionalName()
            let text = try input.string()
            let (proposers, leaders, leadUnits) = (try list(), try list(), try list())
            let (responsibleUnits, cooperatingUnits) = (try list(), try list())
            let status = try self.status(try input.byte())
            let deadline = try day()
            let progress = try input.integer()
            let updatedAt = try date()
            return Task(
                id: id, document: document, number: number, caseNumber: caseNumber, category: category,
                chapter: chapter, section: section, text: text, proposers: proposers, leaders: leaders,
                leadUnits: leadUnits, responsibleUnits: responsibleUnits, cooperatingUnits: cooperatingUnits,
                status: status, deadline: deadline, progress: progress, updatedAt: updatedAt,
                version: try input.integer())
        }

        func history() throws -> [String: [ProgressEntry]] {
            let count = try input.countOfItems()
            var history: [String: [ProgressEntry]] = [:]
            history.reserveCapacity(count)
            for _ in 0..<count {
                let taskID = try input.string()
                let entryCount = try input.countOfItems()
                var entries: [ProgressEntry] = []
                entries.reserveCapacity(entryCount)
                for _ in 0..<entryCount { entries.append(try entry(of: taskID)) }
                history[taskID] = entries
            }
            return history
        }

        func indexes(taskCount: Int) throws -> (tasksByLeader: [String: [Int]], assignmentsByUnit: [String: [Snapshot.Assignment]]) {
            let byLeader = try byName(taskCount: taskCount) { $0 }
            let byUnit = try byName(taskCount: taskCount) { task in
                guard let role = Snapshot.Role(rawValue: try input.byte()) else { throw input.damage("an unknown role") }
                return Snapshot.Assignment(task: task, role: role)
            }
            return (byLeader, byUnit)
        }

        /// What `Writer.byName` wrote: each name with its entries, made by `entry` from the task index.
        private func byName<Entry>(taskCount: Int, entry: (Int) throws -> Entry) throws -> [String: [Entry]] {
            var index: [String: [Entry]] = [:]
            for _ in 0..<(try input.count()) {
                let name = try self.name()
                var entries: [Entry] = []
                var previous = -1
                for _ in 0..<(try input.count()) {
                    previous = try taskIndex(after: previous, taskCount: taskCount)
                    entries.append(try entry(previous))
                }
                index[name] = entries
            }
            return index
        }

        private func entry(of taskID: String) throws -> ProgressEntry {
            let actor = try name()
            let at = Date(timeIntervalSinceReferenceDate: Double(bitPattern: try input.fixed64()))
            let kinds = ProgressEntry.Kind.allCases
            let kind = Int(try input.byte())
            guard kind < kinds.count else { throw input.damage("an unknown kind of entry") }
            return ProgressEntry(
                taskID: taskID, actor: actor, at: at, kind: kinds[kinds.index(kinds.startIndex, offsetBy: kind)],
                oldStatus: try optionalStatus(), newStatus: try optionalStatus(),
                oldProgress: try optionalInteger(), newProgress: try optionalInteger(),
                note: try input.optionalString(), leader: try input.optionalString())
        }

        private func taskIndex(after previous: Int, taskCount: Int) throws -> Int {
            let gap = try input.count()
            guard gap < taskCount - previous - 1 else { throw input.damage("a task index out of range") }
            return previous + 1 + gap
        }

        private func name() throws -> String {
            let number = try input.count()
            if number == 0 {
                let name = try input.string()
                names.append(name)
                return name
            }
            guard number <= names.count else { throw input.damage("name \(number) of \(names.count)") }
            return names[number - 1]
        }

        private func optionalName() throws -> String? {
            try input.byte() == 0 ? nil : try name()
        }

        private func list() throws -> [String] {
            let number = try input.count()
            if number == 0 {
                let count = try input.countOfItems()
                var list: [String] = []
                list.reserveCapacity(count)
                for _ in 0..<count { list.append(try name()) }
                if lists.count < rememberedLists { lists.append(list) }
                return list
            }
            guard number <= lists.count else { throw input.damage("list \(number) of \(lists.count)") }
            return lists[number - 1]
        }

        private func status(_ ordinal: UInt8) throws -> Status {
            guard Int(ordinal) < Status.allCases.count else { throw input.damage("an unknown status") }
            return Status.allCases[Int(ordinal)]
        }

        private func optionalStatus() throws -> Status? {
            let marker = try input.byte()
            return marker == 0 ? nil : try status(marker - 1)
        }

        private func optionalInteger() throws -> Int? {
            try input.byte() == 0 ? nil : try input.integer()
        }

        private func day() throws -> Day? {
            let packed = try input.count()
            guard packed > 0 else { return nil }
            guard let day = Day(year: (packed - 1) / 512, month: (packed - 1) / 32 % 16, day: (packed - 1) % 32) else {
                throw input.damage("an impossible deadline")
            }
            return day
        }

        private func date() throws -> Date? {
            try input.byte() == 0 ? nil : Date(timeIntervalSinceReferenceDate: Double(bitPattern: try input.fixed64()))
        }
    }
}
