import Foundation
import ModelCore
import ModelRead

/// The columns of the 台账 sheet, in order: what a ledger names them and what each cell holds.
/// The headers are ones the ledger reader knows, so the sheet imports back to the same tasks,
/// statuses and latest notes; the columns after 最新进展 are for people and are not read.
public enum LedgerColumn: Int, CaseIterable, Sendable {
    case serial, id, document, chapter, section, text, leaders, leadUnits, responsibleUnits, cooperatingUnits
    case deadline, status, progress, latestNote, noteDate, noteAuthor, instruction, overdue, unreported

    public var header: String {
        switch self {
        case .serial: "序号"
        case .id: "编号"
        case .document: "文件"
        case .chapter: "章节"
        case .section: "小节"
        case .text: "工作任务"
        case .leaders: "责任领导"
        case .leadUnits: "牵头单位"
        case .responsibleUnits: "责任单位"
        case .cooperatingUnits: "配合单位"
        case .deadline: "完成时限"
        case .status: "状态"
        case .progress: "进度"
        case .latestNote: "最新进展"
        case .noteDate: "填报日期"
        case .noteAuthor: "填报人"
        case .instruction: "领导批示"
        case .overdue: "逾期"
        case .unreported: "未报送"
        }
    }

    /// What a cell holds.
    public enum Value: Equatable, Sendable {
        case text(String)
        case number(Int)
        case day(Day)
        /// 0–100, written as a percentage.
        case percent(Int)
        case empty
    }

    /// The widest the column gets, in display columns (a Chinese character is two); longer text wraps.
    var widest: Int {
        switch self {
        case .serial, .overdue, .unreported, .status, .progress: 8
        case .id: 10
        case .deadline, .noteDate: 12
        case .noteAuthor, .leaders, .section, .cooperatingUnits: 14
        case .document, .chapter, .leadUnits: 16
        case .responsibleUnits: 20
        case .text: 44
        case .latestNote: 32
        case .instruction: 24
        }
    }

    /// The cell of `row`, the `serial`-th row of the sheet.
    func value(_ row: ReportRow, serial: Int, calendar: Calendar) -> Value {
        let task = row.task
        func names(_ list: [String]) -> Value { list.isEmpty ? .empty : .text(list.joined(separator: "、")) }
        func optional(_ text: String?) -> Value { text.map { $0.isEmpty ? .empty : .text($0) } ?? .empty }
        switch self {
        case .serial: return .number(serial)
        case .id: return .text(task.id)
        case .document: return .text(task.document)
        case .chapter: return optional(task.chapter)
        case .section: return optional(task.section)
        case .text: return .text(task.text)
        case .leaders: return names(task.leaders)
        case .leadUnits: return names(task.leadUnits)
        case .responsibleUnits: return names(task.responsibleUnits)
        case .cooperatingUnits: return names(task.cooperatingUnits)
        case .deadline: return task.deadline.map(Value.day) ?? .empty
        case .status: return .text(task.status.label)
        case .progress: return .percent(task.progress)
        case .latestNote: return optional(row.latestNote?.note)
        case .noteDate: return row.latestNote.map { .day(Day.today(now: $0.at, calendar: calendar)) } ?? .empty
        case .noteAuthor: return optional(row.latestNote?.actor)
        case .instruction:
            guard let entry = row.latestInstruction, let note = entry.note else { return .empty }
            return .text("\(entry.leader ?? entry.actor)：\(note)")
        case .overdue: return row.standing == .overdue ? .text("逾期") : .empty
        case .unreported: return row.isUnreported ? .text("未报送") : .empty
        }
    }
}
