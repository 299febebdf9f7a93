import Foundation
import ModelCore

/// Where a snapshot keeps its `SearchIndex` once built: shared by the snapshot's copies, and
/// replaced by `Snapshot.apply` when a change touches what the index holds.
final class SearchIndexSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var index: SearchIndex?

    /// The index of `tasks`, built on the first call.
    func index(of tasks: [Task]) -> SearchIndex {
        lock.withLock {
            if let index { return index }
            let built = SearchIndex(tasks)
            index = built
            return built
        }
    }
}
