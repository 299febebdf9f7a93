import Foundation

/// What an import into a path where no store was makes, so that a failed one leaves nothing
/// behind: the store's files and the directories made for it. A file read as a stream is checked
/// while it is written, after the store was opened.
struct NewStoreFiles {
    private let path: String
    /// The directories above the store that were missing, deepest first.
    private let missingDirectories: [String]
    /// Whether there was no store at `path` before.
    let isNew: Bool

    init(path: String) {
        self.path = path
        isNew = !FileManager.default.fileExists(atPath: path)
        var missing: [String] = []
        var directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        while directory.path != "/", !FileManager.default.fileExists(atPath: directory.path) {
            missing.append(directory.path)
            directory = directory.deletingLastPathComponent()
        }
        missingDirectories = missing
    }

    /// Removes the store's files and the directories made for them (each only while empty), when
    /// there was no store before; does nothing otherwise.
    func removeIfNew() {
        guard isNew else { return }
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
        for directory in missingDirectories { rmdir(directory) }
    }
}
