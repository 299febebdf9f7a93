import ModelCore
import Testing

@testable import DashboardTerminal
@testable import DashboardUI

@Suite("Terminal: planning a grid row for ncurses")
struct TerminalRowPlanTests {
    /// libc's view in a UTF-8 locale, as far as these tests need it.
    private static func libc(_ character: Character) -> Int {
        DisplayWidth.of(character)
    }

    private func row(_ text: String, width: Int, role: StyleRole = .normal) -> [Cell] {
        var grid = Grid(width: width, height: 1)
        grid.write(text, x: 0, y: 0, role: role)
        return grid.cells
    }

    private func text(_ glyphs: [Glyph]) -> String {
        String(glyphs.map(\.character))
    }

    private func columns(_ glyphs: [Glyph], measure: (Character) -> Int = libc) -> Int {
        glyphs.reduce(0) { $0 + max(1, measure($1.character)) }
    }

    @Test func chineseCellsBecomeOneGlyphEach() {
        let glyphs = RowPlan.glyphs(row("金积镇 ab", width: 10, role: .done), columns: 10, measure: Self.libc)
        #expect(text(glyphs) == "金积镇 ab ")
        #expect(columns(glyphs) == 10)
        #expect(glyphs.allSatisfy { $0.role == .done || $0.character == " " })
    }

    @Test func aNarrowerScreenBlanksAWideCharacterAtTheEdge() {
        let glyphs = RowPlan.glyphs(row("ab金积", width: 6), columns: 5, measure: Self.libc)
        #expect(text(glyphs) == "ab金 ")
        #expect(columns(glyphs) == 5)
    }

    @Test func aWiderScreenIsPaddedWithBlanks() {
        let glyphs = RowPlan.glyphs(row("金", width: 2), columns: 5, measure: Self.libc)
        #expect(text(glyphs) == "金   ")
        #expect(columns(glyphs) == 5)
        #expect(RowPlan.glyphs([], columns: 3, measure: Self.libc).map(\.character) == [" ", " ", " "])
    }

    @Test func widthDisagreementsNeverShiftTheRow() {
        // libc says 1 where the grid said 2: the character, then a blank for its second column.
        let narrow = RowPlan.glyphs(row("金x", width: 3), columns: 3) { $0 == "金" ? 1 : 1 }
        #expect(text(narrow) == "金 x")
        // libc says 2 where the grid said 1, or cannot print it at all: a `?` in one column.
        let wide = RowPlan.glyphs(row("ab", width: 2), columns: 2) { $0 == "a" ? 2 : 1 }
        #expect(text(wide) == "?b")
        let unprintable = RowPlan.glyphs(row("ab", width: 2), columns: 2) { $0 == "a" ? -1 : 1 }
        #expect(text(unprintable) == "?b")
    }

    @Test func anOrphanedContinuationIsBlank() {
        let cells = [Cell(" ", role: .hint, isContinuation: true), Cell("x")]
        #expect(
            RowPlan.glyphs(cells, columns: 2, measure: Self.libc) == [
                Glyph(character: " ", role: .hint), Glyph(character: "x", role: .normal)
            ])
    }
}
