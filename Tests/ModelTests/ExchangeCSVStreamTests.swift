import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

/// The CSV reader as a stream: rows must come out the same wherever the text's chunks end,
/// inside a multi-byte character, inside quotes, between CR and LF; files are checked for their
/// encoding chunk by chunk as `ImportText.decode` checks them whole.
@Suite struct ExchangeCSVStreamTests {
    /// Text given to the parser `size` bytes at a time.
    private struct Pieces: UTF8Chunks {
        var bytes: ArraySlice<UInt8>
        let size: Int

        mutating func nextChunk(appendingTo buffer: inout [UInt8]) -> Bool {
            guard !bytes.isEmpty else { return false }
            buffer += bytes.prefix(size)
            bytes = bytes.dropFirst(size)
            return true
        }
    }

    private func rows(_ text: String, pieces size: Int) throws -> [CSVRow] {
        var parser = CSVParser(Pieces(bytes: Array(text.utf8)[...], size: size), file: "t.csv")
        var rows: [CSVRow] = []
        while let row = try parser.next() { rows.append(row) }
        return rows
    }

    /// Quotes around commas and line ends, doubled quotes, CRLF, CR and LF line ends, characters
    /// of two, three and four bytes, an empty last field and no line end at the end.
    private static let text = "é,\"引号\"\"里\"\"，\r\n换行\"\r\n\"a,b\",😀𠀀\r\"\"\n乡镇\"\"内\",\n,末"
    private static let expected = [
        CSVRow(line: 1, fields: ["é", "引号\"里\"，\r\n换行"]),
        CSVRow(line: 3, fields: ["a,b", "😀𠀀"]),
        CSVRow(line: 4, fields: [""]),
        CSVRow(line: 5, fields: ["乡镇\"\"内\"", ""]),
        CSVRow(line: 6, fields: ["", "末"])
    ]

    @Test func rowsAreTheSameWhereverTheChunksEnd() throws {
        #expect(try CSVReader.rows(in: Self.text, file: "t.csv") == Self.expected)
        for size in 1...Self.text.utf8.count {
            #expect(try rows(Self.text, pieces: size) == Self.expected, "chunks of \(size) bytes")
        }
    }

    @Test func aCRAtTheEndOfAChunkWaitsForTheLFAfterIt() throws {
        let text = "a\r\nb\rc\n"
        let expected = [CSVRow(line: 1, fields: ["a"]), CSVRow(line: 2, fields: ["b"]), CSVRow(line: 3, fields: ["c"])]
        for size in 1...text.utf8.count {
            #expect(try rows(text, pieces: size) == expected, "chunks of \(size) bytes")
        }
    }

    @Test func errorsNameTheirLineWhereverTheChunksEnd() throws {
        for size in [1, 2, 3, 5, 100] {
            #expect(throws: LocatedError(file: "t.csv", line: 3, message: "quoted field is never closed")) {
                try rows("a\n\"b\"\n\"c\nd", pieces: size)
            }
            #expect(throws: LocatedError(file: "t.csv", line: 2, message: "unexpected text after a closing quote")) {
                try rows("a\n\"b\"c\n", pieces: size)
            }
        }
    }

    // MARK: files

    private func withFile<T>(_ bytes: [UInt8], _ body: (String) throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("duban-csv-\(UUID().uuidString).csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    private func fileRows(_ path: String, chunkSize: Int) throws -> [CSVRow] {
        let encoding = try FileEncoding.of(path: path, chunkSize: chunkSize)
        var parser = CSVParser(try FileText(path: path, encoding: encoding, chunkSize: chunkSize), file: path)
        var rows: [CSVRow] = []
        while let row = try parser.next() { rows.append(row) }
        return rows
    }

    @Test func aFileWithABOMReadsAsWithoutOneInAnyChunks() throws {
        try withFile([0xEF, 0xBB, 0xBF] + Array(Self.text.utf8)) { (path: String) throws in
            for size in [1, 2, 3, 4, 7, 64] {
                #expect(try FileEncoding.of(path: path, chunkSize: size) == .utf8)
                #expect(try fileRows(path, chunkSize: size) == Self.expected, "chunks of \(size) bytes")
            }
        }
    }

    @Test func aGB18030FileReadsAsItsTextInAnyChunks() throws {
        // Two-byte (引号, 乡镇) and four-byte (😀, 𠀀) GB18030 sequences, cut by every chunk size.
        let bytes = try ExchangeFixtures.gb18030("\u{FEFF}" + Self.text)
        #expect(ByteText.invalidUTF8Offset(in: bytes) != nil)
        try withFile(bytes) { (path: String) throws in
            for size in [1, 2, 3, 4, 5, 7, 64] {
                #expect(try FileEncoding.of(path: path, chunkSize: size) == .gb18030)
                #expect(try fileRows(path, chunkSize: size) == Self.expected, "chunks of \(size) bytes")
            }
        }
    }

    @Test func aFileNeitherUTF8NorGB18030IsRefusedAsDecodeRefusesIt() throws {
        let cases: [[UInt8]] = [
            Array("a\nb\n".utf8) + [0xFF] + Array("\nc".utf8),
            Array("中\n文\n".utf8) + [0x81, 0x0A] + Array("\n".utf8),
            Array("ab\n".utf8) + [0xE4, 0xB8, 0xFF],
            // GB18030 that goes on further than UTF-8 does: its stop is the line named.
            try ExchangeFixtures.gb18030("中文\n乡镇\n") + [0xFF]
        ]
        for bytes in cases {
            try withFile(bytes) { (path: String) throws in
                let whole = try #require(throws: LocatedError.self) { try ImportText.decode(bytes, file: path) }
                for size in [1, 2, 3, 5, 1 << 20] {
                    #expect(throws: whole) { try FileEncoding.of(path: path, chunkSize: size) }
                }
            }
        }
    }

    @Test func aTruncatedCharacterAtTheEndIsNotUTF8() throws {
        try withFile(Array("a,b\n".utf8) + [0xE4]) { (path: String) throws in
            for size in [1, 4, 64] {
                // GB18030 takes a lone 0xE4 at the end for an unfinished sequence too.
                #expect(
                    throws: LocatedError(
                        file: path, line: 2,
                        message: "neither UTF-8 nor GB18030 text (not UTF-8 from line 2, not GB18030 from line 2)")
                ) {
                    try FileEncoding.of(path: path, chunkSize: size)
                }
            }
        }
    }
}
