import ModelCore

/// The dashboard's filter language: whitespace-separated terms, all of which must hold.
///
/// `leader:马长军 unit:发改局 town:金积镇 lead:财政局 status:behind,blocked doc:P2 chapter:二
/// overdue unreported due:<2020-06-30 !status:done "投资 项目"`. A term without a known `key:` is free
/// text; `!` negates a term; double quotes group a value with spaces. Empty text matches every task.
public struct FilterExpression: Sendable, Equatable {
    let terms: [FilterTerm]

    public static func parse(_ text: String) throws(LocatedError) -> FilterExpression {
        let characters = Array(text)
        let parser = FilterTermParser(text: characters)
        var terms: [FilterTerm] = []
        for token in try FilterTokenizer.tokens(characters) {
            terms.append(try parser.term(token))
        }
        return FilterExpression(terms: terms)
    }

    /// Whether the task passes. Resolves names on each call: for many tasks use `apply` or a `FilterMatcher`.
    public func matches(_ task: Task, in context: FilterContext) -> Bool {
        FilterMatcher(self, context: context).matches(task)
    }

    /// The tasks that pass, in their order.
    public func apply(_ tasks: [Task], in context: FilterContext) -> [Task] {
        let matcher = FilterMatcher(self, context: context)
        return tasks.filter(matcher.matches)
    }
}
