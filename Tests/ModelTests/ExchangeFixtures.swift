import Foundation

@testable import ModelCore
@testable import ModelImport

/// Tasks that exercise every field and every character the exchange formats must carry.
enum ExchangeFixtures {
    static let tasks: [Task] = [
        Task(
            id: "P2-1", document: "吴利政办发〔2020〕2号", number: 1, chapter: "一、优化营商环境",
            section: "（一）深化“放管服”改革",
            text: "推进\"一网通办\"，路径 C:\\dir\\file；第一行\n第二行\t制表 / 斜杠",
            leaders: ["张三", "李四"], leadUnits: ["区发展和改革局"], responsibleUnits: ["各乡镇", "金积镇"],
            cooperatingUnits: ["区财政局"], status: .inProgress, deadline: Day("2020-06-30"), progress: 40,
            updatedAt: Date(timeIntervalSince1970: 1_593_339_120)),
        Task(
            id: "M8-1", document: "吴利政办发〔2020〕8号 附件5", number: 12, caseNumber: "议案第1号", category: "A",
            chapter: "人大代表议案", section: nil, text: "关于加快\r\n城乡供水, \"一体化\"建设的议案",
            proposers: ["王五", "赵六"], leaders: ["政府班子成员"], leadUnits: ["区水务局"], responsibleUnits: [],
            status: .notStarted, deadline: nil),
        Task(
            id: "X-3", document: "doc", number: 3, chapter: "三", section: nil,
            text: "控制\u{01}字符 DEL\u{7F} 分隔\u{2028}段\u{2029}落 😀 é",
            leaders: [], leadUnits: [], responsibleUnits: ["区财政局"], status: .done,
            deadline: Day("2020-12-31"), progress: 100, updatedAt: Date(timeIntervalSince1970: 0))
    ]

    /// The text in GB18030, converted with iconv.
    static func gb18030(_ text: String) throws -> [UInt8] {
        try Iconv.convert(Array(text.utf8), from: "UTF-8", to: "GB18030")
    }

    /// The CSV of `tasks` as UTF-8 text, without its BOM.
    static var csvText: String {
        String(decoding: TaskCSV.encode(tasks).dropFirst(3), as: UTF8.self)
    }
}
