import Foundation
import ModelCore

extension SQLiteStore {
    public func apply(_ batch: ImportBatch) throws -> ImportOutcome {
        try apply(batch) { _ in }
    }

    /// `apply(_:)`, telling `progress` how many of the batch's tasks have been written so far
    /// (every 1000 tasks and at the end), for a progress bar.
    ///
    /// The stored ids are read once; only a task whose id is among them is read in full.
    public func apply(_ batch: ImportBatch, progress: (Int) -> Void) throws -> ImportOutcome {
        try batch.checkUnique()
        return try write { db in
            var outcome = ImportOutcome(documents: batch.documents.count)
            for document in batch.documents {
                try DocumentTable.upsert(document, db)
            }
            for (code, rounds) in Dictionary(grouping: batch.rounds, by: \.document) {
                guard try !ReportRoundTable.isSetByUser(document: code, db) else { continue }
                try ReportRoundTable.replace(document: code, dues: rounds.map(\.due), setByUser: false, db)
            }
            var position = try TaskTable.nextPosition(db)
            let storedIDs = try TaskTable.ids(db)
            let finder = try TaskTable.Finder(db)
            let reports = Dictionary(batch.reports.map { ($0.taskID, $0) }, uniquingKeysWith: { $1 })
            let now = Date()
            for var incoming in batch.tasks {
                guard (0...100).contains(incoming.progress) else {
                    throw StoreError.invalidProgress(taskID: incoming.id, value: incoming.progress)
                }
                incoming.updatedAt = incoming.updatedAt.map(ISOTimestamp.truncated)
                let report = reports[incoming.id]
                var entries: [ProgressEntry] = []
                if storedIDs.contains(incoming.id), let stored = try finder.find(incoming.id) {
                    var merged = batch.mode.merge(incoming, into: stored)
                    if let report {
                        let history = try HistoryTable.latest(taskID: stored.id, limit: ReportRecording.historyRead, db)
                        entries = ReportRecording.entries(for: report, on: &merged, history: history, by: batch.reporter, at: now)
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
                        entries = ReportRecording.entries(for: report, on: &incoming, history: [], by: batch.reporter, at: now)
                    }
                    try TaskTable.insert(incoming, position: position, db)
                    position += 1
                    outcome.tasksInserted += 1
                }
                for entry in entries { try HistoryTable.append(entry, db) }
                outcome.reportsRecorded += entries.count
                let done = outcome.tasksInserted + outcome.tasksUpdated + outcome.tasksUnchanged
                if done % 1000 == 0 || done == batch.tasks.count { progress(done) }
            }
            return outcome
        }
    }
}

extension ImportBatch {
    /// Refuses a batch that names a task id, a document code or a document name twice.
    func checkUnique() throws {
        func firstRepeated(_ keys: [String]) -> String? {
            var seen = Set<String>()
            return keys.first { !seen.insert($0).inserted }
        }
        if let id = firstRepeated(tasks.map(\.id)) {
            throw StoreError.invalidBatch(reason: "task \(id) appears more than once")
        }
        if let code = firstRepeated(documents.map(\.code)) {
            throw StoreError.invalidBatch(reason: "document code \(code) appears more than once")
        }
        if let name = firstRepeated(documents.map(\.name)) {
            throw StoreError.invalidBatch(reason: "document \(name) appears more than once")
        }
        let codes = Set(documents.map(\.code))
        if let round = rounds.first(where: { !codes.contains($0.document) }) {
            throw StoreError.invalidBatch(reason: "report round \(round.due) names document \(round.document), which the batch lacks")
        }
    }
}

extension ImportBatch.Mode {
    /// The task to store when `incoming` meets the `stored` task with the same id, at the stored
    /// version; keeping state, a case number, category or proposers `incoming` lacks are the stored ones.
    func merge(_ incoming: Task, into stored: Task) -> Task {
        var merged = incoming
        merged.version = stored.version
        if self == .keepState {
            merged.status = stored.status
            merged.progress = stored.progress
            merged.updatedAt = stored.updatedAt
            // A ledger has no columns for a proposal's case number, category and proposers.
            merged.caseNumber = incoming.caseNumber ?? stored.caseNumber
            merged.category = incoming.category ?? stored.category
            merged.proposers = incoming.proposers.isEmpty ? stored.proposers : incoming.proposers
        }
        return merged
    }
}
