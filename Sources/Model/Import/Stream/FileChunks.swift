import ModelCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file read from start to end a chunk at a time, so that no more than a chunk of it is held.
final class FileChunks {
    /// How much one read asks for, unless told otherwise.
    static let standardChunkSize = 1 << 20

    /// How much one read asks for.
    private let chunkSize: Int

    private let descriptor: Int32
    private let path: String
    /// The file's size when it was opened, for telling how far a reader has come.
    let size: Int
    /// Bytes read so far.
    private(set) var offset = 0

    init(path: String, chunkSize: Int = standardChunkSize) throws(LocatedError) {
        self.path = path
        self.chunkSize = chunkSize
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.failure(path: path) }
        var status = stat()
        size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
    }

    deinit {
        close(descriptor)
    }

    /// Appends the next chunk to `buffer`; false at the end of the file.
    func nextChunk(appendingTo buffer: inout [UInt8]) throws(LocatedError) -> Bool {
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        var count = 0
        repeat {
            count = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + start, chunkSize)
            }
        } while count < 0 && errno == EINTR
        guard count >= 0 else {
            buffer.removeLast(chunkSize)
            throw Self.failure(path: path)
        }
        buffer.removeLast(chunkSize - count)
        offset += count
        return count > 0
    }

    /// The file cannot be opened or read: said as `Importer.read` says it of a whole file.
    private static func failure(path: String) -> LocatedError {
        LocatedError(file: path, line: 0, message: "cannot read the file (\(String(cString: strerror(errno))))")
    }
}
