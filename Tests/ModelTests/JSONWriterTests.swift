import Foundation
import Testing

@testable import ModelImport

/// The one JSON writer of exports and of `--format json`: indentation, one-line arrays of scalars,
/// nested objects, and text that any JSON reader reads back.
@Suite struct JSONWriterTests {
    private let value = JSONValue.object([
        ("name", .string("区发展和改革局")), ("tasks", JSONValue(112)), ("lead", .null), ("overdue", .bool(false)),
        ("aliases", .array([.string("发改局"), .string("区发改局")])), ("groups", .array([])), ("extra", .object([])),
        ("history", .array([.object([("kind", .string("note")), ("done", .bool(true))])]))
    ])

    @Test func indentsObjectsAndArraysOfObjectsAndKeepsScalarArraysOnOneLine() {
        let expected = """
            {
              "name": "区发展和改革局",
              "tasks": 112,
              "lead": null,
              "overdue": false,
              "aliases": ["发改局", "区发改局"],
              "groups": [],
              "extra": {},
              "history": [
                {
                  "kind": "note",
                  "done": true
                }
              ]
            }

            """
        #expect(String(decoding: JSONWriter.document(value), as: UTF8.self) == expected)
        #expect(JSONWriter.text(.array([])) == "[]")
    }

    @Test func optionalsBecomeNull() {
        #expect(JSONWriter.text(JSONValue(nil as String?)) == "null")
        #expect(JSONWriter.text(JSONValue(nil as Int?)) == "null")
        #expect(JSONWriter.text(JSONValue("推进中")) == "\"推进中\"")
    }

    @Test func anIndependentReaderReadsItBack() throws {
        let hostile = JSONValue.object([("note", .string("引号\"、反斜杠\\、换行\n、控制\u{1B}[31m、\u{2028}"))])
        let read = try #require(try JSONSerialization.jsonObject(with: JSONWriter.document(hostile)) as? [String: Any])
        #expect(read["note"] as? String == "引号\"、反斜杠\\、换行\n、控制\u{1B}[31m、\u{2028}")
        let object = try #require(try JSONSerialization.jsonObject(with: JSONWriter.document(value)) as? [String: Any])
        #expect(object["tasks"] as? Int == 112 && object["overdue"] as? Bool == false && object["lead"] is NSNull)
        #expect((object["history"] as? [[String: Any]])?.first?["done"] as? Bool == true)
    }
}
