import Foundation

/// One history entry as a line, the same in the dashboard and in `duban show` / `history`:
/// `2020-06-28 10:12 李某 未启动→推进中 0%→40% “已完成前期手续”` (with `--ascii`, `未启动->推进中`;
/// the quotes are narrowed with everything else on screen, see the dashboard's `Glyphs`).
public enum HistoryLine {
    /// - Parameter arrow: between the old and the new value, `→` or, in ASCII, `->`.
    public static func text(
        _ entry: ProgressEntry, language: Language, arrow: String = "→",
        separator: String = " "
    ) -> String {
        var parts = [timestamp(entry.at), entry.actor]
        switch entry.kind {
        case .update: break
        case .note: parts.append(language == .zh ? "进展" : "note")
        case .instruction:
            let kind = language == .zh ? "领导批示" : "instruction"
            parts.append(entry.leader.map { language == .zh ? "\(kind)（\($0)）" : "\(kind) (\($0))" } ?? kind)
        }
        if let new = entry.newStatus {
            parts.append((entry.oldStatus?.label(language) ?? "—") + arrow + new.label(language))
        }
        if let new = entry.newProgress { parts.append("\(entry.oldProgress ?? 0)%\(arrow)\(new)%") }
        if let note = entry.note, !note.isEmpty { parts.append("“\(note)”") }
        return parts.joined(separator: separator)
    }

    /// Local time to the minute, `2020-06-28 10:12`.
    public static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
