import Foundation
import ModelCore
import ModelRead
import ModelStore

/// What `import` and `gen` say about the snapshot image they write once a large store's tasks are
/// in (`SQLiteStore.writeSnapshotImage`), so that the first dashboard after them starts quickly.
enum SnapshotImageLine {
    /// Writes the image when the store calls for one; returns the line to print, or nil when
    /// none was needed. A failure does not undo what was written before (the first dashboard
    /// writes the image instead), and is said rather than hidden.
    static func write(for store: SQLiteStore) -> String? {
        do {
            let started = ContinuousClock.now
            guard try store.writeSnapshotImage() else { return nil }
            let seconds = (ContinuousClock.now - started) / .seconds(1)
            return SafeText.line("image      \(SnapshotImage.path(forStore: store.path)) (written in \(String(format: "%.1f", seconds)) s)")
        } catch {
            return SafeText.line("warning: the snapshot image was not written (\(error)); the first dashboard will write it")
        }
    }
}
