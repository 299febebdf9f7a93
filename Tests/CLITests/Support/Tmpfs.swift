import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A small tmpfs mounted for one test, so that a disk can really fill up. Needs root (CAP_SYS_ADMIN).
struct Tmpfs {
    let path: String

    /// Whether this process can mount one: root, and a `mount` that succeeds on a probe.
    static let available: Bool = {
        guard getuid() == 0, let probe = try? Tmpfs(kilobytes: 64) else { return false }
        probe.unmount()
        return true
    }()

    static let skipReason: Comment = "needs root and mount(8) of a tmpfs (CAP_SYS_ADMIN): the test fills a small disk"

    init(kilobytes: Int) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("duban-tmpfs-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard system("mount -t tmpfs -o size=\(kilobytes)k,mode=0755 tmpfs \(path) 2>/dev/null") == 0 else {
            try? FileManager.default.removeItem(atPath: path)
            throw CocoaError(.fileWriteVolumeReadOnly)
        }
    }

    /// Writes a filler file until the disk refuses another byte.
    func fill() {
        guard let filler = fopen(path + "/filler", "w") else { return }
        defer { fclose(filler) }
        let block = [UInt8](repeating: 0x55, count: 4096)
        while fwrite(block, 1, block.count, filler) == block.count, fflush(filler) == 0 {}
        // The last partial block: byte by byte, until ENOSPC.
        while fwrite(block, 1, 1, filler) == 1, fflush(filler) == 0 {}
    }

    func unmount() {
        _ = system("umount \(path) 2>/dev/null")
        try? FileManager.default.removeItem(atPath: path)
    }
}
