import Testing

@testable import DashboardUI

/// The groups panel's `pending/total` column at the sizes of a large plan.
@Suite struct GroupCountsTests {
    @Test func largeCountsAreShownWholeNeverCut() {
        let rows = [
            GroupRow(key: "赵丽亭", title: "赵丽亭", pending: 28662, total: 32638),
            GroupRow(key: "政府班子成员", title: "政府班子成员", pending: 4398, total: 5006)
        ]
        let widget = GroupListWidget(
            state: DashboardFixture.state(), rows: rows, header: .columnLeaders,
            countsHeader: .pending, selectedKey: "赵丽亭", offset: 0, focused: true)
        var grid = Grid(width: 34, height: 3)
        widget.draw(in: Rect(x: 0, y: 0, width: 34, height: 3), into: &grid)
        #expect(grid.lines[1].contains("28662/32638"), "\(grid.lines)")
        #expect(grid.lines[2].contains(" 4398/5006"), "\(grid.lines)")
    }
}
