import ModelCore
import ModelImport

/// What `duban import` says of each document of a text or PDF file: what it was recognised as, in
/// which layout, with how many tasks, what was skipped and why; with `--dry-run` also the first
/// tasks of each list as parsed, so a clerk sees that a new file was read right before writing it.
struct RecognitionSummary {
    let recognised: [RecognisedDocument]
    let tasks: [Task]
    /// The documents as written, with the codes the store gave them.
    let documents: [Document]
    /// How many tasks of each list to show; 0 for none.
    let sampleTasks: Int

    var lines: [String] {
        guard !recognised.isEmpty else { return [] }
        let byDocument = Dictionary(grouping: tasks, by: \.document)
        let codes = Dictionary(documents.map { ($0.name, $0.code) }, uniquingKeysWith: { first, _ in first })
        var lines = ["  recognised"]
        for document in recognised {
            let title = document.title.isEmpty ? "" : "  " + SafeText.excerpt(document.title, limit: 40)
            lines.append(SafeText.line("    \(document.name)\(title)  (line \(document.line))"))
            for list in document.lists {
                lines.append(
                    SafeText.line(
                        "      \(codes[list.document.name] ?? list.document.code)  \(list.kind.rawValue), \(list.layouts.joined(separator: " + "))"
                            + ", \(list.taskCount) tasks" + (list.document.name == document.name ? "" : "  (\(list.document.name))")))
                for task in (byDocument[list.document.name] ?? []).prefix(sampleTasks) {
                    lines.append(SafeText.line("        " + Self.describe(task)))
                }
            }
            for skipped in document.skipped {
                lines.append(SafeText.line("      skipped \(skipped.part ?? "its text"): \(skipped.reason)"))
            }
        }
        return lines
    }

    /// `P2-1  leaders 马长军 · lead 区发展和改革局 · responsible 各乡镇 · due 2020-11-30 · 地区生产总值…`.
    static func describe(_ task: Task) -> String {
        func list(_ names: [String]) -> String { names.isEmpty ? "—" : names.joined(separator: "、") }
        var parts = ["leaders \(list(task.leaders))", "lead \(list(task.leadUnits))", "responsible \(list(task.responsibleUnits))"]
        if !task.cooperatingUnits.isEmpty { parts.append("cooperating \(list(task.cooperatingUnits))") }
        parts.append("due \(task.deadline?.description ?? "—")")
        parts.append(SafeText.excerpt(task.text, limit: 30))
        return "\(task.id)  " + parts.joined(separator: " · ")
    }
}
