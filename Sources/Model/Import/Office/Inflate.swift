import CZlibInflate

/// Raw deflate data (a ZIP entry's) unpacked with zlib, chunk by chunk.
enum Inflate {
    /// The data was not deflate, or ended before its stream did.
    struct Damaged: Error {}

    /// The CRC-32 of stored (unpacked) data, as a ZIP entry records it.
    static func crc32(of data: ArraySlice<UInt8>) -> UInt32 {
        data.withUnsafeBufferPointer { buffer in UInt32(CZlibInflate.crc32(0, buffer.baseAddress, UInt32(buffer.count))) }
    }

    /// Unpacks `input` into `consumer` (which may throw to stop), and returns the CRC-32 of what
    /// it unpacked. Every step either consumes input, gives output or fails: it ends.
    static func raw(_ input: ArraySlice<UInt8>, into consumer: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> UInt32 {
        guard input.count < Int(UInt32.max) else { throw Damaged() }
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw Damaged() }
        defer { inflateEnd(&stream) }
        let chunk = 64 * 1024
        var output = [UInt8](repeating: 0, count: chunk)
        var crc = CZlibInflate.crc32(0, nil, 0)
        try input.withUnsafeBufferPointer { source in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = UInt32(source.count)
            while true {
                let before = stream.avail_in
                let (result, produced) = output.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(chunk)
                    let result = inflate(&stream, Z_NO_FLUSH)
                    return (result, chunk - Int(stream.avail_out))
                }
                guard result == Z_OK || result == Z_STREAM_END || (result == Z_BUF_ERROR && produced > 0) else { throw Damaged() }
                if produced > 0 {
                    try output.withUnsafeBufferPointer { buffer in
                        let part = UnsafeBufferPointer(rebasing: buffer[..<produced])
                        crc = CZlibInflate.crc32(crc, part.baseAddress, UInt32(produced))
                        try consumer(part)
                    }
                }
                if result == Z_STREAM_END { return }
                // No input taken and nothing given: the data ends before its stream does.
                guard produced > 0 || stream.avail_in < before else { throw Damaged() }
            }
        }
        return UInt32(crc)
    }
}
