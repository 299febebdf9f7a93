import Foundation
import ModelStore

#if canImport(Glibc)
    import Glibc
#endif

extension SnapshotImage {
    /// An image file open for reading; closed when let go. Its inputs read by offset (`pread`),
    /// so threads may each read their part of it.
    final class OpenFile: @unchecked Sendable {
        let input: ImageInput
        private let descriptor: Int32

        /// Opens the image at `path`, or nil when there is none (or it cannot be read).
        init?(path: String) {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            input = ImageInput(descriptor: descriptor)
        }

        /// A second input on the same file, from `offset` on (the file stays open as long as this
        /// object lives).
        func input(from offset: Int) -> ImageInput {
            ImageInput(descriptor: descriptor, start: offset)
        }

        /// The footer: where the history begins (the eight bytes before the checksum).
        func historyOffset() throws -> Int {
            var status = stat()
            var value: UInt64 = 0
            guard fstat(descriptor, &status) == 0, status.st_size >= 16,
                pread(descriptor, &value, 8, off_t(status.st_size - 16)) == 8,
                let offset = Int(exactly: UInt64(littleEndian: value)), offset < status.st_size - 16
            else { throw Failure(reason: "no footer") }
            return offset
        }

        deinit { close(descriptor) }

        /// Throws unless the file's last eight bytes are the checksum of those before them.
        func verify() throws {
            var status = stat()
            guard fstat(descriptor, &status) == 0, status.st_size >= 8 else { throw Failure(reason: "too short") }
            let length = Int(status.st_size) - 8
            let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 8)
            defer { chunk.deallocate() }
            var checksum = ImageChecksum()
            var offset = 0
            while offset < length {
                let count = pread(descriptor, chunk.baseAddress!, min(chunk.count, length - offset), off_t(offset))
                guard count > 0 else { throw Failure(reason: "cannot read the file whole") }
                checksum.add(UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
                offset += count
            }
            var stored: UInt64 = 0
            guard pread(descriptor, &stored, 8, off_t(length)) == 8, UInt64(littleEndian: stored) == checksum.value else {
                throw Failure(reason: "its checksum does not match")
            }
        }
    }

    /// Writes the image of `snapshot` for the store at `storePath`: into a temporary file beside
    /// it with the store file's group and mode, flushed to disk, then renamed over the old image.
    /// `isCancelled` is asked between chunks; a cancelled or failed write leaves no file behind.
    static func save(
        _ snapshot: Snapshot, cursor: ChangeCursor, stamp: Stamp, storePath: String,
        temporary: String? = nil, isCancelled: @escaping () -> Bool = { false }
    ) throws {
        let target = path(forStore: storePath)
        removeAbandonedTemporaries(of: target)
        var store = stat()
        guard stat(storePath, &store) == 0 else { throw Failure(reason: "cannot stat \(storePath)") }
        let temporary = temporary ?? temporaryPath(forStore: storePath)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, store.st_mode & 0o666)
        guard descriptor >= 0 else { throw Failure(reason: "cannot create \(temporary): \(String(cString: strerror(errno)))") }
        var renamed = false
        defer {
            close(descriptor)
            if !renamed { unlink(temporary) }
        }
        // Whoever shares the store shares its image: the store's group and mode, as far as this user may.
        _ = fchown(descriptor, uid_t.max, store.st_gid)
        _ = fchmod(descriptor, store.st_mode & 0o666)
        try write(snapshot, cursor: cursor, stamp: stamp, to: descriptor, isCancelled: isCancelled)
        guard fsync(descriptor) == 0 else { throw Failure(reason: "cannot flush \(temporary)") }
        guard rename(temporary, target) == 0 else { throw Failure(reason: "cannot rename \(temporary)") }
        renamed = true
    }

    /// A file of its own for one writer of this process to write an image in before renaming it
    /// into place: `.NAME.snapshot.PID.N.tmp`.
    static func temporaryPath(forStore storePath: String) -> String {
        "\(path(forStore: storePath)).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    /// Temporary files of writers that died before they finished (killed, or the machine stopped).
    private static func removeAbandonedTemporaries(of target: String) {
        let url = URL(fileURLWithPath: target)
        let prefix = url.lastPathComponent + "."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let pid = name.dropFirst(prefix.count).prefix { $0 != "." }
            if let pid = pid_t(pid), kill(pid, 0) != 0, errno == ESRCH {
                unlink(url.deletingLastPathComponent().appendingPathComponent(name).path)
            }
        }
    }
}
