/// A checksum over a snapshot image's bytes, the same however they are split into chunks: eight
/// bytes at a time, mixed by multiply and rotate (about a millisecond per 8 MB). It tells a torn or
/// damaged file from a whole one; it is no defence against a file made to deceive.
struct ImageChecksum {
    private(set) var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var pending: UInt64 = 0
    private var pendingCount = 0

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while pendingCount > 0 && pendingCount < 8 && offset < bytes.count {
            pending |= UInt64(bytes[offset]) << (8 * UInt64(pendingCount))
            pendingCount += 1
            offset += 1
        }
        if pendingCount == 8 {
            mix(pending)
            (pending, pendingCount) = (0, 0)
        }
        while offset + 8 <= bytes.count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        while offset < bytes.count {
            pending |= UInt64(bytes[offset]) << (8 * UInt64(pendingCount))
            pendingCount += 1
            offset += 1
        }
    }

    /// The checksum of every byte added so far.
    var value: UInt64 {
        var copy = self
        copy.mix(pending ^ UInt64(pendingCount) << 59)
        return copy.state
    }

    private mutating func mix(_ word: UInt64) {
        state = ((state ^ word) &* 0xFF51_AFD7_ED55_8CCD)
        state = (state << 31) | (state >> 33)
    }
}
