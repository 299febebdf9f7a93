import Foundation
import GRDB
import ModelCore

/// A ledger's reports written as history inside the import's transaction: a status that differs
/// from the task's becomes an update entry, a progress note the task's latest note does not
/// already say becomes a note entry naming the file. Importing the same ledger again, or next
/// month's with most rows unchanged, records only what changed.
enum ReportRecording {
    /// How a note names the file it was read from: `已完成主体工程（据 台账.xlsx）`.
    static func note(_ text: String, source: String) -> String {
        "\(text)（据 \(URL(fileURLWithPath: source).lastPathComponent)）"
    }

    /// Records every report that changes something; returns the entries written.
    static func record(_ reports: [TaskReport], by actor: String, at now: Date, _ db: Database) throws -> Int {
        var written = 0
        for report in reports {
            guard var task = try TaskTable.find(report.taskID, db) else { continue }
            let history = try HistoryTable.entries(taskID: task.id, limit: 50, db)
            let when = max(ISOTimestamp.truncated(now), history.first?.at ?? .distantPast)
            var entries: [ProgressEntry] = []
            if let status = report.status, status != task.status {
                let progress = status == .done ? 100 : nil
                entries.append(
                    ProgressEntry(
                        taskID: task.id, actor: actor, at: when, kind: .update, oldStatus: task.status, newStatus: status,
                        oldProgress: progress.map { _ in task.progress }, newProgress: progress))
                task.status = status
                task.progress = progress ?? task.progress
            }
            if let text = report.note, !saysAlready(history, text) {
                entries.append(ProgressEntry(taskID: task.id, actor: actor, at: when, kind: .note, note: note(text, source: report.source)))
            }
            guard !entries.isEmpty else { continue }
            task.updatedAt = when
            task.version += 1
            try TaskTable.update(task, db)
            for entry in entries { try HistoryTable.append(entry, db) }
            written += entries.count
        }
        return written
    }

    /// Whether the task's latest progress note is this text already, from any file or typed.
    private static func saysAlready(_ history: [ProgressEntry], _ text: String) -> Bool {
        guard let latest = history.first(where: { $0.kind == .note })?.note else { return false }
        if latest == text { return true }
        guard latest.hasPrefix(text + "（据 "), latest.hasSuffix("）") else { return false }
        return !latest.dropFirst(text.count + 3).dropLast().contains("（据 ")
    }
}
