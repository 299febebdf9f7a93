import Foundation
import ModelCore

extension TaskField {
    /// The column's header in a Chinese CSV (`duban export --format csv --lang zh`), as an office names it.
    var chineseHeader: String {
        switch self {
        case .id: "编号"
        case .document: "文件"
        case .number: "序号"
        case .caseNumber: "案号"
        case .category: "类别"
        case .chapter: "章节"
        case .section: "小节"
        case .text: "工作任务"
        case .proposers: "提案人"
        case .leaders: "责任领导"
        case .leadUnits: "牵头单位"
        case .responsibleUnits: "责任单位"
        case .cooperatingUnits: "配合单位"
        case .status: "状态"
        case .deadline: "完成时限"
        case .progress: "进度"
        case .updatedAt: "更新时间"
        }
    }

    /// The field a CSV header cell names, in English (`lead_units`) or in Chinese (`牵头单位`),
    /// spaces around it aside.
    init?(header: String) {
        let name = header.trimmingCharacters(in: .whitespaces)
        guard let field = TaskField(rawValue: name) ?? Self.allCases.first(where: { $0.chineseHeader == name }) else { return nil }
        self = field
    }

    /// The column's header in a CSV in `language`.
    func header(_ language: Language) -> String {
        language == .zh ? chineseHeader : rawValue
    }

    /// The field's value in a task as a CSV in `language` writes it: in Chinese, the status as
    /// the office's word (`推进中`) rather than its code.
    func value(of task: Task, in language: Language) -> FieldValue {
        self == .status && language == .zh ? .string(task.status.label) : value(of: task)
    }
}
