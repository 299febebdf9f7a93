import Testing

@testable import ModelCore

@Suite struct ExchangeJSONParserTests {
    private func parse(_ text: String) throws -> JSONNode {
        try JSONParser.parse(Array(text.utf8), file: "t.json")
    }

    @Test func recordsTheLineOfEachValueAndKey() throws {
        let node = try parse("\n[\n  {\"a\":\n    1},\n  \"s\"\n]")
        #expect(node.line == 2)
        guard case .array(let elements) = node.value, case .object(let members) = elements[0].value else {
            Issue.record("not an array of an object")
            return
        }
        #expect(members[0].line == 3)
        #expect(members[0].value == JSONNode(value: .number("1"), line: 4))
        #expect(elements[1] == JSONNode(value: .string("s"), line: 5))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let node = try parse(#""\"\\\/\b\f\n\r\t\u00e9\uD83D\uDE00""#)
        #expect(node.value == .string("\"\\/\u{08}\u{0C}\n\r\té😀"))
    }

    @Test func keepsNumbersAsWritten() throws {
        #expect(try parse("-0.5e+3").value == .number("-0.5e+3"))
        #expect(
            try parse(" [true, false, null] ").value
                == .array([
                    JSONNode(value: .bool(true), line: 1), JSONNode(value: .bool(false), line: 1),
                    JSONNode(value: .null, line: 1)
                ]))
    }

    @Test(arguments: [
        "[1,]", "01", "1.", "-", "\"\\x\"", "\"\\uD800\"", "\"\\u12G4\"", "\"a\tb\"", "[1] 2",
        "{\"a\" 1}", "{1: 2}", "nul", "", String(repeating: "[", count: 100)
    ])
    func refusesInvalidJSON(_ text: String) {
        #expect(throws: LocatedError.self) { try parse(text) }
    }
}
