import ModelCore

/// Text as UTF-8 bytes, given a chunk at a time to a reader such as `CSVParser`.
protocol UTF8Chunks {
    /// Appends the next chunk of the text to `buffer`; false when the text has ended: nothing
    /// comes after what this call appended.
    mutating func nextChunk(appendingTo buffer: inout [UInt8]) throws(LocatedError) -> Bool
}

/// Text already in memory, given as one chunk.
struct WholeText: UTF8Chunks {
    private var bytes: [UInt8]?

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    mutating func nextChunk(appendingTo buffer: inout [UInt8]) -> Bool {
        guard let bytes else { return false }
        buffer += bytes
        self.bytes = nil
        return true
    }
}

/// A file's text, in the encoding `FileEncoding` found, as UTF-8 without its byte-order mark,
/// read a chunk at a time.
struct FileText: UTF8Chunks {
    private let file: FileChunks
    private let converter: Iconv.Converter?
    /// GB18030 bytes read and not yet converted: a sequence the last chunk's end cut.
    private var unconverted: [UInt8] = []
    private var atStart = true

    init(path: String, encoding: FileEncoding, chunkSize: Int = FileChunks.standardChunkSize) throws(LocatedError) {
        file = try FileChunks(path: path, chunkSize: chunkSize)
        do throws(Iconv.Failure) {
            converter = encoding == .gb18030 ? try Iconv.Converter(from: "GB18030", to: "UTF-8") : nil
        } catch {
            throw LocatedError(file: path, line: 0, message: "this system cannot convert GB18030")
        }
    }

    /// How much of the file has been read, from 0 to 1.
    var fractionRead: Double {
        file.size > 0 ? min(1, Double(file.offset) / Double(file.size)) : 1
    }

    mutating func nextChunk(appendingTo buffer: inout [UInt8]) throws(LocatedError) -> Bool {
        guard atStart else { return try convertedChunk(appendingTo: &buffer) }
        // Enough of the start to tell a byte-order mark, however small the chunks.
        var head: [UInt8] = []
        var more = true
        while more && head.count < 3 { more = try convertedChunk(appendingTo: &head) }
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        atStart = false
        buffer += head
        return more
    }

    private mutating func convertedChunk(appendingTo buffer: inout [UInt8]) throws(LocatedError) -> Bool {
        guard let converter else { return try file.nextChunk(appendingTo: &buffer) }
        let more = try file.nextChunk(appendingTo: &unconverted)
        let converted = converter.convert(unconverted[...], appendingTo: &buffer)
        unconverted.removeFirst(converted)
        return more
    }
}
