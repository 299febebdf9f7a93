import ModelRead
import ModelStore

/// Keeps the store's snapshot image written as the dashboard loads its snapshot: at the start, and
/// again when a structural change made it rebuild the snapshot from the whole store (so that the
/// next start after an import is quick too). One writer at a time; `stop()` ends the last one.
final class SnapshotImageUpkeep {
    private let store: SQLiteStore
    private var writer: SnapshotImageWriter?

    init(store: SQLiteStore) {
        self.store = store
    }

    /// `snapshot` was read at `cursor` from `source`: writes an image of it when that is worth it.
    func loaded(_ snapshot: Snapshot, cursor: ChangeCursor, source: SnapshotSource) {
        writer?.cancel()
        writer = SnapshotImageWriter.start(for: store, snapshot: snapshot, cursor: cursor, source: source)
    }

    func stop() {
        writer?.cancel()
    }
}
