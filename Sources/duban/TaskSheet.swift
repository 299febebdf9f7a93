import Foundation
import ModelCore

/// One task as `duban show` prints it: labelled fields, the text wrapped by display width, history.
struct TaskSheet {
    let task: Task
    let history: [ProgressEntry]
    let today: Day
    let width: Int

    private static let labelWidth = 10

    var text: String {
        var lines = [SafeText.line("\(task.id)  \(task.document) 第\(task.number)项")]
        field("章节", [task.chapter, task.section].compactMap { $0 }.joined(separator: " / "), into: &lines)
        if let caseNumber = task.caseNumber { field("案号", caseNumber + (task.category.map { "  类别 \($0)" } ?? ""), into: &lines) }
        if !task.proposers.isEmpty { field("提案人", task.proposers.joined(separator: "、"), into: &lines) }
        field("任务", task.text, into: &lines)
        field("责任领导", task.leaders.joined(separator: "、"), into: &lines)
        field("牵头单位", task.leadUnits.joined(separator: "、"), into: &lines)
        field("责任单位", task.responsibleUnits.joined(separator: "、"), into: &lines)
        if !task.cooperatingUnits.isEmpty { field("配合单位", task.cooperatingUnits.joined(separator: "、"), into: &lines) }
        let overdue = task.isOverdue(today: today) ? "  逾期" : ""
        field("截止", (task.deadline?.description ?? "—") + overdue, into: &lines)
        let updated = task.updatedAt.map(HistoryLine.timestamp) ?? "—"
        field("状态", "\(task.status.label) (\(task.status.rawValue))  进度 \(task.progress)%  版本 \(task.version)  更新 \(updated)", into: &lines)
        lines.append("历史" + (history.isEmpty ? "  —" : ""))
        for entry in history {
            lines.append("  " + SafeText.line(HistoryLine.text(entry, language: .zh, separator: "  ")))
        }
        return lines.joined(separator: "\n")
    }

    private func field(_ label: String, _ value: String, into lines: inout [String]) {
        let wrapped = DisplayWidth.wrap(SafeText.line(value.isEmpty ? "—" : value), to: max(20, width - Self.labelWidth))
        for (index, line) in wrapped.enumerated() {
            lines.append(DisplayWidth.pad(index == 0 ? label : "", to: Self.labelWidth) + line)
        }
    }
}
