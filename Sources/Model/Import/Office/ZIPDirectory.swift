/// The entries of a ZIP archive as its central directory lists them, with where each one's data
/// lies, checked against the file's bounds: what the Office readers unpack their parts from.
///
/// Hand-written rather than ZIPFoundation's reader, which on Linux spins for ever on a deflated
/// entry whose data runs past the end of the file (its decode loop takes the empty read at the
/// end for more input) and traps when reading from memory past the end (weichsel/ZIPFoundation
/// pull request #394): both met by OfficeFuzzTests. Office writes neither ZIP64 nor encryption;
/// an archive that needs them is refused as damaged.
struct ZIPDirectory {
    /// One file of the archive.
    struct Entry {
        var path: String
        /// 0 stored, 8 deflated; anything else is refused when the entry is read.
        var method: UInt16
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        /// Where the entry's data begins in the file; nil when its local header does not hold.
        var dataStart: Int?
    }

    let entries: [Entry]

    /// The central directory of `bytes`; nil when they are no ZIP archive (no end record, or a
    /// central directory outside the file).
    init?(_ bytes: [UInt8]) {
        guard let end = Self.endRecord(bytes) else { return nil }
        let count = Self.uint16(bytes, end + 10), size = Self.uint32(bytes, end + 12), start = Self.uint32(bytes, end + 16)
        guard start + size <= end else { return nil }
        var entries: [Entry] = []
        var at = start
        for _ in 0..<count {
            guard at + 46 <= start + size, Self.uint32(bytes, at) == 0x0201_4B50 else { return nil }
            let nameLength = Self.uint16(bytes, at + 28), extraLength = Self.uint16(bytes, at + 30)
            let commentLength = Self.uint16(bytes, at + 32)
            guard at + 46 + nameLength <= bytes.count else { return nil }
            let compressed = Self.uint32(bytes, at + 20), uncompressed = Self.uint32(bytes, at + 24)
            let local = Self.uint32(bytes, at + 42)
            entries.append(
                Entry(
                    path: String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self),
                    method: UInt16(Self.uint16(bytes, at + 10)), crc32: UInt32(Self.uint32(bytes, at + 16)),
                    compressedSize: compressed, uncompressedSize: uncompressed,
                    dataStart: Self.dataStart(bytes, localHeader: local, compressedSize: compressed)))
            at += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// The end of central directory record: searched back from the end over the longest comment.
    private static func endRecord(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        return stride(from: bytes.count - 22, through: lowest, by: -1).first { uint32(bytes, $0) == 0x0605_4B50 }
    }

    /// Where an entry's data begins, after its local header; nil when the header is not one, or
    /// the data would run past the end of the file. 0xFFFFFFFF sizes (ZIP64) never fit.
    private static func dataStart(_ bytes: [UInt8], localHeader at: Int, compressedSize: Int) -> Int? {
        guard at + 30 <= bytes.count, uint32(bytes, at) == 0x0403_4B50 else { return nil }
        let start = at + 30 + uint16(bytes, at + 26) + uint16(bytes, at + 28)
        return start + compressedSize <= bytes.count ? start : nil
    }

    private static func uint16(_ bytes: [UInt8], _ at: Int) -> Int {
        Int(bytes[at]) | Int(bytes[at + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ at: Int) -> Int {
        uint16(bytes, at) | uint16(bytes, at + 2) << 16
    }
}
