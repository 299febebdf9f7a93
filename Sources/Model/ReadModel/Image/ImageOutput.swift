import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes the bytes of a snapshot image to a file descriptor through a buffer of its own, so that
/// an image of a million tasks is never held in memory whole. Integers are LEB128 varints (signed
/// ones zigzagged first), strings their UTF-8 length then their bytes.
final class ImageOutput {
    private static let capacity = 1 << 20
    private let descriptor: Int32
    private let isCancelled: () -> Bool
    private var buffer: [UInt8] = []
    private var checksum = ImageChecksum()
    /// Bytes written to the file so far.
    private var flushed = 0

    /// `isCancelled` is asked before each chunk is written; once it says yes, writes throw.
    init(descriptor: Int32, isCancelled: @escaping () -> Bool) {
        self.descriptor = descriptor
        self.isCancelled = isCancelled
        buffer.reserveCapacity(Self.capacity)
    }

    func byte(_ value: UInt8) throws {
        buffer.append(value)
        try flushWhenFull()
    }

    func bytes(_ value: some Collection<UInt8>) throws {
        buffer.append(contentsOf: value)
        try flushWhenFull()
    }

    /// Where the next byte goes, from the start of the file.
    var offset: Int { flushed + buffer.count }

    /// A count, an index or a sequence number: never negative.
    func count(_ value: Int) throws {
        precondition(value >= 0, "a count is never negative")
        try unsigned(UInt64(value))
    }

    func integer(_ value: Int) throws {
        try unsigned(UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1)))))
    }

    func fixed64(_ value: UInt64) throws {
        withUnsafeBytes(of: value.littleEndian) { buffer.append(contentsOf: $0) }
        try flushWhenFull()
    }

    func string(_ value: String) throws {
        var value = value
        try value.withUTF8 { utf8 in
            try count(utf8.count)
            try bytes(utf8)
        }
    }

    /// nil as 0, a string as its length plus one and its bytes.
    func optionalString(_ value: String?) throws {
        guard var value else { return try count(0) }
        try value.withUTF8 { utf8 in
            try count(utf8.count + 1)
            try bytes(utf8)
        }
    }

    /// Writes what is buffered, then the checksum of everything written: the last eight bytes.
    func finish() throws {
        try flush()
        withUnsafeBytes(of: checksum.value.littleEndian) { buffer.append(contentsOf: $0) }
        try writeBuffer()
    }

    private func flush() throws {
        if isCancelled() { throw SnapshotImage.Failure(reason: "cancelled") }
        buffer.withUnsafeBytes { checksum.add($0) }
        try writeBuffer()
    }

    private func writeBuffer() throws {
        var written = 0
        while written < buffer.count {
            let result = buffer.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                throw SnapshotImage.Failure(reason: "cannot write: \(String(cString: strerror(errno)))")
            }
            written += result
        }
        flushed += written
        buffer.removeAll(keepingCapacity: true)
    }

    private func unsigned(_ value: UInt64) throws {
        var value = value
        while value >= 0x80 {
            buffer.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        buffer.append(UInt8(value))
        try flushWhenFull()
    }

    private func flushWhenFull() throws {
        if buffer.count >= Self.capacity { try flush() }
    }
}
