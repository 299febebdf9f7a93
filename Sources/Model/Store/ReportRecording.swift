import Foundation
import ModelCore

/// A ledger's reports as history, written with their task in the import's loop: a status that
/// differs from the task's becomes an update entry, a progress note the task's latest note does
/// not already say becomes a note entry naming the file. Importing the same ledger again, or next
/// month's with most rows unchanged, records only what changed.
enum ReportRecording {
    /// How much of a stored task's history is read to find its latest note.
    static let historyRead = 50

    /// How a note names the file it was read from: `已完成主体工程（据 台账.xlsx）`.
    static func note(_ text: String, source: String) -> String {
        "\(text)（据 \(URL(fileURLWithPath: source).lastPathComponent)）"
    }

    /// The entries `report` calls for on `task`, whose history so far is `history` (newest first,
    /// empty for a new task); `task` is changed to match them (status, progress, when).
    static func entries(
        for report: TaskReport, on task: inout Task, history: [ProgressEntry], by actor: String, at now: Date
    ) -> [ProgressEntry] {
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
        if !entries.isEmpty { task.updatedAt = when }
        return entries
    }

    /// Whether the task's latest progress note is this text already, from any file or typed.
    private static func saysAlready(_ history: [ProgressEntry], _ text: String) -> Bool {
        guard let latest = history.first(where: { $0.kind == .note })?.note else { return false }
        if latest == text { return true }
        guard latest.hasPrefix(text + "（据 "), latest.hasSuffix("）") else { return false }
        return !latest.dropFirst(text.count + 3).dropLast().contains("（据 ")
    }
}
