import Testing

@testable import ModelCore
@testable import ModelRead

/// A name that matches nothing offers the nearest known one: the same sound, a character
/// changed, or pinyin a letter away.
@Suite struct NameSuggestionTests {
    private let snapshot = Snapshot(tasks: FilterFixtures.tasks, documents: [])

    private func suggestion(_ filter: String) throws -> NameSuggestion? {
        try FilterMatcher(FilterExpression.parse(filter), context: FilterFixtures.context).suggestion(over: snapshot)
    }

    @Test(arguments: [
        ("马常军", "马长军"), ("leader:马常军", "马长军"), ("领导:马长君 状态:滞后", "马长军"), ("machangjn", "马长军"),
        ("leader:mcjj", "马长军"), ("town:金鸡镇", "金积镇"), ("乡镇:jinjizen", "金积镇"), ("unit:区才政局", "区财政局"),
        ("邵峰", "邵锋")
    ])
    func aNameThatMatchesNothingOffersTheNearest(_ filter: String, _ nearest: String) throws {
        let written = try FilterExpression.parse(filter).terms.compactMap(\.condition.writtenName).first!.0
        #expect(try suggestion(filter) == NameSuggestion(written: written, name: nearest))
    }

    @Test(arguments: ["", "马长军", "leader:马长军 status:done", "无此内容的一段话", "!马常军 leader:某某", "overdue doc:Q9"])
    func noSuggestionWhenSomethingMatchesOrNothingIsNear(_ filter: String) throws {
        #expect(try suggestion(filter) == nil)
    }
}
