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
        var lines = [localized(zh: "  识别结果", en: "  recognised")]
        for document in recognised {
            let title = document.title.isEmpty ? "" : "  " + SafeText.excerpt(document.title, limit: 40)
            let line = localized(zh: "（第 \(document.line) 行）", en: "  (line \(document.line))")
            lines.append(SafeText.line("    \(document.name)\(title)\(line)"))
            for list in document.lists {
                let code = codes[list.document.name] ?? list.document.code
                let tasks = localized(zh: "\(list.taskCount) 项", en: "\(list.taskCount) tasks")
                let part = list.document.name == document.name ? "" : localized(zh: "（\(list.document.name)）", en: "  (\(list.document.name))")
                let layouts = list.layouts.joined(separator: " + ")
                lines.append(SafeText.line("      \(code)  \(Self.label(list.kind)), \(layouts), \(tasks)\(part)"))
                for task in (byDocument[list.document.name] ?? []).prefix(sampleTasks) {
                    lines.append(SafeText.line("        " + Self.describe(task)))
                }
            }
            for skipped in document.skipped {
                let part = skipped.part ?? localized(zh: "正文", en: "its text")
                lines.append(SafeText.line(localized(zh: "      跳过\(part)：", en: "      skipped \(part): ") + skipped.reason))
            }
        }
        return lines
    }

    /// What a kind of list is called: `plan` in English, 工作方案 in Chinese.
    private static func label(_ kind: ListKind) -> String {
        switch kind {
        case .plan: localized(zh: "工作方案", en: "plan")
        case .measures: localized(zh: "措施", en: "measures")
        case .rectification: localized(zh: "整改", en: "rectification")
        case .motions: localized(zh: "议案建议", en: "motions")
        case .proposals: localized(zh: "政协提案", en: "proposals")
        }
    }

    /// `P2-1  leaders 马长军 · lead 区发展和改革局 · responsible 各乡镇 · due 2020-11-30 · 地区生产总值…`
    /// (in Chinese `领导 马长军 · 牵头 …`).
    static func describe(_ task: Task) -> String {
        func list(_ names: [String]) -> String { names.isEmpty ? "—" : names.joined(separator: "、") }
        var parts = [
            localized(zh: "领导 ", en: "leaders ") + list(task.leaders), localized(zh: "牵头 ", en: "lead ") + list(task.leadUnits),
            localized(zh: "责任 ", en: "responsible ") + list(task.responsibleUnits)
        ]
        if !task.cooperatingUnits.isEmpty { parts.append(localized(zh: "配合 ", en: "cooperating ") + list(task.cooperatingUnits)) }
        parts.append(localized(zh: "截止 ", en: "due ") + (task.deadline?.description ?? "—"))
        parts.append(SafeText.excerpt(task.text, limit: 30))
        return "\(task.id)  " + parts.joined(separator: " · ")
    }
}
