import Testing

@testable import ModelCore
@testable import ModelRead

/// The filter in Chinese: keys as the detail view labels the fields (领导:, 单位:, 牵头:, 乡镇:,
/// 状态:, 文件:, 章节:, 截止:) and the status words as terms, each the same as its English form.
@Suite struct FilterChineseTermTests {
    private func terms(_ text: String) throws -> [FilterTerm] {
        try FilterExpression.parse(text).terms
    }

    @Test(arguments: [
        ("领导:马长军", "leader:马长军"), ("单位：发改局", "unit:发改局"), ("牵头:财政局", "lead:财政局"), ("乡镇:金积镇", "town:金积镇"),
        ("状态:滞后,受阻", "status:behind,blocked"), ("文件:P2", "doc:P2"), ("章节:二", "chapter:二"), ("截止:<2020-09-30", "due:<2020-09-30"),
        ("!领导:马长军", "!leader:马长军"), ("领导:马长军 状态:滞后", "leader:马长军 status:behind")
    ])
    func aChineseKeyIsItsEnglishKey(_ chinese: String, _ english: String) throws {
        #expect(try terms(chinese) == terms(english))
    }

    @Test func statusWordsAreTerms() throws {
        #expect(try terms("逾期 未报送") == terms("overdue unreported"))
        for status in Status.allCases {
            #expect(try terms(status.label) == [FilterTerm(condition: .status([status]), negated: false)])
            #expect(try terms("!" + status.label) == [FilterTerm(condition: .status([status]), negated: true)])
        }
    }

    @Test func quotedStatusWordsAndEnglishCodesStayText() throws {
        #expect(try terms("\"滞后\" done behind") == [.text("滞后"), .text("done"), .text("behind")].map { FilterTerm(condition: $0, negated: false) })
    }

    @Test func otherChineseBeforeAColonIsText() throws {
        #expect(try terms("时间：2020 责任领导:马长军") == [.text("时间：2020"), .text("责任领导:马长军")].map { FilterTerm(condition: $0, negated: false) })
    }

    @Test func anEmptyChineseKeyIsNamedAsWritten() {
        var expected = LocatedError(message: "领导: needs a value", column: 5)
        expected.chineseMessage = "领导: 后须有值"
        #expect(throws: expected) { try FilterExpression.parse("领导:") }
    }

    @Test func theSameListInEitherLanguage() throws {
        var tasks = FilterFixtures.tasks
        for index in tasks.indices where tasks[index].id.hasSuffix("1") { tasks[index].status = .behind }
        let chinese = try FilterFixtures.ids("领导:马长军 状态:滞后", in: tasks)
        #expect(!chinese.isEmpty)
        #expect(chinese == (try FilterFixtures.ids("leader:马长军 status:behind", in: tasks)))
        #expect(try FilterFixtures.ids("滞后 领导:马长军", in: tasks) == chinese)
    }
}
