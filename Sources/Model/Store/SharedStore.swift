import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A store in a directory that every member of one Unix group can write (`duban init --shared`).
///
/// The directory gets mode 2775 (setgid, so files created in it belong to the group) and the
/// database file mode 0664, both owned by the group, before SQLite first opens the file;
/// SQLite gives the `-wal` and `-shm` files the database file's mode and group.
public enum SharedStore {
    /// The database file's name inside the shared directory.
    public static let fileName = "duban.sqlite"

    /// What `create` did.
    public struct Outcome: Equatable, Sendable {
        /// The database file, absolute.
        public var path: String
        public var groupName: String
        /// False when the store was already shared with this group and was left as it was.
        public var created: Bool
    }

    /// Creates (or checks) the shared store in `directory` for the group `gid`, and brings its schema up to date.
    public static func create(directory: String, gid: gid_t) throws -> Outcome {
        let directory = URL(fileURLWithPath: directory).standardizedFileURL.path
        let path = directory + "/" + fileName
        let existing = try checkExisting(path, gid: gid)
        try prepare(directory: directory, gid: gid)
        if !existing { try createFile(path, gid: gid) }
        try SQLiteStore(path: path).close()
        return Outcome(path: path, groupName: FilePermission.groupName(gid), created: !existing)
    }

    private static func prepare(directory: String, gid: gid_t) throws {
        if !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw StoreError.cannotShare(path: directory, reason: "cannot create the directory: \(error.localizedDescription)")
            }
        }
        var info = stat()
        guard stat(directory, &info) == 0 else { throw failure(errno, directory, "cannot read its owner and mode") }
        if info.st_gid != gid, chown(directory, uid_t.max, gid) != 0 {
            throw failure(errno, directory, "cannot give it to group \(FilePermission.groupName(gid))")
        }
        if info.st_mode & 0o7777 != 0o2775, chmod(directory, 0o2775) != 0 {
            throw failure(errno, directory, "cannot set its mode to 2775")
        }
        // Linux drops the setgid bit, without an error, for a caller outside the directory's group.
        guard stat(directory, &info) == 0, info.st_mode & 0o7777 == 0o2775 else {
            throw StoreError.cannotShare(
                path: directory,
                reason: """
                    its mode stays \(String(format: "%04o", info.st_mode & 0o7777)), not 2775: only a member of group \
                    \(FilePermission.groupName(info.st_gid)) or root can make it setgid
                    """)
        }
    }

    /// True when a store already shared with the group is at `path`; refuses any other file
    /// there, and a directory path that is not a directory, before anything is changed.
    private static func checkExisting(_ path: String, gid: gid_t) throws -> Bool {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var info = stat()
        if stat(directory, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
            throw StoreError.cannotShare(path: directory, reason: "it is not a directory")
        }
        guard lstat(path, &info) == 0 else { return false }
        guard info.st_mode & S_IFMT == S_IFREG, info.st_gid == gid, info.st_mode & 0o060 == 0o060 else {
            throw StoreError.cannotShare(
                path: path,
                reason: """
                    a file is already there (\(FilePermission.ownership(path))) and is not a store shared with group \
                    \(FilePermission.groupName(gid)); duban does not change an existing store's owner or mode
                    """)
        }
        return true
    }

    /// Creates the empty database file with mode 0664 and the group, whatever the umask.
    private static func createFile(_ path: String, gid: gid_t) throws {
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o664)
        guard fd >= 0 else { throw failure(errno, path, "cannot create the file") }
        defer { close(fd) }
        guard fchown(fd, uid_t.max, gid) == 0, fchmod(fd, 0o664) == 0 else {
            let failed = failure(errno, path, "cannot give it to group \(FilePermission.groupName(gid)) with mode 0664")
            unlink(path)
            throw failed
        }
    }

    /// A system call on `path` that failed with `code`; the code is taken before `what` is built,
    /// because looking up a group name may change errno.
    private static func failure(_ code: Int32, _ path: String, _ what: String) -> StoreError {
        .cannotShare(path: path, reason: "\(what): \(String(cString: strerror(code)))")
    }
}
