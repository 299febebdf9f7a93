extension FilterMatcher {
    /// For every task of the snapshot, whether it matches: what `matches(_:)` says of each, computed
    /// term by term over all tasks at once (the dashboard's filter on every keystroke).
    ///
    /// A term is first worked out for every task at once; once the terms before it have left fewer
    /// than an eighth of the tasks, it is tested on those alone. Text terms go last, as they cost
    /// the most per task.
    public func mask(over snapshot: Snapshot) -> [Bool] {
        var result = [Bool](repeating: true, count: snapshot.tasks.count)
        var remaining = result.count
        for (check, negated) in checks.sorted(by: { !$0.check.isText && $1.check.isText }) {
            if remaining * 8 < result.count {
                remaining = check.narrow(&result, negated: negated, over: snapshot)
                continue
            }
            let mask = check.mask(over: snapshot)
            remaining = 0
            for task in result.indices where result[task] {
                if mask[task] == negated { result[task] = false } else { remaining += 1 }
            }
        }
        return result
    }
}

extension FilterCheck {
    var isText: Bool {
        if case .text = self { true } else { false }
    }

    /// Keeps in `result` only the tasks for which the check holds (does not hold, `negated`),
    /// testing each remaining task alone; returns how many remain.
    func narrow(_ result: inout [Bool], negated: Bool, over snapshot: Snapshot) -> Int {
        let index = snapshot.searchIndex
        func leaderIn(_ names: [Bool]) -> (Int) -> Bool { { index.leaders.gives($0, oneOf: names) } }
        func unitIn(_ names: [Bool], leadOnly: Bool) -> (Int) -> Bool {
            { index.leadUnits.gives($0, oneOf: names) || !leadOnly && index.otherUnits.gives($0, oneOf: names) }
        }
        let holds: (Int) -> Bool
        switch self {
        case .text(let needle, let pinyin):
            return index.narrow(&result, toText: needle, pinyin: pinyin, negated: negated)
        case .leader(let name):
            holds = leaderIn(index.nameMask(of: [name]))
        case .leaderContaining(let needle, let pinyin):
            holds = leaderIn(index.nameMask(needle, pinyin: pinyin, people: true))
        case .units(let list, let leadOnly):
            holds = unitIn(index.nameMask(of: list.names), leadOnly: leadOnly)
        case .unitContaining(let needle, let pinyin, let leadOnly):
            holds = unitIn(index.nameMask(needle, pinyin: pinyin, people: false), leadOnly: leadOnly)
        default:
            let tasks = snapshot.tasks
            holds = { self.holds(for: tasks[$0]) }
        }
        var remaining = 0
        for task in result.indices where result[task] {
            if holds(task) == negated { result[task] = false } else { remaining += 1 }
        }
        return remaining
    }
}
