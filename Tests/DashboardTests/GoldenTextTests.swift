import Testing

@testable import DashboardUI

/// The golden files' style runs catch what the text alone does not.
@Suite struct GoldenTextTests {
    @Test func aLostHighlightChangesTheGoldenText() {
        var grid = Grid(width: 10, height: 2)
        _ = grid.write("甲乙 task", x: 0, y: 0, role: .overdue)
        grid.restyle(x: 0, y: 1, count: 10, role: .selected)
        let golden = GoldenText.of(grid)
        #expect(golden.hasSuffix("-- styles (row: columns role) --\n0: 0-8 overdue\n1: 0-9 selected\n"))
        var lost = grid
        lost.restyle(x: 0, y: 1, count: 10, role: .normal)
        #expect(lost.lines == grid.lines, "the text alone cannot tell")
        let now = GoldenText.of(lost)
        #expect(now != golden)
        #expect(GoldenText.diff(expected: golden, actual: now).hasPrefix("line 5:\n  golden: 1: 0-9 selected\n  now:    \n"))
    }
}
