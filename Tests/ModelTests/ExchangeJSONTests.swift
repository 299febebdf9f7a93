import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

@Suite struct ExchangeJSONTests {
    @Test func roundTripReturnsTheTasks() throws {
        let data = TaskJSON.encode(ExchangeFixtures.tasks)
        #expect(try TaskJSON.decode(data, file: "t.json") == ExchangeFixtures.tasks)
    }

    @Test func reencodingIsByteIdentical() throws {
        let data = TaskJSON.encode(ExchangeFixtures.tasks)
        #expect(TaskJSON.encode(try TaskJSON.decode(data, file: "t.json")) == data)
    }

    @Test func writesKeysInOrderOnePerLine() {
        let task = Task(
            id: "T-1", document: "文件/1", number: 1, chapter: "一", section: nil, text: "a\"b\\c\n",
            leaders: ["甲"], leadUnits: [], responsibleUnits: ["乙", "丙"], deadline: nil)
        let expected = #"""
            [
              {
                "id": "T-1",
                "document": "文件/1",
                "number": 1,
                "case_number": null,
                "category": null,
                "chapter": "一",
                "section": null,
                "text": "a\"b\\c\n",
                "proposers": [],
                "leaders": ["甲"],
                "lead_units": [],
                "responsible_units": ["乙", "丙"],
                "cooperating_units": [],
                "status": "not_started",
                "deadline": null,
                "progress": 0,
                "updated_at": null
              }
            ]

            """#
        #expect(String(decoding: TaskJSON.encode([task]), as: UTF8.self) == expected)
        #expect(TaskJSON.encode([]) == Data("[]\n".utf8))
    }

    @Test func writesDatesAndTimes() {
        let text = String(decoding: TaskJSON.encode([ExchangeFixtures.tasks[0]]), as: UTF8.self)
        #expect(text.contains(#""deadline": "2020-06-30","#))
        #expect(text.contains(#""updated_at": "2020-06-28T10:12:00Z""#))
        #expect(text.contains(#""case_number": null,"#))
    }

    @Test func escapesControlCharactersAndLineSeparators() {
        #expect(JSONWriter.string("\u{01}\u{1F}\u{7F}\u{2028}\u{2029}\t\r\u{08}\u{0C}") == #""\u0001\u001f\u007f\u2028\u2029\t\r\b\f""#)
        #expect(JSONWriter.string("/é😀") == "\"/é😀\"")
    }

    @Test func missingOptionalKeysAreEmpty() throws {
        let json =
            #"[{"id": "A-1", "document": "d", "number": 2, "chapter": "一", "text": "t", "leaders": [],"#
            + #" "lead_units": ["u"], "responsible_units": [], "status": "推进中"}]"#
        let task = try #require(try TaskJSON.decode(Data(json.utf8), file: "t.json").first)
        #expect(
            task
                == Task(
                    id: "A-1", document: "d", number: 2, chapter: "一", section: nil, text: "t", leaders: [],
                    leadUnits: ["u"], responsibleUnits: [], status: .inProgress, deadline: nil))
    }

    @Test func truncatedFileNamesItsLastLine() {
        let text = String(decoding: TaskJSON.encode(ExchangeFixtures.tasks), as: UTF8.self)
        let cut = String(text.prefix(through: text.firstRange(of: "区水务局")!.lowerBound))
        let lines = cut.count(where: { $0 == "\n" }) + 1
        #expect(
            throws: LocatedError(
                file: "t.json", line: lines,
                message: "invalid JSON: unexpected end of file inside a string")
        ) {
            try TaskJSON.decode(Data(cut.utf8), file: "t.json")
        }
    }

    @Test func unknownKeyNamesKeyAndLine() {
        let json = "[\n  {\n    \"id\": \"A-1\",\n    \"owner\": \"x\"\n  }\n]\n"
        #expect(throws: LocatedError(file: "t.json", line: 4, message: "unknown key \"owner\"")) {
            try TaskJSON.decode(Data(json.utf8), file: "t.json")
        }
    }

    @Test func invalidValuesNameTheirLine() {
        #expect(
            error(replacing: #""status": "in_progress""#, with: #""status": "finished""#)
                == LocatedError(
                    file: "t.json", line: 16,
                    message: "unknown status \"finished\" (known: not_started, in_progress, done, behind, blocked; 未启动, 推进中, 已完成, 滞后, 受阻)"))
        #expect(
            error(replacing: #""progress": 40"#, with: #""progress": 150"#)
                == LocatedError(file: "t.json", line: 18, message: "progress 150 is outside 0–100"))
        #expect(
            error(replacing: #""number": 1,"#, with: #""number": 1.5,"#)
                == LocatedError(file: "t.json", line: 5, message: "\"number\" must be an integer, not 1.5"))
        #expect(
            error(replacing: #""number": 1,"#, with: #""number": "1","#)
                == LocatedError(file: "t.json", line: 5, message: "\"number\" must be an integer"))
        #expect(
            error(replacing: #""deadline": "2020-06-30""#, with: #""deadline": "2020-06-31""#)
                == LocatedError(
                    file: "t.json", line: 17, message: "deadline \"2020-06-31\" is not a date (2020-09-30, 2020年9月底, 9月15日前, 2020/9/30, 年底)"))
        #expect(
            error(replacing: #""id": "P2-1""#, with: #""id": "P2 1""#)
                == LocatedError(file: "t.json", line: 3, message: "id \"P2 1\" must be non-empty ASCII without spaces"))
        #expect(error(replacing: #""id": "P2-1""#, with: #""id": "任务1""#)?.line == 3)
        #expect(
            error(replacing: #""leaders": ["张三", "李四"]"#, with: #""leaders": ["张三", 4]"#)
                == LocatedError(file: "t.json", line: 12, message: "\"leaders\" must be a list of strings"))
        #expect(
            error(replacing: #""id": "M8-1""#, with: #""id": "P2-1""#)
                == LocatedError(file: "t.json", line: 22, message: "duplicate id \"P2-1\" (first on line 3)"))
        for time in ["yesterday", "2020-06-28T25:12:00Z", "2020-06-28T10:12:00.5Z", "2020-06-28T18:12:00+08:00"] {
            #expect(
                error(replacing: #""updated_at": "2020-06-28T10:12:00Z""#, with: #""updated_at": "\#(time)""#)
                    == LocatedError(
                        file: "t.json", line: 19,
                        message: "updated_at \"\(time)\" is not a UTC time like 2020-06-28T10:12:00Z"))
        }
    }

    @Test func missingRequiredKeyNamesTheObject() {
        let json = "[\n  {\"id\": \"A-1\"}\n]"
        #expect(
            throws: LocatedError(
                file: "t.json", line: 2,
                message:
                    #"missing "document", "number", "chapter", "text", "leaders", "lead_units", "responsible_units", "status""#)
        ) {
            try TaskJSON.decode(Data(json.utf8), file: "t.json")
        }
    }

    @Test func refusesInvalidUTF8AndOtherShapes() {
        #expect(throws: LocatedError(file: "t.json", line: 2, message: "not UTF-8 text")) {
            try TaskJSON.decode(Data([0x5B, 0x0A, 0xC3, 0x28, 0x5D]), file: "t.json")
        }
        #expect(throws: LocatedError(file: "t.json", line: 1, message: "expected an array of tasks")) {
            try TaskJSON.decode(Data("{}".utf8), file: "t.json")
        }
        #expect(throws: LocatedError(file: "t.json", line: 1, message: "expected a task object")) {
            try TaskJSON.decode(Data("[1]".utf8), file: "t.json")
        }
    }

    /// The error from decoding the fixtures' JSON with one piece of text replaced.
    private func error(replacing old: String, with new: String) -> LocatedError? {
        let text = String(decoding: TaskJSON.encode(ExchangeFixtures.tasks), as: UTF8.self)
        precondition(text.contains(old), "fixture text lacks \(old)")
        do {
            _ = try TaskJSON.decode(Data(text.replacingOccurrences(of: old, with: new).utf8), file: "t.json")
            return nil
        } catch {
            return error
        }
    }
}
