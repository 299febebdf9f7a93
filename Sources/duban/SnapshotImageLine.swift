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
            let path = SnapshotImage.path(forStore: store.path), time = String(format: "%.1f", seconds)
            let written = localized(zh: "\(path)（用时 \(time) 秒）", en: "\(path) (written in \(time) s)")
            return SafeText.line(SummaryField.label("映像", "image") + written)
        } catch {
            return SafeText.line(
                localized(
                    zh: "警告：快照映像未能写出（\(error)），第一个打开的看板会写出它",
                    en: "warning: the snapshot image was not written (\(error)); the first dashboard will write it"))
        }
    }
}
