import Foundation
import Model

/// One history entry as a line, the same in the dashboard and in `duban show` / `history`:
/// `2020-06-28 10:12 李某 未启动→推进中 0%→40% “已完成前期手续”`.
public enum HistoryLine {
    public static func text(_ entry: ProgressEntry, language: Language, separator: String = " ") -> String {
        var parts = [timestamp(entry.at), entry.actor]
        switch entry.kind {
        case .update: break
        case .note: parts.append(language == .zh ? "进展" : "note")
        case .instruction: parts.append(language == .zh ? "领导批示" : "instruction")
        }
        if let new = entry.newStatus {
            parts.append("\(entry.oldStatus?.label(language) ?? "—")→\(new.label(language))")
        }
        if let new = entry.newProgress { parts.append("\(entry.oldProgress ?? 0)%→\(new)%") }
        if let note = entry.note, !note.isEmpty { parts.append("“\(note)”") }
        return parts.joined(separator: separator)
    }

    static func text(_ entry: ProgressEntry, _ state: AppState) -> String {
        text(entry, language: state.language)
    }

    /// Local time to the minute, `2020-06-28 10:12`.
    public static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
