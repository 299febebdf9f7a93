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
        let converter = try Converter(from: source, to: target)
        var output: [UInt8] = []
        let converted = converter.convert(bytes[...], appendingTo: &output)
        if converted < bytes.count { throw .invalidByte(offset: converted) }
        return output
    }

    /// One conversion that may be fed a chunk at a time: a sequence cut by the end of a chunk is
    /// left for the caller to put before the next one.
    final class Converter {
        private let handle: iconv_t

        init(from source: String, to target: String) throws(Failure) {
            guard let handle = iconv_open(target, source), Int(bitPattern: handle) != -1 else { throw .unsupported }
            self.handle = handle
        }

        deinit {
            iconv_close(handle)
        }

        /// Converts `input` onto the end of `output`; returns how many of its bytes were converted:
        /// all of them, or up to the first byte of an invalid or unfinished sequence.
        func convert(_ input: ArraySlice<UInt8>, appendingTo output: inout [UInt8]) -> Int {
            var input = input
            return input.withUnsafeMutableBytes { inBuffer in
                var inPointer = inBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var chunk = [UInt8](repeating: 0, count: 1 << 16)
                while inLeft > 0 {
                    let (status, produced, error) = chunk.withUnsafeMutableBytes { outBuffer in
                        var outPointer = outBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                        var outLeft = outBuffer.count
                        let status = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                        return (status, outBuffer.count - outLeft, errno)
                    }
                    output.append(contentsOf: chunk[..<produced])
                    if status == -1 && error != E2BIG { break }
                }
                return inBuffer.count - inLeft
            }
        }
    }
}
