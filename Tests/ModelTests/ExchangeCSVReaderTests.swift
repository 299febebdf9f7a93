import Testing

@testable import ModelCore
@testable import ModelImport

@Suite struct ExchangeCSVReaderTests {
    private func rows(_ text: String) throws -> [CSVRow] {
        try CSVReader.rows(in: text, file: "t.csv")
    }

    @Test func readsQuotedFieldsAndTracksPhysicalLines() throws {
        #expect(
            try rows("a,\"b,\"\"c\"\"\"\r\n\"x\r\ny\",\"\"\n\"p\nq\rr\",\n,z") == [
                CSVRow(line: 1, fields: ["a", "b,\"c\""]),
                CSVRow(line: 2, fields: ["x\r\ny", ""]),
                CSVRow(line: 4, fields: ["p\nq\rr", ""]),
                CSVRow(line: 7, fields: ["", "z"])
            ])
    }

    @Test func endsWithOrWithoutALineBreak() throws {
        #expect(try rows("a\n") == [CSVRow(line: 1, fields: ["a"])])
        #expect(try rows("a,") == [CSVRow(line: 1, fields: ["a", ""])])
        #expect(try rows("") == [])
        #expect(try rows("\n") == [CSVRow(line: 1, fields: [""])])
    }

    @Test func refusesUnclosedQuotesAndTextAfterAClosingQuote() {
        #expect(throws: LocatedError(file: "t.csv", line: 2, message: "quoted field is never closed")) {
            try rows("a\n\"b\nc")
        }
        #expect(throws: LocatedError(file: "t.csv", line: 1, message: "unexpected text after a closing quote")) {
            try rows("\"a\"b")
        }
    }

    @Test func writerQuotesOnlyWhenNeeded() {
        #expect(CSVWriter.field("金积镇 a") == "金积镇 a")
        #expect(CSVWriter.field("a,b") == "\"a,b\"")
        #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field("a\r\nb") == "\"a\r\nb\"")
        #expect(CSVWriter.field("\"\u{301}") == "\"\"\"\u{301}\"")
        #expect(CSVWriter.row(["a", "", "b c"]) == "a,,b c\r\n")
    }

    @Test func writerAndReaderAgree() throws {
        let fields = ["", "a,b", "\"", "x\r\ny\nz\r", "、", " 空格 "]
        #expect(try rows(CSVWriter.row(fields)) == [CSVRow(line: 1, fields: fields)])
    }
}
