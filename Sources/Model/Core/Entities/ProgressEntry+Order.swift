extension ProgressEntry {
    /// Entries grouped by task, each task's newest first.
    package static func byTask(_ history: [ProgressEntry]) -> [String: [ProgressEntry]] {
        Dictionary(grouping: history, by: \.taskID).mapValues(newestFirst)
    }

    /// One task's entries by time, newest first; entries at the same second keep their order.
    package static func newestFirst(_ entries: [ProgressEntry]) -> [ProgressEntry] {
        entries.sorted { $0.at > $1.at }
    }
}
