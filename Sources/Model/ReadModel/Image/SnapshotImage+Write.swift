import Foundation
import ModelCore
import ModelStore

extension SnapshotImage {
    /// Writes the image of `snapshot`, read at `cursor` from the store `storeID` names, to
    /// `descriptor`. The layout, in order (see `ImageOutput` for how values are written):
    ///
    /// - the magic line, the format, the store id, the Directory's fingerprint, the cursor
    ///   (sequence, history id), the witness of the cursor's history entry and the number of tasks;
    /// - every task in snapshot order;
    /// - the history, task by task, each task's entries newest first;
    /// - the leaders with their tasks, the units with their assignments (task indexes as gaps);
    /// - the end marker, where the history begins (eight bytes), then the checksum of every byte
    ///   before it (`ImageChecksum`).
    ///
    /// Names are written once and then by number, lists (up to `rememberedLists`) likewise; the
    /// history and indexes number their names afresh, so that they can be read apart from the tasks.
    static func write(
        _ snapshot: Snapshot, cursor: ChangeCursor, stamp: Stamp, to descriptor: Int32,
        isCancelled: @escaping () -> Bool = { false }
    ) throws {
        let writer = Writer(ImageOutput(descriptor: descriptor, isCancelled: isCancelled))
        try writer.header(
            Header(
                storeID: stamp.storeID, directory: fingerprint(snapshot.directory), cursor: cursor,
                lastEntry: stamp.lastEntry, taskCount: snapshot.tasks.count))
        for task in snapshot.tasks { try writer.task(task) }
        // What follows is read on a second thread while the tasks are: it numbers its names anew.
        writer.forgetNames()
        let historyOffset = writer.output.offset
        try writer.history(snapshot.history)
        try writer.indexes(tasksByLeader: snapshot.tasksByLeader, assignmentsByUnit: snapshot.assignmentsByUnit)
        try writer.output.bytes(endMarker)
        try writer.output.fixed64(UInt64(historyOffset))
        try writer.output.finish()
    }

    /// The encoding side of the layout, with the names and lists it has numbered so far.
    private final class Writer {
        let output: ImageOutput
        private var names: [String: Int] = [:]
        private var lists: [[String]: Int] = [:]

        init(_ output: ImageOutput) {
            self.output = output
        }

        func header(_ header: Header) throws {
            try output.bytes(magic)
            try output.count(format)
            try output.string(header.storeID)
            try output.fixed64(header.directory)
            try output.count(header.cursor.sequence)
            try output.count(header.cursor.historyID)
            try output.fixed64(header.lastEntry)
            try output.count(header.taskCount)
        }

        func task(_ task: Task) throws {
            try output.string(task.id)
            try name(task.document)
            try output.integer(task.number)
            try output.optionalString(task.caseNumber)
            try output.optionalString(task.category)
            try name(task.chapter)
            try optionalName(task.section)
            try output.string(task.text)
            for list in [task.proposers, task.leaders, task.leadUnits, task.responsibleUnits, task.cooperatingUnits] {
                try self.list(list)
            }
            try output.byte(UInt8(task.status.ordinal))
            try output.count(task.deadline.map { $0.year * 512 + $0.month * 32 + $0.day + 1 } ?? 0)
            try output.integer(task.progress)
            try date(task.updatedAt)
            try output.integer(task.version)
        }

        func history(_ history: [String: [ProgressEntry]]) throws {
            try output.count(history.count)
            for (taskID, entries) in history {
                try output.string(taskID)
                try output.count(entries.count)
                for entry in entries {
                    try name(entry.actor)
                    try output.fixed64(entry.at.timeIntervalSinceReferenceDate.bitPattern)
                    try output.byte(UInt8(ProgressEntry.Kind.allCases.firstIndex(of: entry.kind)!))
                    try output.byte(entry.oldStatus.map { UInt8($0.ordinal + 1) } ?? 0)
                    try output.byte(entry.newStatus.map { UInt8($0.ordinal + 1) } ?? 0)
                    try optionalInteger(entry.oldProgress)
                    try optionalInteger(entry.newProgress)
                    try output.optionalString(entry.note)
                    try output.optionalString(entry.leader)
                }
            }
        }

        func indexes(tasksByLeader: [String: [Int]], assignmentsByUnit: [String: [Snapshot.Assignment]]) throws {
            try byName(tasksByLeader, task: { $0 })
            try byName(assignmentsByUnit, task: \.task) { try output.byte($0.role.rawValue) }
        }

        /// Each name with its entries, in task order: the task index as the gap from the one
        /// before, then what `rest` writes of the entry.
        private func byName<Entry>(
            _ index: [String: [Entry]], task: (Entry) -> Int,
            rest: (Entry) throws -> Void = { _ in }
        ) throws {
            try output.count(index.count)
            for (name, entries) in index {
                try self.name(name)
                try output.count(entries.count)
                var previous = -1
                for entry in entries {
                    try output.count(task(entry) - previous - 1)
                    try rest(entry)
                    previous = task(entry)
                }
            }
        }

        func forgetNames() {
            names = [:]
        }

        /// A name met before as its number plus one; a new one as 0 and its text.
        private func name(_ name: String) throws {
            if let number = names[name] { return try output.count(number + 1) }
            names[name] = names.count
            try output.count(0)
            try output.string(name)
        }

        private func optionalName(_ name: String?) throws {
            guard let name else { return try output.byte(0) }
            try output.byte(1)
            try self.name(name)
        }

        /// A list met before as its number plus one; a new one as 0, its length and its names.
        private func list(_ list: [String]) throws {
            if let number = lists[list] { return try output.count(number + 1) }
            if lists.count < rememberedLists { lists[list] = lists.count }
            try output.count(0)
            try output.count(list.count)
            for name in list { try self.name(name) }
        }

        private func optionalInteger(_ value: Int?) throws {
            guard let value else { return try output.byte(0) }
            try output.byte(1)
            try output.integer(value)
        }

        private func date(_ date: Date?) throws {
            guard let date else { return try output.byte(0) }
            try output.byte(1)
            try output.fixed64(date.timeIntervalSinceReferenceDate.bitPattern)
        }
    }
}
