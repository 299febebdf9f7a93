import ModelCore

/// A term's condition with its names resolved for one `FilterContext`: cheap to test on a task.
enum FilterCheck: Sendable {
    case text(FoldedText)
    case leader(String)
    case leaderContaining(FoldedText)
    /// The task names one of these units or groups (as lead unit only, or in any role).
    case units(FilterNameList, leadOnly: Bool)
    case unitContaining(FoldedText, leadOnly: Bool)
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
        case .text(let needle):
            needle.occurs(in: task.id) || task.leaders.contains(where: needle.occurs)
                || task.leadUnits.contains(where: needle.occurs) || task.responsibleUnits.contains(where: needle.occurs)
                || task.cooperatingUnits.contains(where: needle.occurs) || task.proposers.contains(where: needle.occurs)
                || task.caseNumber.map(needle.occurs) == true || needle.occurs(in: task.text)
        case .leader(let name):
            task.leaders.contains(name)
        case .leaderContaining(let needle):
            task.leaders.contains(where: needle.occurs)
        case .units(let names, let leadOnly):
            task.leadUnits.contains(where: names.contains)
                || !leadOnly
                    && (task.responsibleUnits.contains(where: names.contains)
                        || task.cooperatingUnits.contains(where: names.contains))
        case .unitContaining(let needle, let leadOnly):
            task.leadUnits.contains(where: needle.occurs)
                || !leadOnly
                    && (task.responsibleUnits.contains(where: needle.occurs)
                        || task.cooperatingUnits.contains(where: needle.occurs))
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
}
