/// What a column of a ledger, a Word table or a CSV with Chinese headers holds, and the header
/// words that name it.
public enum ColumnRole: String, CaseIterable, Sendable {
    case number
    /// A 编号 column: the tasks' ids (`P2-8`) when every filled cell is one, else their numbers
    /// as a 序号 gives them (`IDColumn` decides by the cells).
    case id
    case document, chapter, section, text, leaders
    case leadUnits = "lead"
    case responsibleUnits = "responsible"
    case cooperatingUnits = "cooperating"
    case deadline, progress, status, remark

    /// The header words of the role. A header is the role's when, with spaces and brackets'
    /// contents taken out, it equals one of these, or starts or ends with one (the longest wins).
    var headerWords: [String] {
        switch self {
        case .number: ["序号"]
        case .id: ["编号", "项目编号", "任务编号"]
        case .document: ["文件", "所属文件", "文件名称", "来源文件", "文件名", "文号", "任务来源"]
        // Not 类别: a proposal list's 类别 is the answer's category (A, B, C).
        case .chapter: ["章节", "所属章节", "板块", "所属板块", "工作板块"]
        case .section: ["小节", "所属小节", "子板块"]
        case .text: ["工作任务", "任务内容", "重点任务", "目标任务", "具体任务", "政策内容", "主要任务", "工作内容", "任务名称", "工作事项", "任务"]
        case .leaders: ["责任领导", "分管领导", "牵头领导", "包抓领导", "联系领导", "分管区领导", "责任区领导"]
        case .leadUnits: ["牵头单位", "牵头部门", "主责单位", "主办单位", "牵头责任单位"]
        case .responsibleUnits: ["责任单位", "责任部门", "承办单位", "实施单位"]
        case .cooperatingUnits: ["配合单位", "协办单位", "配合部门", "协助单位"]
        case .deadline: ["完成时限", "时间节点", "完成时间", "完成期限", "时限要求", "时限"]
        case .progress: ["进展情况", "落实情况", "推进情况", "完成情况", "工作进展", "最新进展", "进展"]
        case .status: ["状态", "完成状态", "推进状态", "进度状态"]
        case .remark: ["备注"]
        }
    }

    /// The names `--columns` takes for the role: the Chinese short name, the English one.
    var mappingNames: [String] {
        switch self {
        case .number: ["序号", "number"]
        case .id: ["编号", "id"]
        case .document: ["文件", "document"]
        case .chapter: ["章节", "chapter"]
        case .section: ["小节", "section"]
        case .text: ["任务", "text"]
        case .leaders: ["领导", "leaders"]
        case .leadUnits: ["牵头", "lead"]
        case .responsibleUnits: ["责任", "responsible"]
        case .cooperatingUnits: ["配合", "cooperating"]
        case .deadline: ["时限", "deadline"]
        case .progress: ["进展", "progress"]
        case .status: ["状态", "status"]
        case .remark: ["备注", "remark"]
        }
    }

    /// The role a header cell names, if any: exact words first, then the longest word the header
    /// starts or ends with (`工作任务及目标`, `区级责任领导`). A cell longer than a label, or one in
    /// ASCII alone (the export's own header), is no Chinese header.
    static func named(by header: String) -> ColumnRole? {
        guard header.utf8.count <= 120, header.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        let words = Array(normalised(header))
        guard !words.isEmpty, words.count <= 20 else { return nil }
        if let exact = exactWords[String(words)] { return exact }
        for length in stride(from: min(words.count - 1, longestWord), through: 2, by: -1) {
            if let role = exactWords[String(words.prefix(length))] ?? exactWords[String(words.suffix(length))] { return role }
        }
        return nil
    }

    /// Every header word and its role.
    private static let exactWords: [String: ColumnRole] = Dictionary(
        allCases.flatMap { role in role.headerWords.map { ($0, role) } }, uniquingKeysWith: { first, _ in first })

    /// The length of the longest header word, in characters.
    private static let longestWord = exactWords.keys.map(\.count).max() ?? 0

    /// A header as compared: spaces, line breaks and a bracketed part (`（部门）`, `(单位)`) taken out.
    static func normalised(_ header: String) -> String {
        var text = ""
        var depth = 0
        for character in header {
            if "（(【[".contains(character) {
                depth += 1
            } else if "）)】]".contains(character) {
                depth = max(0, depth - 1)
            } else if depth == 0, !character.isWhitespace, !"：:*＊".contains(character) {
                text.append(character)
            }
        }
        return text
    }
}
