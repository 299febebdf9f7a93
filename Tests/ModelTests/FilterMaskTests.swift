import Testing

@testable import ModelCore
@testable import ModelDemo
@testable import ModelRead
@testable import ModelStore

/// `FilterMatcher.mask(over:)`, the dashboard's filter over all tasks at once through the
/// snapshot's search index, says of every task what `matches(_:)` says of it alone.
@Suite struct FilterMaskTests {
    private let tasks = FilterFixtures.tasksWithStatuses
    private let context = FilterContext(today: FilterFixtures.today, unreported: ["P2-5", "P2-9", "N8-3", "NOT-A-TASK"])

    private func expectMaskAgrees(_ filter: String, tasks: [Task], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let matcher = FilterMatcher(try FilterExpression.parse(filter), context: context)
        let snapshot = Snapshot(tasks: tasks, documents: [])
        #expect(matcher.mask(over: snapshot) == tasks.map(matcher.matches), "\(filter)", sourceLocation: sourceLocation)
    }

    @Test func everyKindOfTermAgreesWithMatches() throws {
        let filters = [
            "", "乡村振兴", "乡村 振兴", "!乡村", "p2-1", "P2-1", "Ｐ２－１", "议案第1号", "丁爱华", "马长军", "区发展和改革局",
            "发改", "中华a区", "中华Ａ区", "leader:马长军", "leader:马", "!leader:马长军", "leader:政府班子成员",
            "unit:发改局", "unit:发展", "lead:财政局", "lead:财政", "!lead:财政局", "town:胜利镇", "town:各乡镇", "town:胜利",
            "status:done", "status:behind,blocked", "!status:done", "overdue", "!overdue", "due:>=2020-09-15",
            "due:=2020-10-31", "!due:>2000-01-01", "doc:P2", "doc:2号", "chapter:一", "chapter:经济", "unreported",
            "!unreported", "leader:马长军 unit:发改局 !status:done 改造", "unit:发改局 投资", "town:胜利镇 !status:done",
            "\"确保 3 月份\"", "\"确保 3 月份\" !doc:P2", "leader:马长军 年", "leader:马长军 !年", "doc:N8 议案", "doc:N8 \"\"",
            "status:done 发展", "unit:发改局 !投资", "leader:丁爱华 丁爱华", "doc:N8 第1号",
            "leader:丁爱华 unit:发改局", "leader:丁爱华 !unit:发改局", "leader:丁爱华 lead:发改", "leader:丁爱华 !lead:发改",
            "leader:丁爱华 leader:丁", "leader:丁爱华 !leader:马", "leader:丁爱华 status:done", "leader:丁爱华 !overdue",
            "leader:丁爱华 town:胜利镇", "leader:丁爱华 !doc:N8", "leader:丁爱华 chapter:一", "leader:丁爱华 unreported", "年", "，", "。", "2020", "z", "无此内容的一段话",
            "mcj", "!mcj", "machangjun", "jjz", "fgj", "mcj 项目", "leader:mcj", "!leader:mcj", "unit:fgj", "lead:czj", "town:jjz",
            "领导:马长军 状态:滞后", "滞后", "逾期", "leader:马长军 mcj", "leader:马长军 !fgj", "leader:马长军 unit:fgj", "leader:马长军 lead:qczj"
        ]
        for filter in filters { try expectMaskAgrees(filter, tasks: tasks) }
    }

    @Test func caseAndWidthFoldLikeMatches() throws {
        let made = [
            FilterFixtures.task("X-1", text: "ÉCOLE ΑΒΓ Ǆ İstanbul ẞ Ⅻ Ⓐ"), FilterFixtures.task("X-2", text: "（一）PPP，ＡＢＣ"),
            FilterFixtures.task("X-3", text: "plain ascii Text", units: ["ＡＢＣ办公室"])
        ]
        for filter in [
            "école", "αβγ", "ǆ", "ǅ", "istanbul", "i̇stanbul", "ß", "ⅻ", "ⓐ", "(一)ｐｐｐ", "abc", "ＡＢＣ", "text",
            "x-1", "Ｘ－３", "abc办公室", "unit:abc"
        ] {
            try expectMaskAgrees(filter, tasks: made)
        }
    }

    @Test func aMatchNeverSpansTwoFieldsOrTwoTasks() throws {
        let made = [
            Task(
                id: "A-1", document: "d", number: 1, caseNumber: "案1", chapter: "一、", section: nil, text: "甲乙\u{0}丙",
                proposers: ["张三", "李四"], leaders: ["王五"], leadUnits: [], responsibleUnits: [], deadline: nil),
            FilterFixtures.task("A-2", text: "丁戊")
        ]
        for filter in ["A-1案1", "案1张三", "张三李四", "李四甲", "乙丙", "甲乙", "乙", "丙", "丙A-2", "丙A", "戊", "李四", "王五", "张"] {
            try expectMaskAgrees(filter, tasks: made)
        }
    }

    @Test func randomPiecesOfTheSampleAgree() throws {
        var random = SplitMix64(seed: 20_200_701)
        for _ in 0..<300 {
            let task = tasks.randomElement(using: &random)!
            let fields = [task.text, task.id, task.leaders.first ?? "", task.leadUnits.first ?? "", task.chapter]
            let field = Array(fields.randomElement(using: &random)!)
            guard !field.isEmpty else { continue }
            let start = Int.random(in: 0..<field.count, using: &random)
            let piece = String(field[start..<min(field.count, start + Int.random(in: 1...6, using: &random))])
                .filter { !$0.isWhitespace && $0 != "\"" && $0 != "!" && $0 != ":" }
            guard !piece.isEmpty else { continue }
            try expectMaskAgrees(piece, tasks: tasks)
        }
    }

    @Test func theIndexIsKeptForAStatusChangeAndRebuiltForNewText() throws {
        var snapshot = Snapshot(tasks: tasks, documents: [])
        let matcher = FilterMatcher(try FilterExpression.parse("新的说法"), context: context)
        #expect(!matcher.mask(over: snapshot).contains(true))
        let before = snapshot.searchIndex
        let cursor = ChangeCursor(sequence: 1, historyID: 0)
        var changed = snapshot.tasks[3]
        changed.status = .behind
        snapshot.apply(StoreChanges(tasks: [changed], history: [], reload: nil, cursor: cursor))
        #expect(snapshot.searchIndex === before)
        changed.text += "新的说法"
        snapshot.apply(StoreChanges(tasks: [changed], history: [], reload: nil, cursor: cursor))
        #expect(snapshot.searchIndex !== before)
        #expect(matcher.mask(over: snapshot) == snapshot.tasks.map(matcher.matches))
        #expect(matcher.mask(over: snapshot).filter { $0 }.count == 1)
    }
}
