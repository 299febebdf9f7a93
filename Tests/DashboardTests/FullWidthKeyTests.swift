import Testing

@testable import DashboardUI

/// A pinyin input method in Chinese mode sends full-width keys and Chinese punctuation: outside
/// text fields they act as their ASCII keys, inside they are text.
@Suite struct FullWidthKeyTests {
    @Test func fullWidthFormsAndChinesePunctuationAreTheirKeys() {
        let pairs: [(Character, Character)] = [
            ("２", "2"), ("ｑ", "q"), ("Ｇ", "G"), ("？", "?"), ("／", "/"), ("、", "/"), ("【", "["), ("】", "]"), ("《", "<"),
            ("》", ">"), ("：", ":"), ("，", ","), ("。", "."), ("\u{3000}", " ")
        ]
        for (wide, ascii) in pairs { #expect(FullWidthKey.ascii(wide) == ascii, "\(wide)") }
        #expect(FullWidthKey.ascii("马") == nil && FullWidthKey.ascii("a") == nil)
    }

    @Test func theyDriveTheBoardOutsideTextFields() {
        var state = DashboardFixture.state()
        DashboardFixture.press(.character("２"), on: &state)
        #expect(state.view == .byLeader, "２ switches views as 2 does")
        DashboardFixture.press(.character("？"), on: &state)
        #expect(state.mode == .help, "？ opens the help")
        DashboardFixture.press(.escape, on: &state)
        DashboardFixture.press(.character("、"), on: &state)
        #expect(state.prompt != nil, "、 (the / key in Chinese mode) opens the filter prompt")
    }

    @Test func insideTheFilterPromptTheyAreText() {
        var state = DashboardFixture.state()
        DashboardFixture.press("/", on: &state)
        for character in "２０２０、ｑ" { DashboardFixture.press(.character(character), on: &state) }
        #expect(state.prompt?.line.string == "２０２０、ｑ")
        #expect(state.view == .overview, "nothing switched views")
    }
}
