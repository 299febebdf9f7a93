import Foundation
import Testing

@testable import ModelCore
@testable import ModelRead

/// The config file's text edited for one view: the view's lines change, every other line comes
/// back byte for byte, and the result reads back as the views asked for.
@Suite struct ConfigViewsTextTests {
    private func edited(_ text: String, _ edit: ViewEdit) throws(ViewEditProblem) -> String {
        try ConfigViewsText.edited(text, edit, file: "config.toml").text
    }

    private func views(_ text: String) throws -> [SavedView] {
        try DubanConfig.parse(text, file: "config.toml").views
    }

    private static let commented = """
        # 督办 settings
        lang = "zh"   # 中文

        # 周一例会
        [[view]]
        name = "金积镇逾期"
        filter = "town:金积镇 overdue"

        """

    @Test func aNewViewIsATableAtTheEndAfterABlankLine() throws {
        let view = SavedView(name: "马长军的“滞后”", filter: "leader:马长军 status:behind")
        let text = try edited(Self.commented, .add(view))
        #expect(text == Self.commented + "\n[[view]]\nname = \"马长军的“滞后”\"\nfilter = \"leader:马长军 status:behind\"\n")
        #expect(try views(text) == [SavedView(name: "金积镇逾期", filter: "town:金积镇 overdue"), view])
    }

    @Test func aNewViewFollowsTheFilesLineEndsAndLastLine() throws {
        let view = SavedView(name: "v", filter: "overdue")
        let table = "[[view]]\nname = \"v\"\nfilter = \"overdue\"\n"
        #expect(try edited("lang = \"zh\"", .add(view)) == "lang = \"zh\"\n\n" + table)
        #expect(try edited("lang = \"zh\"\n\n", .add(view)) == "lang = \"zh\"\n\n" + table)
        #expect(
            try edited("lang = \"zh\"\r\n", .add(view)) == "lang = \"zh\"\r\n\r\n[[view]]\r\nname = \"v\"\r\nfilter = \"overdue\"\r\n")
    }

    @Test func anEmptyFileStartsWithTheHeaderComment() throws {
        let text = try edited("", .add(SavedView(name: "v", filter: "overdue")))
        #expect(text == ConfigViewsText.header.map { $0 + "\n" }.joined() + "\n[[view]]\nname = \"v\"\nfilter = \"overdue\"\n")
        #expect(try views(text) == [SavedView(name: "v", filter: "overdue")])
    }

    @Test func namesAndFiltersAreQuotedAsTheReaderReadsThem() throws {
        let names = [
            "a \"quoted\" name", "back\\slash", "tab\there", "two\nlines", "bell\u{07}", "del\u{7F}", "c1\u{85}", "全角　ＡＢＣ",
            "'single'", "# not a comment", "金积镇 = 逾期"
        ]
        for name in names {
            let text = try edited("", .add(SavedView(name: name, filter: "town:\"金积镇\" overdue")))
            #expect(try views(text) == [SavedView(name: name, filter: "town:\"金积镇\" overdue")], "\(text)")
        }
        #expect(ConfigString.quoted("a\"b\\c\t\u{01}\u{9F}镇") == #""a\"b\\c\t\u0001\u009f镇""#)
    }

    @Test func aRenameRewritesOnlyTheNamesValue() throws {
        let before = "[[view]]\nname = \"a\"\nfilter = \"overdue\"\n\n[[view]]\n  name   =   'b'   # 周一用\r\nfilter = \"status:behind\"\n"
        let text = try edited(before, .rename("b", to: "马长军\"滞后\""))
        #expect(text == before.replacingOccurrences(of: "'b'", with: "\"马长军\\\"滞后\\\"\""))
        #expect(try views(text).map(\.nameZh) == ["a", "马长军\"滞后\""])
    }

    @Test func aDeleteTakesTheViewsLinesItsCommentAndOneBlankLine() throws {
        let a = "# a\n[[view]]\nname = \"a\"\nfilter = \"overdue\"\n"
        let b = "# b: 周一例会\n[[view]]\nname = \"b\"\n# the town\nfilter = \"town:金积镇\"\n"
        let c = "[[view]]\nname = \"c\"\nfilter = \"status:behind\"\n"
        let before = "lang = \"zh\"\n\n" + a + "\n" + b + "\n" + c
        #expect(try edited(before, .delete("b")) == "lang = \"zh\"\n\n" + a + "\n" + c)
        #expect(try edited(before, .delete("c")) == "lang = \"zh\"\n\n" + a + "\n" + b)
        #expect(try edited(before, .delete("a")) == "lang = \"zh\"\n\n" + b + "\n" + c)
    }

    @Test func commentsThatBeginTheFileOrFollowAViewsLastKeyStay() throws {
        let before = "# my views\n[[view]]\nname = \"a\"\nfilter = \"overdue\"\n# b's note\n[[view]]\nname = \"b\"\nfilter = \"doc:P2\"\n"
        #expect(try edited(before, .delete("a")) == "# my views\n# b's note\n[[view]]\nname = \"b\"\nfilter = \"doc:P2\"\n")
        #expect(try edited(before, .delete("b")) == "# my views\n[[view]]\nname = \"a\"\nfilter = \"overdue\"\n")
    }

    @Test func addingThenDeletingGivesTheFileBack() throws {
        let view = SavedView(name: "新视图", filter: "unit:发改局")
        for before in [Self.commented, Self.commented.replacingOccurrences(of: "\n", with: "\r\n"), "", "lang = \"en\"\n"] {
            #expect(
                try edited(edited(before, .add(view)), .delete("新视图"))
                    == (before.isEmpty ? ConfigViewsText.header.map { $0 + "\n" }.joined() : before))
        }
    }

    @Test func anEditThatBreaksARuleOrATextThatDoesNotParseChangesNothing() {
        let text = "[[view]]\nname = \"a\"\nfilter = \"overdue\"\n"
        #expect(throws: ViewEditProblem.nameTaken("a")) { try edited(text, .add(SavedView(name: "a", filter: "doc:P2"))) }
        #expect(throws: ViewEditProblem.nameBuiltIn("Overdue")) { try edited(text, .rename("a", to: "Overdue")) }
        #expect(throws: ViewEditProblem.nameEmpty) { try edited(text, .add(SavedView(name: "", filter: "doc:P2"))) }
        #expect(throws: ViewEditProblem.filterEmpty) { try edited(text, .add(SavedView(name: "b", filter: ""))) }
        #expect(throws: ViewEditProblem.viewMissing("b")) { try edited(text, .delete("b")) }
        #expect(throws: ViewEditProblem.viewMissing("b")) { try edited(text, .rename("b", to: "c")) }
        #expect(throws: ViewEditProblem.unreadable(LocatedError(file: "config.toml", line: 4, message: "unclosed string"))) {
            try edited(text + "name = \"b\n", .delete("a"))
        }
    }

    @Test func aResultThatWouldNotReadBackIsRefused() throws {
        let refusal = #expect(throws: ViewEditProblem.self) {
            try edited("[[view]]\nname = \"a\"\nfilter = \"overdue\"\n", .add(SavedView(name: "b", filter: "foo:1")))
        }
        guard case .wouldNotReadBack(let error?) = refusal else {
            Issue.record("refused with \(String(describing: refusal))")
            return
        }
        #expect(error.line == 7 && error.message.hasPrefix("view “b”: filter “foo:1”: "), "\(error)")
    }
}
