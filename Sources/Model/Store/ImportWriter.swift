import Foundation
import GRDB
import ModelCore

/// Writes an import's tasks one at a time inside its transaction: a task the store holds is
/// merged into it by the import's mode (and written only when that changes it), a new one goes
/// after every stored task; a ledger's reports become history. Counts what it did.
///
/// The stored ids are read once; only a task whose id is among them is read in full.
struct ImportWriter {
    private let db: Database
    private let mode: ImportBatch.Mode
    private let reports: [String: TaskReport]
    private let reporter: String
    private let now = Date()
    private let storedIDs: Set<String>
    private let finder: TaskTable.Finder
    private var position: Int
    private(set) var outcome = ImportOutcome()

    init(_ db: Database, mode: ImportBatch.Mode, reports: [TaskReport] = [], reporter: String = "") throws {
        self.db = db
        self.mode = mode
        self.reports = Dictionary(reports.map { ($0.taskID, $0) }, uniquingKeysWith: { $1 })
        self.reporter = reporter
        storedIDs = try TaskTable.ids(db)
        finder = try TaskTable.Finder(db)
        position = try TaskTable.nextPosition(db)
    }

    /// Tasks written so far: inserted, updated or found unchanged.
    var written: Int { outcome.tasksInserted + outcome.tasksUpdated + outcome.tasksUnchanged }

    mutating func write(_ task: Task) throws {
        var incoming = task
        guard (0...100).contains(incoming.progress) else {
            throw StoreError.invalidProgress(taskID: incoming.id, value: incoming.progress)
        }
        incoming.updatedAt = incoming.updatedAt.map(ISOTimestamp.truncated)
        let report = reports[incoming.id]
        var entries: [ProgressEntry] = []
        if storedIDs.contains(incoming.id), let stored = try finder.find(incoming.id) {
            var merged = mode.merge(incoming, into: stored)
            if let report {
                let history = try HistoryTable.latest(taskID: stored.id, limit: ReportRecording.historyRead, db)
                entries = ReportRecording.entries(for: report, on: &merged, history: history, by: reporter, at: now)
            }
            if merged == stored {
                outcome.tasksUnchanged += 1
            } else {
                merged.version += 1
                try TaskTable.update(merged, db)
                outcome.tasksUpdated += 1
            }
        } else {
            if let report {
                entries = ReportRecording.entries(for: report, on: &incoming, history: [], by: reporter, at: now)
            }
            try TaskTable.insert(incoming, position: position, db)
            position += 1
            outcome.tasksInserted += 1
        }
        for entry in entries { try HistoryTable.append(entry, db) }
        outcome.reportsRecorded += entries.count
    }
}
