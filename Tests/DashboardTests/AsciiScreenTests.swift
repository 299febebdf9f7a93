import Foundation
import ModelCore
import Testing

@testable import DashboardUI

/// With `--ascii` no cell may hold a character that a CJK terminal setup could draw two columns
/// wide while duban counts one: every cell is ASCII or an East Asian Wide character (the Chinese
/// text itself), whatever the screen and whatever the gazette's own text holds.
@Suite struct AsciiScreenTests {
    @Test(arguments: GoldenScreenTests.cases, [Language.zh, .en])
    func everyCellIsASCIIOrWide(_ screen: GoldenScreenTests.Case, language: Language) {
        for (width, height) in screen.sizes {
            var state = DashboardFixture.state(width: width, height: height, language: language, glyphs: .ascii)
            state.readOnly = screen.readOnly
            DashboardFixture.press(screen.keys, on: &state)
            let grid = render(state)
            let narrow = Set(grid.cells.map(\.character).filter { !$0.isASCII && DisplayWidth.of($0) != 2 })
            #expect(narrow.isEmpty, "\(screen.name) \(language) \(width)x\(height): \(narrow.sorted())")
        }
    }

    @Test func theGazettesOwnQuotesAreNarrowed() {
        // P2-13's text quotes “十四五”: the same screen with and without `--ascii`.
        func detail(_ glyphs: Glyphs) -> String {
            var state = DashboardFixture.state(glyphs: glyphs)
            DashboardFixture.press("5/十四五<Enter><Enter>", on: &state)
            return render(state).lines.joined(separator: "\n")
        }
        #expect(detail(.unicode).contains("“十四五”"))
        let ascii = detail(.ascii)
        #expect(ascii.contains("\"十四五\"") && !ascii.contains("“"), "\(ascii)")
    }

    @Test func aHistoryLineUsesTheGlyphsArrow() {
        let entry = ProgressEntry(
            taskID: "P2-8", actor: "李某", at: Date(timeIntervalSince1970: 0), kind: .update,
            oldStatus: .notStarted, newStatus: .inProgress, oldProgress: 0, newProgress: 40, note: "开工")
        let ascii = HistoryLine.text(entry, language: .zh, arrow: Glyphs.ascii.arrowRight)
        #expect(ascii.hasSuffix("李某 未启动->推进中 0%->40% “开工”"), "\(ascii)")
        #expect(HistoryLine.text(entry, language: .zh).hasSuffix("李某 未启动→推进中 0%→40% “开工”"))
    }

    @Test func everyTwinIsOneASCIIColumn() {
        for scalar in (0xA0..<0x3000).compactMap(Unicode.Scalar.init) {
            guard let twin = NarrowTwins.twin(of: Character(scalar)) else { continue }
            #expect(twin.isASCII && DisplayWidth.of(twin) == 1 && DisplayWidth.of(Character(scalar)) == 1, "\(scalar)")
        }
        #expect(NarrowTwins.twin(of: "③") == "3")
        #expect(NarrowTwins.twin(of: "中") == nil && NarrowTwins.twin(of: "a") == nil)
    }
}
