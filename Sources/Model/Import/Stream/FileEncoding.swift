import ModelCore

/// The encoding of a file to import, decided as `ImportText.decode` decides it (UTF-8, else
/// GB18030) but reading the file a chunk at a time: a file of any size is checked whole before a
/// row of it is read.
enum FileEncoding: Equatable {
    case utf8
    case gb18030

    /// The encoding of the file at `path`; throws what `ImportText.decode` throws for text that is
    /// neither, naming the same lines.
    static func of(path: String, chunkSize: Int = FileChunks.standardChunkSize) throws(LocatedError) -> FileEncoding {
        guard let utf8Stop = try stop(path: path, chunkSize: chunkSize, check: UTF8Prefix.check) else { return .utf8 }
        let converter: Iconv.Converter
        do throws(Iconv.Failure) {
            converter = try Iconv.Converter(from: "GB18030", to: "UTF-8")
        } catch {
            throw LocatedError(
                file: path, line: utf8Stop.line, message: "not UTF-8 text, and this system cannot convert GB18030")
        }
        var discarded: [UInt8] = []
        let gbStop = try stop(path: path, chunkSize: chunkSize) { bytes in
            let converted = converter.convert(bytes[...], appendingTo: &discarded)
            discarded.removeAll(keepingCapacity: true)
            // A GB18030 sequence is at most four bytes: fewer left over may be one the chunk's end cut.
            return (converted, bytes.count - converted < 4)
        }
        guard let gbStop else { return .gb18030 }
        throw LocatedError(
            file: path, line: utf8Stop.offset >= gbStop.offset ? utf8Stop.line : gbStop.line,
            message: "neither UTF-8 nor GB18030 text (not UTF-8 from line \(utf8Stop.line), "
                + "not GB18030 from line \(gbStop.line))")
    }

    /// Where the file stops being text by `check`, which tells how many bytes of a chunk are good
    /// and whether what follows may be a sequence the chunk's end cut: the offset of the first bad
    /// byte and its line (the LF bytes before it, plus one), or nil when the whole file is good.
    private static func stop(
        path: String, chunkSize: Int, check: ([UInt8]) -> (good: Int, maybeCut: Bool)
    ) throws(LocatedError) -> (offset: Int, line: Int)? {
        let file = try FileChunks(path: path, chunkSize: chunkSize)
        var buffer: [UInt8] = []
        var start = 0, line = 1
        while true {
            let more = try file.nextChunk(appendingTo: &buffer)
            let (good, maybeCut) = check(buffer)
            line += LineFeeds.count(in: buffer[..<good])
            if good < buffer.count && (!maybeCut || !more) { return (start + good, line) }
            if !more { return nil }
            start += good
            buffer.removeFirst(good)
        }
    }
}

/// Well-formed UTF-8 at the start of a chunk.
enum UTF8Prefix {
    /// How many of `bytes` are well-formed UTF-8 from the start, and whether what stops them is
    /// only a sequence cut short by the end of `bytes`.
    static func check(_ bytes: [UInt8]) -> (good: Int, maybeCut: Bool) {
        do {
            _ = try UTF8Span(validating: bytes.span)
            return (bytes.count, false)
        } catch {
            return (error.byteOffsets.lowerBound, error.kind == .truncatedScalar && error.byteOffsets.upperBound == bytes.count)
        }
    }
}

/// Counts line feeds, which end a line in UTF-8 and GB18030 alike.
enum LineFeeds {
    static func count(in bytes: ArraySlice<UInt8>) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for byte in buffer where byte == 0x0A { count += 1 }
            return count
        }
    }
}
