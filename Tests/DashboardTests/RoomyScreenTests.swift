import Foundation
import ModelCore
import ModelRead
import Testing

@testable import DashboardUI

/// Screens that use their room: the hint bar names the view's own groups, the groups panel
/// grows with the terminal, the overview names the leaders it leaves out, the header a clock.
@Suite struct RoomyScreenTests {
    @Test(arguments: [(ViewID.byLeader, "]/[换领导"), (.byUnit, "]/[换单位"), (.byTown, "]/[换乡镇"), (.unreported, "]/[换单位")])
    func theHintBarNamesTheViewsOwnGroups(view: ViewID, hint: String) {
        var state = DashboardFixture.state(width: 120, height: 40)
        DashboardFixture.press("\(view.rawValue)", on: &state)
        #expect(render(state).lines[state.height - 2].contains(hint))
        DashboardFixture.press("<Tab><Enter>", on: &state)
        #expect(state.mode == .detail)
        #expect(render(state).lines[state.height - 2].contains(hint), "in the detail opened from it too")
    }

    @Test func aTaskOpenedFromAViewWithoutGroupsOffersNoGroupStep() {
        var state = DashboardFixture.state(width: 120, height: 40)
        DashboardFixture.press("5<Enter>", on: &state)
        #expect(state.mode == .detail)
        #expect(!render(state).lines[state.height - 2].contains("]/["))
    }

    @Test func atOneHundredSixtyColumnsTheUnitPanelShowsEveryNameWhole() throws {
        var state = DashboardFixture.state(width: 160, height: 50)
        DashboardFixture.press("3", on: &state)
        let panel = try #require(ScreenLayout(state).groups)
        let widest = state.groupRows(.byUnit).filter { $0.key != nil }.map { DisplayWidth.of($0.title) }.max() ?? 0
        #expect(widest >= 20, "the sample's unit names reach 区工业信息化和商务局 and longer")
        #expect(panel.width >= GroupListWidget.width(forNames: widest))
        let screen = render(state).lines.joined(separator: "\n")
        #expect(screen.contains("区工业信息化和商务局 "))
        #expect(!screen.contains("区工业信息化…"))
    }

    @Test(arguments: [110, 120, 130])
    func belowOneHundredFortyColumnsTheTaskListKeepsItsRoom(width: Int) throws {
        var state = DashboardFixture.state(width: width, height: 40)
        DashboardFixture.press("3", on: &state)
        #expect(try #require(ScreenLayout(state).groups).width == 26)
    }

    @Test func theGroupsPanelKeepsItsWidthWhileAFilterNarrowsTheList() throws {
        var state = DashboardFixture.state(width: 160, height: 50)
        DashboardFixture.press("6", on: &state)
        let before = try #require(ScreenLayout(state).groups).width
        DashboardFixture.press("/金积镇<Enter>", on: &state)
        #expect(state.filter.isActive)
        #expect(try #require(ScreenLayout(state).groups).width == before)
    }

    @Test(arguments: [(80, 24), (160, 50)])
    func theOverviewShowsEveryLeaderOfTheSample(width: Int, height: Int) {
        let state = DashboardFixture.state(width: width, height: height)
        let screen = render(state).lines.joined(separator: "\n")
        #expect(state.snapshot.leaders.count == 8)
        for leader in state.snapshot.leaders { #expect(screen.contains(" \(leader) "), "\(leader)") }
        #expect(screen.contains("政府班子成员"))
        #expect(!screen.contains("另有"))
    }

    @Test func anOverviewWithMoreLeadersThanRowsNamesThoseLeftOut() throws {
        var tasks = DashboardFixture.snapshot.tasks
        for index in 0..<12 { tasks[index].leaders = ["领导\(index)"] }
        var state = DashboardFixture.state(width: 80, height: 24)
        state.snapshot = Snapshot(tasks: tasks, documents: state.snapshot.documents, reportRounds: state.snapshot.reportRounds)
        let leaders = state.snapshot.leaders
        #expect(leaders.count > 12)
        let lines = render(state).lines
        let more = try #require(lines.first { $0.contains("另有") })
        let barRows = lines.filter { line in leaders.contains { line.hasPrefix(" \($0) ") } }.count
        #expect(more.contains("另有\(leaders.count - barRows)位："))
        #expect(more.contains(leaders[barRows]), "the first leader left out is named first")
        #expect(lines.contains { $0.contains("逾期/滞后最多的单位") }, "the lower panels keep their room")
    }

    @Test func theClockShowsTheMinuteAndIsDrawnAgainOnlyWhenItChanges() throws {
        var state = DashboardFixture.state(width: 80, height: 24)
        state.live.isWatching = true
        let calendar = Calendar.current
        let start = try #require(calendar.date(from: DateComponents(year: 2026, month: 12, day: 4, hour: 9, minute: 5, second: 58)))
        let redraws = [0, 1, 2.5, 3].map { state.live.advance(to: start.addingTimeInterval($0)) }
        #expect(redraws == [true, false, true, false], "from the epoch, then the same minute, then 09:06, then the same")
        #expect(render(state).lines[0].hasSuffix("09:06 "))
        _ = state.live.advance(to: start)
        #expect(render(state).lines[0].hasSuffix("09:05 "))
        state.live.isWatching = false
        #expect(!render(state).lines[0].contains("09:06"), "a snapshot that is not live has no clock")
    }
}
