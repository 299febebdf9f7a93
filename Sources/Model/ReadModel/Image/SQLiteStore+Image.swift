import ModelCore
import ModelStore

extension SQLiteStore {
    /// Writes the store's snapshot image here and now, when the store calls for one (see
    /// `SnapshotImage`): what `duban import` does once its transaction has committed, so that the
    /// first start after an import reads the image, not every row. Returns whether it wrote one;
    /// a store too small, opened read-only, or with a current image already is left as it is.
    @discardableResult
    public func writeSnapshotImage(directory: Directory? = nil) throws -> Bool {
        // Counted first: a store too small for an image (the bundled plan) is not loaded for nothing.
        guard access == .readWrite, try read(TaskTable.count) >= SnapshotImage.minimumTasks else { return false }
        let (snapshot, cursor, source) = try loadSnapshot(directory: directory)
        guard SnapshotImage.isWorthWriting(for: self, taskCount: snapshot.tasks.count, source: source) else { return false }
        try SnapshotImage.save(snapshot, cursor: cursor, stamp: try imageStamp(at: cursor), storePath: path)
        return true
    }
}
