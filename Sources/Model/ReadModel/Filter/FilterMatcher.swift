import ModelCore

/// A `FilterExpression` bound to a `FilterContext`: names resolved through the directory once,
/// then tested against as many tasks as needed.
public struct FilterMatcher: Sendable {
    /// The terms as written, and each one's check.
    let terms: [FilterTerm]
    let checks: [(check: FilterCheck, negated: Bool)]

    public init(_ expression: FilterExpression, context: FilterContext) {
        terms = expression.terms
        checks = expression.terms.map { (FilterMatcher.check($0.condition, context), $0.negated) }
    }

    /// Whether every term holds for the task (a negated term: does not hold).
    public func matches(_ task: Task) -> Bool {
        checks.allSatisfy { $0.check.holds(for: task) != $0.negated }
    }

    private static func check(_ condition: FilterCondition, _ context: FilterContext) -> FilterCheck {
        switch condition {
        case .text(let text):
            return .text(FoldedText(text), pinyin: pinyin(text, context))
        case .leader(let written):
            let name = Directory.normalise(written)
            return context.knownLeaders.contains(name)
                ? .leader(name) : .leaderContaining(FoldedText(name), pinyin: pinyin(written, context))
        case .unit(let written, let leadOnly):
            let names = context.directory.resolveUnit(written).names
            guard names.allSatisfy(context.knownUnits.contains) else {
                return .unitContaining(FoldedText(Directory.normalise(written)), pinyin: pinyin(written, context), leadOnly: leadOnly)
            }
            return .units(FilterNameList(names), leadOnly: leadOnly)
        case .town(let written):
            return .units(FilterNameList(townNames(written, context)), leadOnly: false)
        case .status(let statuses):
            return .status(statuses)
        case .document(let written):
            return .document(idPrefix: written.uppercased() + "-", name: FoldedText(written))
        case .chapter(let written):
            return written.allSatisfy(chineseNumerals.contains)
                ? .chapterNumeral(written)
                : .chapterContaining(FoldedText(Directory.normaliseBrackets(written)))
        case .overdue:
            return .overdue(today: context.today)
        case .unreported:
            return .ids(context.unreported)
        case .due(let comparison, let day):
            return .due(comparison, day)
        }
    }

    /// What a term typed in pinyin matches; nil when the term is not pinyin.
    private static func pinyin(_ written: String, _ context: FilterContext) -> PinyinNameMatch? {
        PinyinQuery(written).map { PinyinNameMatch($0, directory: context.directory) }
    }

    /// The towns a `town:` value means (a town, a group of towns, or towns whose name contains
    /// it or whose pinyin it is), with every group that includes one of them.
    private static func townNames(_ written: String, _ context: FilterContext) -> Set<String> {
        var towns = context.directory.resolveUnit(written).names.flatMap { name in
            context.townNames[name] != nil ? [name] : context.groupTowns[name] ?? []
        }
        if towns.isEmpty {
            let needle = FoldedText(Directory.normalise(written))
            let pinyin = pinyin(written, context)
            towns = context.towns.filter { needle.occurs(in: $0) || pinyin?.matches($0, person: false) == true }
        }
        return towns.reduce(into: []) { $0.formUnion(context.townNames[$1] ?? []) }
    }

    private static let chineseNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零", "〇"]
}
