import Testing

@testable import DashboardUI

/// The totals on the header's second row, in less room than they need.
@Suite struct HeaderTotalsTests {
    @Test func whatDoesNotFitIsLeftOffWholeNeverCutInsideANumber() {
        let state = DashboardFixture.state()
        var grid = Grid(width: 20, height: 1)
        Totals.draw(state, x: 0, y: 0, into: &grid)
        let line = grid.lines[0]
        #expect(line.hasPrefix("共352 未启动352 "), "\(line)")
        #expect(!line.contains("逾期") && !line.contains("逾"), "逾期4 does not fit whole: \(line)")
    }

    @Test func withRoomEveryStatusIsCountedZerosIncluded() {
        let state = DashboardFixture.state()
        var grid = Grid(width: 80, height: 1)
        Totals.draw(state, x: 0, y: 0, into: &grid)
        #expect(grid.lines[0].hasPrefix("共352 未启动352 推进中0 滞后0 逾期4 受阻0 已完成0"), "\(grid.lines[0])")
    }
}
