extension FilterMatcher {
    /// For every task of the snapshot, whether it matches: what `matches(_:)` says of each, computed
    /// term by term over all tasks at once (the dashboard's filter on every keystroke).
    ///
    /// Text terms go last: by then the other terms have usually narrowed the tasks to a few, and a
    /// text term over a few tasks searches just their records instead of the whole buffer.
    public func mask(over snapshot: Snapshot) -> [Bool] {
        var result = [Bool](repeating: true, count: snapshot.tasks.count)
        var remaining = result.count
        for (check, negated) in checks.sorted(by: { !$0.check.isText && $1.check.isText }) {
            if remaining * 8 < result.count, case .text(let needle) = check {
                remaining = snapshot.searchIndex.narrow(&result, toText: needle, negated: negated)
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
}
