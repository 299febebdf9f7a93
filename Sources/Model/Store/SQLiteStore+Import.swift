import Foundation
import ModelCore

extension SQLiteStore {
    public func apply(_ batch: ImportBatch) throws -> ImportOutcome {
        try apply(batch) { _ in }
    }

    /// `apply(_:)`, telling `progress` how many of the batch's tasks have been written so far
    /// (every 1000 tasks and at the end), for a progress bar.
    public func apply(_ batch: ImportBatch, progress: (Int) -> Void) throws -> ImportOutcome {
        try batch.checkUnique()
        return try write { db in
            for document in batch.documents {
                try DocumentTable.upsert(document, db)
            }
            for (code, rounds) in Dictionary(grouping: batch.rounds, by: \.document) {
                guard try !ReportRoundTable.isSetByUser(document: code, db) else { continue }
                try ReportRoundTable.replace(document: code, dues: rounds.map(\.due), setByUser: false, db)
            }
            var writer = try ImportWriter(db, mode: batch.mode, reports: batch.reports, reporter: batch.reporter)
            for task in batch.tasks {
                try writer.write(task)
                if writer.written % 1000 == 0 || writer.written == batch.tasks.count { progress(writer.written) }
            }
            var outcome = writer.outcome
            outcome.documents = batch.documents.count
            return outcome
        }
    }

    /// Writes every task `stream` gives, then its documents, in one transaction, telling
    /// `progress` how many tasks have been written and how much of the file read (every 1000
    /// tasks and at the end). An error `stream` throws (a bad row) is thrown as it is, and
    /// nothing is written.
    public func apply(_ stream: inout some ImportStream, progress: (_ written: Int, _ fractionRead: Double) -> Void) throws -> ImportOutcome {
        var streamFailure: (any Error)?
        do {
            return try write { db in
                try db.execute(sql: "PRAGMA cache_size = -65536")
                defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
                var writer = try ImportWriter(db, mode: stream.mode)
                while true {
                    let next: Task?
                    do {
                        next = try stream.next()
                    } catch {
                        streamFailure = error
                        throw error
                    }
                    guard let task = next else { break }
                    try writer.write(task)
                    if writer.written % 1000 == 0 { progress(writer.written, stream.fractionRead) }
                }
                let documents = stream.documents
                for document in documents {
                    try DocumentTable.upsert(document, db)
                }
                progress(writer.written, stream.fractionRead)
                var outcome = writer.outcome
                outcome.documents = documents.count
                return outcome
            }
        } catch {
            throw streamFailure ?? error
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
