import ModelCore
import ModelStore

extension Snapshot {
    /// Brings the snapshot to `changes.cursor`: afterwards it equals a full load of the store
    /// there, provided it was the store as of the cursor `changes` was read from.
    ///
    /// Changed tasks are replaced where they stand and new history entries join their task's;
    /// the indexes stay unless a task's leaders or units changed, when they are rebuilt from the
    /// tasks in memory. A structural change replaces everything with `changes.reload`.
    ///
    /// Mutate the snapshot where it is kept (`state.snapshot.apply(changes)`): a few changed tasks
    /// then cost microseconds at 100 000 tasks. A copy that shares storage with a snapshot still
    /// in use copies the task list first, about 50 ms at that size.
    public mutating func apply(_ changes: StoreChanges) {
        if let contents = changes.reload {
            self = Snapshot(contents)
            return
        }
        var reindex = false, searchChanged = false
        for task in changes.tasks {
            if let i = index[task.id] {
                reindex = reindex || !tasks[i].hasSameAssignments(as: task)
                searchChanged = searchChanged || !tasks[i].hasSameSearchText(as: task)
                tasks[i] = task
            } else {
                // A task this snapshot lacks (it is older than the cursor): it goes last.
                tasks.append(task)
                reindex = true
            }
        }
        for (taskID, entries) in Dictionary(grouping: changes.history, by: \.taskID) {
            // Entries recorded later come first at the same second, as a full load orders them.
            history[taskID] = ProgressEntry.newestFirst(entries + (history[taskID] ?? []))
        }
        if searchChanged { searchSlot = SearchIndexSlot() }
        if reindex {
            self = Snapshot(
                tasks: tasks, documents: documents, historyByTask: history, directory: directory,
                reportRounds: reportRounds)
        }
    }
}

extension Task {
    /// Whether `other` has the same leaders and units, so that the snapshot's indexes still hold.
    func hasSameAssignments(as other: Task) -> Bool {
        leaders == other.leaders && leadUnits == other.leadUnits && responsibleUnits == other.responsibleUnits
            && cooperatingUnits == other.cooperatingUnits
    }

    /// Whether `other` has the same text, case number and proposers, so that the search index
    /// still holds (its names are checked by `hasSameAssignments`).
    func hasSameSearchText(as other: Task) -> Bool {
        text == other.text && caseNumber == other.caseNumber && proposers == other.proposers
    }
}
