import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

@Suite struct ExchangeCSVTests {
    private let header = "id,document,number,chapter,text,leaders,lead_units,responsible_units,status"

    private func decode(_ text: String) throws -> [Task] {
        try TaskCSV.decode(Data(text.utf8), file: "t.csv")
    }

    @Test func roundTripReturnsTheTasks() throws {
        #expect(try TaskCSV.decode(TaskCSV.encode(ExchangeFixtures.tasks), file: "t.csv") == ExchangeFixtures.tasks)
    }

    @Test func reencodingIsByteIdentical() throws {
        let data = TaskCSV.encode(ExchangeFixtures.tasks)
        #expect(TaskCSV.encode(try TaskCSV.decode(data, file: "t.csv")) == data)
    }

    @Test func writesBOMHeaderAndCRLFRows() {
        let data = TaskCSV.encode([ExchangeFixtures.tasks[1]])
        #expect(data.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        let expected =
            "id,document,number,case_number,category,chapter,section,text,proposers,leaders,lead_units,"
            + "responsible_units,cooperating_units,status,deadline,progress,updated_at\r\n"
            + "M8-1,吴利政办发〔2020〕8号 附件5,12,议案第1号,A,人大代表议案,,"
            + "\"关于加快\r\n城乡供水, \"\"一体化\"\"建设的议案\",王五、赵六,政府班子成员,区水务局,,,not_started,,0,\r\n"
        #expect(String(decoding: data.dropFirst(3), as: UTF8.self) == expected)
    }

    @Test func decodesWithAndWithoutBOMAndFromGB18030() throws {
        let text = ExchangeFixtures.csvText
        let gb = try ExchangeFixtures.gb18030(text)
        #expect(ByteText.invalidUTF8Offset(in: gb) != nil)
        #expect(try decode(text) == ExchangeFixtures.tasks)
        #expect(try decode("\u{FEFF}" + text) == ExchangeFixtures.tasks)
        #expect(try TaskCSV.decode(Data(gb), file: "t.csv") == ExchangeFixtures.tasks)
    }

    @Test func decodesHandWrittenGB18030Bytes() throws {
        let 金积镇: [UInt8] = [0xBD, 0xF0, 0xBB, 0xFD, 0xD5, 0xF2]
        #expect(try ExchangeFixtures.gb18030("金积镇") == 金积镇)
        let bytes = Array((header + "\r\nT-1,d,1,c,t,,").utf8) + 金积镇 + Array(",,done\r\n".utf8)
        let task = try #require(try TaskCSV.decode(Data(bytes), file: "t.csv").first)
        #expect(task.leadUnits == ["金积镇"])
    }

    @Test func acceptsAnyColumnOrderAndSkipsBlankRows() throws {
        let csv =
            "status,id,text,chapter,number,document,responsible_units,lead_units,leaders\n"
            + "blocked,T-1,\"a,b\",一,7,d,\"甲、 乙 \",,张三\n\n,,,,,,,,\n"
        #expect(
            try decode(csv) == [
                Task(
                    id: "T-1", document: "d", number: 7, chapter: "一", section: nil, text: "a,b", leaders: ["张三"],
                    leadUnits: [], responsibleUnits: ["甲", "乙"], status: .blocked, deadline: nil)
            ])
    }

    @Test func badStatusNamesItsLineAndColumn() {
        let csv = header + "\nT-1,d,1,c,t,,,,done\nT-2,d,2,c,t,,,,finished\n"
        #expect(
            throws: LocatedError(
                file: "t.csv", line: 3,
                message:
                    "column 9 (status): unknown status \"finished\" (known: not_started, in_progress, done, behind, blocked; 未启动, 推进中, 已完成, 滞后, 受阻)")
        ) {
            try decode(csv)
        }
    }

    @Test func errorsNameThePhysicalLineWhereTheRowStarts() {
        let csv = ExchangeFixtures.csvText.replacingOccurrences(of: "X-3", with: "X 3")
        #expect(throws: LocatedError(file: "t.csv", line: 6, message: "column 1 (id): id \"X 3\" must be non-empty ASCII without spaces")) {
            try decode(csv)
        }
    }

    @Test func refusesBadHeaders() {
        #expect(throws: LocatedError(file: "t.csv", line: 1, message: "unknown column \"owner\"")) {
            try decode(header + ",owner\n")
        }
        #expect(throws: LocatedError(file: "t.csv", line: 1, message: "repeated column \"id\"")) {
            try decode(header + ",id\n")
        }
        #expect(throws: LocatedError(file: "t.csv", line: 1, message: "missing columns: document, status")) {
            try decode("id,number,chapter,text,leaders,lead_units,responsible_units\n")
        }
        #expect(throws: LocatedError(file: "t.csv", line: 0, message: "no header row")) {
            try decode("\r\n\r\n")
        }
    }

    @Test func refusesBadRows() {
        #expect(throws: LocatedError(file: "t.csv", line: 3, message: "column 1 (id): duplicate id \"T-1\" (first on line 2)")) {
            try decode(header + "\nT-1,d,1,c,t,,,,done\nT-1,d,2,c,t,,,,done\n")
        }
        #expect(throws: LocatedError(file: "t.csv", line: 2, message: "column 10 (progress): progress 150 is outside 0–100")) {
            try decode(header + ",progress\nT-1,d,1,c,t,,,,done,150\n")
        }
        #expect(throws: LocatedError(file: "t.csv", line: 2, message: "column 3 (number): \"number\" must be an integer, not 一")) {
            try decode(header + "\nT-1,d,一,c,t,,,,done\n")
        }
        #expect(throws: LocatedError(file: "t.csv", line: 2, message: "column 3 (number): \"number\" must be an integer")) {
            try decode(header + "\nT-1,d,,c,t,,,,done\n")
        }
        #expect(throws: LocatedError(file: "t.csv", line: 2, message: "8 fields where the header has 9")) {
            try decode(header + "\nT-1,d,1,c,t,,,\n")
        }
    }

    @Test func refusesBytesThatAreNeitherUTF8NorGB18030() {
        let bytes = Array((header + "\r\n").utf8) + [0x54, 0x2D, 0x31, 0xFF, 0xFE, 0x0D, 0x0A]
        #expect(
            throws: LocatedError(
                file: "t.csv", line: 2,
                message: "neither UTF-8 nor GB18030 text (not UTF-8 from line 2, not GB18030 from line 2)")
        ) {
            try TaskCSV.decode(Data(bytes), file: "t.csv")
        }
    }
}
