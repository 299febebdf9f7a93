extension FilterCheck {
    /// For every task of the snapshot, whether the check holds: `holds(for:)` over all tasks at
    /// once, through the snapshot's `SearchIndex` for text and names.
    func mask(over snapshot: Snapshot) -> [Bool] {
        let tasks = snapshot.tasks
        switch self {
        case .text(let needle, let pinyin):
            let index = snapshot.searchIndex
            var mask = index.textMatches(needle)
            index.leaders.mark(index.nameMask(needle, pinyin: pinyin, people: true), into: &mask)
            let units = index.nameMask(needle, pinyin: pinyin, people: false)
            for references in [index.leadUnits, index.otherUnits] { references.mark(units, into: &mask) }
            return mask
        case .leader(let name):
            return Self.mark(snapshot.searchIndex, leadOnly: nil) { $0.nameMask(of: [name]) }
        case .leaderContaining(let needle, let pinyin):
            return Self.mark(snapshot.searchIndex, leadOnly: nil) { $0.nameMask(needle, pinyin: pinyin, people: true) }
        case .units(let names, let leadOnly):
            return Self.mark(snapshot.searchIndex, leadOnly: leadOnly) { $0.nameMask(of: names.names) }
        case .unitContaining(let needle, let pinyin, let leadOnly):
            return Self.mark(snapshot.searchIndex, leadOnly: leadOnly) { $0.nameMask(needle, pinyin: pinyin, people: false) }
        case .status(let statuses):
            return tasks.indices.map { statuses.contains(tasks[$0].status) }
        case .overdue(let today):
            return tasks.indices.map { tasks[$0].status != .done && tasks[$0].deadline.map { $0 < today } == true }
        case .ids(let ids):
            var mask = [Bool](repeating: false, count: tasks.count)
            for id in ids {
                if let index = snapshot.index[id] { mask[index] = true }
            }
            return mask
        case .due(let comparison, let day):
            return tasks.indices.map { tasks[$0].deadline.map { comparison.holds($0, day) } == true }
        case .document, .chapterNumeral, .chapterContaining:
            return tasks.indices.map { holds(for: tasks[$0]) }
        }
    }

    /// The tasks that give a name `names` marks: as leader (`leadOnly` nil), as lead unit, or as
    /// any unit.
    private static func mark(_ index: SearchIndex, leadOnly: Bool?, names: (SearchIndex) -> [Bool]) -> [Bool] {
        let names = names(index)
        var mask = [Bool](repeating: false, count: index.textStarts.count - 1)
        guard let leadOnly else {
            index.leaders.mark(names, into: &mask)
            return mask
        }
        index.leadUnits.mark(names, into: &mask)
        if !leadOnly { index.otherUnits.mark(names, into: &mask) }
        return mask
    }
}
