import ModelCore

/// A term's condition with its names resolved for one `FilterContext`: cheap to test on a task.
enum FilterCheck: Sendable {
    /// Free text: in the task's text, id, case number or proposers, or in a name it gives, or a
    /// name it gives read in pinyin.
    case text(FoldedText, pinyin: PinyinNameMatch?)
    case leader(String)
    case leaderContaining(FoldedText, pinyin: PinyinNameMatch?)
    /// The task names one of these units or groups (as lead unit only, or in any role).
    case units(FilterNameList, leadOnly: Bool)
    case unitContaining(FoldedText, pinyin: PinyinNameMatch?, leadOnly: Bool)
    case status(Set<Status>)
    /// `idPrefix` is the code with its dash, `P2-`.
    case document(idPrefix: String, name: FoldedText)
    /// The chapter starts with this numeral and 、 (so 一 is not 十一).
    case chapterNumeral(String)
    case chapterContaining(FoldedText)
    case overdue(today: Day)
    /// The task's id is one of these.
    case ids(Set<String>)
    case due(DueComparison, Day)

    func holds(for task: Task) -> Bool {
        switch self {
        case .text(let needle, let pinyin):
            needle.occurs(in: task.id) || task.leaders.contains(where: Self.named(needle, pinyin, person: true))
                || Self.givesUnit(task, where: Self.named(needle, pinyin, person: false), leadOnly: false)
                || task.proposers.contains(where: needle.occurs) || task.caseNumber.map(needle.occurs) == true
                || needle.occurs(in: task.text)
        case .leader(let name):
            task.leaders.contains(name)
        case .leaderContaining(let needle, let pinyin):
            task.leaders.contains(where: Self.named(needle, pinyin, person: true))
        case .units(let names, let leadOnly):
            Self.givesUnit(task, where: names.contains, leadOnly: leadOnly)
        case .unitContaining(let needle, let pinyin, let leadOnly):
            Self.givesUnit(task, where: Self.named(needle, pinyin, person: false), leadOnly: leadOnly)
        case .status(let statuses):
            statuses.contains(task.status)
        case .document(let idPrefix, let name):
            task.id.utf8.starts(with: idPrefix.utf8) || name.occurs(in: task.document)
        case .chapterNumeral(let numeral):
            task.chapter.utf8.starts(with: (numeral + "、").utf8)
        case .chapterContaining(let needle):
            needle.occurs(in: task.chapter) || task.section.map(needle.occurs) == true
        case .overdue(let today):
            task.isOverdue(today: today)
        case .ids(let ids):
            ids.contains(task.id)
        case .due(let comparison, let day):
            task.deadline.map { comparison.holds($0, day) } == true
        }
    }

    /// Whether the task names a unit for which `isMatch` holds: as lead unit, or in any role.
    private static func givesUnit(_ task: Task, where isMatch: (String) -> Bool, leadOnly: Bool) -> Bool {
        task.leadUnits.contains(where: isMatch)
            || !leadOnly && (task.responsibleUnits.contains(where: isMatch) || task.cooperatingUnits.contains(where: isMatch))
    }

    /// Whether a name holds the needle or, read as pinyin (a person's name when `person`), matches the query.
    private static func named(_ needle: FoldedText, _ pinyin: PinyinNameMatch?, person: Bool) -> (String) -> Bool {
        { needle.occurs(in: $0) || pinyin?.matches($0, person: person) == true }
    }
}
