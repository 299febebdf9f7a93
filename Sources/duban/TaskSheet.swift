import Foundation
import ModelCore

/// One task as `duban show` prints it: labelled fields, the text wrapped by display width, history.
struct TaskSheet {
    let task: Task
    let history: [ProgressEntry]
    let today: Day
    let width: Int

    private static let labelWidth = CLILanguage.current == .zh ? 10 : 13

    var text: String {
        let language = CLILanguage.current
        let number = localized(zh: "第\(task.number)项", en: "task \(task.number)")
        var lines = [SafeText.line("\(task.id)  \(task.document) \(number)")]
        field("章节", "Chapter", [task.chapter, task.section].compactMap { $0 }.joined(separator: " / "), into: &lines)
        if let caseNumber = task.caseNumber {
            let category = task.category.map { localized(zh: "  类别 ", en: "  category ") + $0 } ?? ""
            field("案号", "Case", caseNumber + category, into: &lines)
        }
        if !task.proposers.isEmpty { field("提案人", "Proposers", task.proposers.joined(separator: "、"), into: &lines) }
        field("任务", "Task", task.text, into: &lines)
        field("责任领导", "Leaders", task.leaders.joined(separator: "、"), into: &lines)
        field("牵头单位", "Lead units", task.leadUnits.joined(separator: "、"), into: &lines)
        field("责任单位", "Responsible", task.responsibleUnits.joined(separator: "、"), into: &lines)
        if !task.cooperatingUnits.isEmpty { field("配合单位", "Cooperating", task.cooperatingUnits.joined(separator: "、"), into: &lines) }
        let overdue = task.isOverdue(today: today) ? localized(zh: "  逾期", en: "  overdue") : ""
        field("截止", "Due", (task.deadline?.description ?? "—") + overdue, into: &lines)
        let updated = task.updatedAt.map(HistoryLine.timestamp) ?? "—"
        let state = localized(
            zh: "  进度 \(task.progress)%  版本 \(task.version)  更新 \(updated)",
            en: "  progress \(task.progress)%  version \(task.version)  updated \(updated)")
        field("状态", "Status", "\(task.status.label(language)) (\(task.status.rawValue))" + state, into: &lines)
        lines.append(localized(zh: "历史", en: "History") + (history.isEmpty ? "  —" : ""))
        for entry in history {
            lines.append("  " + SafeText.line(HistoryLine.text(entry, language: language, separator: "  ")))
        }
        return lines.joined(separator: "\n")
    }

    private func field(_ zh: String, _ en: String, _ value: String, into lines: inout [String]) {
        let wrapped = DisplayWidth.wrap(SafeText.line(value.isEmpty ? "—" : value), to: max(20, width - Self.labelWidth))
        for (index, line) in wrapped.enumerated() {
            lines.append(DisplayWidth.pad(index == 0 ? localized(zh: zh, en: en) : "", to: Self.labelWidth) + line)
        }
    }
}
