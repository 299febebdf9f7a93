import ModelCore

/// A ledger's words for a status (`已完成`, `正在推进`, `进度滞后`, `未启动`, `受阻`), or a code.
enum LedgerStatus {
    /// The status `text` states; nil when it states none duban knows.
    static func status(in text: String) -> Status? {
        let words = text.filter { !$0.isWhitespace }
        guard !words.isEmpty else { return nil }
        if let exact = Status(code: words) { return exact }
        let rules: [(words: [String], status: Status)] = [
            (["未完成", "未按期", "滞后", "落后", "缓慢", "逾期"], .behind),
            (["未启动", "未开始", "尚未启动", "未开展"], .notStarted),
            (["受阻", "停滞", "暂停", "搁置"], .blocked),
            (["已完成", "完成", "办结", "已办结", "完毕", "已落实"], .done),
            (["推进中", "正在推进", "进行中", "序时推进", "按序时", "正常推进", "持续推进", "实施中", "在建"], .inProgress)
        ]
        return rules.first { rule in rule.words.contains { words.includes($0) } }?.status
    }
}
