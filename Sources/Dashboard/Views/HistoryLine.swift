import Foundation
import Model

/// One history entry as a line: `06-28 10:12 李某 未启动→推进中 0%→40% “已完成前期手续”`.
enum HistoryLine {
    static func text(_ entry: ProgressEntry, _ state: AppState) -> String {
        var parts = [timestamp(entry.at), entry.actor]
        switch entry.kind {
        case .update: break
        case .note: parts.append(state.language == .zh ? "进展" : "note")
        case .instruction: parts.append(state.language == .zh ? "领导批示" : "instruction")
        }
        if let new = entry.newStatus {
            parts.append("\(entry.oldStatus?.label(state.language) ?? "—")→\(new.label(state.language))")
        }
        if let new = entry.newProgress { parts.append("\(entry.oldProgress ?? 0)%→\(new)%") }
        if let note = entry.note, !note.isEmpty { parts.append("“\(note)”") }
        return parts.joined(separator: " ")
    }

    /// Local time to the minute, `2020-06-28 10:12`.
    private static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
