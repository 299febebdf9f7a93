#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Converts bytes between character encodings with the C library's iconv.
enum Iconv {
    /// Why a conversion failed.
    enum Failure: Error, Equatable {
        /// The C library cannot convert between these encodings.
        case unsupported
        /// The byte at this offset starts a sequence the source encoding does not allow, or an incomplete one.
        case invalidByte(offset: Int)
    }

    /// The bytes converted from `source` to `target`, encodings named as iconv names them (`GB18030`, `UTF-8`).
    static func convert(_ bytes: [UInt8], from source: String, to target: String) throws(Failure) -> [UInt8] {
        guard let converter = iconv_open(target, source), Int(bitPattern: converter) != -1 else {
            throw .unsupported
        }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output: [UInt8] = []
        let stop: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            var inPointer = inBuffer.baseAddress
            var inLeft = inBuffer.count
            var chunk = [CChar](repeating: 0, count: 4096)
            while inLeft > 0 {
                let (status, produced, error) = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    var outPointer = outBuffer.baseAddress
                    var outLeft = outBuffer.count
                    let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (status, outBuffer.count - outLeft, errno)
                }
                output += chunk[..<produced].map { UInt8(bitPattern: $0) }
                if status == -1 && error != E2BIG { return inBuffer.count - inLeft }
            }
            return nil
        }
        if let stop { throw .invalidByte(offset: stop) }
        return output
    }
}
