import Foundation
import Testing

@testable import ModelCore

/// The readers' own substring search and trim, which stand in for Foundation's on hot paths:
/// they must answer as Foundation does.
@Suite struct StringSearchTests {
    @Test(arguments: [
        ("持续推进", "持续", true), ("2020年全年", "全年", true), ("全", "全年", false), ("", "", true), ("abc", "", true),
        ("年全年", "全年", true), ("ab", "abc", false), ("aab", "ab", true), ("发改局（金融工作局）", "）", true), ("x", "y", false)
    ])
    func includesIsContains(text: String, other: String, expected: Bool) {
        #expect(text.includes(other) == expected)
        #expect(text[...].includes(other) == expected, "a substring too")
    }

    @Test(arguments: ["", "  ", " 区财政局 ", "\n区财政局\r\n", "区财政局", "\u{3000}全角空格\u{3000}", "a b", "\t\n"])
    func trimmedIsTrimmingWhitespaceAndNewlines(text: String) {
        #expect(text.trimmed == text.trimmingCharacters(in: .whitespacesAndNewlines), "“\(text)”")
    }
}
