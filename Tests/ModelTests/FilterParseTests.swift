import Testing

@testable import ModelCore
@testable import ModelRead

@Suite struct FilterParseTests {
    private func terms(_ text: String) throws -> [FilterTerm] {
        try FilterExpression.parse(text).terms
    }

    private func term(_ condition: FilterCondition, negated: Bool = false) -> FilterTerm {
        FilterTerm(condition: condition, negated: negated)
    }

    /// The error parsing `text` throws, its English message alone (the Chinese one is checked in
    /// `everyProblemIsSaidInChineseToo`); nil (failing the comparison) when it parses.
    private func error(_ text: String) -> LocatedError? {
        do {
            _ = try FilterExpression.parse(text)
            return nil
        } catch {
            var english = error
            english.chineseMessage = nil
            return english
        }
    }

    @Test func emptyTextHasNoTerms() throws {
        #expect(try terms("") == [])
        #expect(try terms("  \u{3000} ") == [])
    }

    @Test func everyKeyParses() throws {
        #expect(try terms("leader:马长军") == [term(.leader("马长军"))])
        #expect(try terms("unit:发改局") == [term(.unit("发改局", leadOnly: false))])
        #expect(try terms("lead:财政局") == [term(.unit("财政局", leadOnly: true))])
        #expect(try terms("town:金积镇") == [term(.town("金积镇"))])
        #expect(try terms("doc:P2") == [term(.document("P2"))])
        #expect(try terms("chapter:二") == [term(.chapter("二"))])
        #expect(try terms("overdue") == [term(.overdue)])
        #expect(try terms("Status:DONE OVERDUE") == [term(.status([.done])), term(.overdue)])
    }

    @Test func termsSplitOnAnyWhitespaceAndAllMustHold() throws {
        #expect(try terms("leader:马长军  doc:P2\u{3000}投资\t项目") == [term(.leader("马长军")), term(.document("P2")), term(.text("投资")), term(.text("项目"))])
    }

    @Test func statusTakesCodesLabelsAndLists() throws {
        #expect(try terms("status:in_progress") == [term(.status([.inProgress]))])
        #expect(try terms("status:推进中") == [term(.status([.inProgress]))])
        #expect(try terms("status:behind,blocked") == [term(.status([.behind, .blocked]))])
        #expect(try terms("status:滞后、受阻") == [term(.status([.behind, .blocked]))])
        #expect(try terms("status:not_started，done") == [term(.status([.notStarted, .done]))])
    }

    @Test func dueTakesEveryComparison() throws {
        let day = Day("2020-06-30")!
        #expect(try terms("due:<2020-06-30") == [term(.due(.less, day))])
        #expect(try terms("due:<=2020-06-30") == [term(.due(.lessOrEqual, day))])
        #expect(try terms("due:>2020-06-30") == [term(.due(.greater, day))])
        #expect(try terms("due:>=2020-06-30") == [term(.due(.greaterOrEqual, day))])
        #expect(try terms("due:=2020-06-30") == [term(.due(.equal, day))])
        #expect(try terms("due:2020-06-30") == [term(.due(.equal, day))])
    }

    @Test func bangNegatesAnyTerm() throws {
        #expect(
            try terms("!status:done !overdue !金积镇") == [
                term(.status([.done]), negated: true), term(.overdue, negated: true), term(.text("金积镇"), negated: true)
            ])
        #expect(try terms("!!overdue") == [term(.overdue)])
    }

    @Test func quotesGroupSpacesAndMakeTextPlain() throws {
        #expect(try terms("\"投资 项目\"") == [term(.text("投资 项目"))])
        #expect(try terms("unit:\"区 发展\"") == [term(.unit("区 发展", leadOnly: false))])
        #expect(try terms("!\"a b\"") == [term(.text("a b"), negated: true)])
        #expect(try terms("a\"b c\"d") == [term(.text("ab cd"))])
        #expect(try terms("\"foo:bar\" \"overdue\" \"!x\"") == [term(.text("foo:bar")), term(.text("overdue")), term(.text("!x"))])
    }

    @Test func aColonAfterNonLettersIsText() throws {
        #expect(try terms("10:30 ：全角") == [term(.text("10:30")), term(.text("：全角"))])
    }

    @Test func aFullWidthColonAlsoEndsAKey() throws {
        #expect(try terms("leader：马长军") == [term(.leader("马长军"))])
    }

    @Test func emptyQuotesAreEmptyText() throws {
        #expect(try terms("\"\"") == [term(.text(""))])
        #expect(try FilterFixtures.ids("\"\"").count == 352)
    }

    @Test func unknownKeyNamesItsStartAndTheKeysInBothForms() {
        let keys = "leader/领导, unit/单位, lead/牵头, town/乡镇, status/状态, doc/文件, chapter/章节, due/截止"
        #expect(error("foo:bar") == LocatedError(message: "unknown key “foo:”; the keys: \(keys)", column: 0))
        #expect(error("投资 !foo:bar") == LocatedError(message: "unknown key “foo:”; the keys: \(keys)", column: 6))
    }

    @Test func badStatusNamesTheBadElement() {
        let expects = "status: expects one of not_started, in_progress, done, behind, blocked (or 未启动、推进中、已完成、滞后、受阻)"
        #expect(error("status:x") == LocatedError(message: "\(expects), not “x”", column: 7))
        #expect(error("滞后 status:behind,late") == LocatedError(message: "\(expects), not “late”", column: 19))
        #expect(error("status:behind,") == LocatedError(message: "\(expects), not “”", column: 14))
    }

    @Test func badDueNamesTheValue() {
        let message = "due: expects <, <=, >, >= or = and a date YYYY-MM-DD"
        #expect(error("due:2020-6-30") == LocatedError(message: message, column: 4))
        #expect(error("金积镇 due:<<2020-06-30") == LocatedError(message: message, column: 11))
        #expect(error("due:>=2020-02-30") == LocatedError(message: message, column: 4))
        #expect(error("due:>=") == LocatedError(message: message, column: 4))
    }

    @Test func unclosedQuoteNamesTheQuote() {
        #expect(error("unit:\"区 发展") == LocatedError(message: "unclosed quote", column: 5))
        #expect(error("\"a\" 投资\"b") == LocatedError(message: "unclosed quote", column: 8))
    }

    @Test func bangAloneIsAnError() {
        #expect(error("!") == LocatedError(message: "! must be followed by a term", column: 0))
        #expect(error("!\"\"") == LocatedError(message: "! must be followed by a term", column: 0))
        #expect(error("逾期 ! overdue") == LocatedError(message: "! must be followed by a term", column: 5))
    }

    @Test func emptyValueNamesWhereTheValueShouldBe() {
        #expect(error("leader:") == LocatedError(message: "leader: needs a value", column: 7))
        #expect(error("马长军 unit:\"\"") == LocatedError(message: "unit: needs a value", column: 12))
    }

    @Test(arguments: [
        ("unit:\"区 发展", "引号未闭合（第6列）"), ("逾期 !", "! 后须有条件（第6列）"), ("领导:", "领导: 后须有值（第6列）"),
        ("due:1", "截止须为 <、<=、>、>= 或 = 加日期 YYYY-MM-DD（第5列）"), ("colour:红", "没有“colour:”这个键；可用："),
        ("状态:快了", "状态须为 未启动、推进中、已完成、滞后、受阻（或 not_started")
    ])
    func everyProblemIsSaidInChineseToo(text: String, chinese: String) throws {
        do {
            _ = try FilterExpression.parse(text)
            Issue.record("“\(text)” parsed")
        } catch {
            #expect(error.description(.zh).hasPrefix(chinese), "\(error.description(.zh))")
            #expect(error.description(.en) == error.description, "English stays the plain description")
        }
    }

    @Test func descriptionGivesAOneBasedColumn() {
        #expect(error("投资 due:1")?.description == "due: expects <, <=, >, >= or = and a date YYYY-MM-DD (column 10)")
    }

    @Test func equalTextsGiveEqualExpressions() throws {
        #expect(try FilterExpression.parse("overdue  doc:P2") == FilterExpression.parse("overdue doc:P2"))
        #expect(try FilterExpression.parse("overdue") != FilterExpression.parse("!overdue"))
    }
}
