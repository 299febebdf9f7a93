import DashboardUI
import Testing

@testable import DashboardTerminal

/// A frame held back by a slow link moves the list and keeps the detail pane as it was drawn.
@Suite("Terminal: the detail pane held while the link is behind")
struct PaneHoldTests {
    @Test func aHeldFrameHasTheNewListAndTheOldPane() throws {
        var state = DashboardFixture.state()
        DashboardFixture.press("5", on: &state)
        let before = render(state)
        var hold = PaneHold()
        hold.remember(before, of: state)
        DashboardFixture.press("jjj", on: &state)
        let after = render(state)
        var held = after
        #expect(hold.hold(on: &held, of: state))
        let pane = try #require(ScreenLayout(state).detail)
        let paneRows = pane.y..<(pane.y + pane.height)
        #expect(before.lines[paneRows] != after.lines[paneRows], "three rows down is another task")
        #expect(held.lines[paneRows] == before.lines[paneRows])
        #expect(held.lines[..<pane.y] == after.lines[..<pane.y], "the list above is the new one")
    }

    @Test func aPaneThatMovedOrWentIsDrawnAnew() {
        var state = DashboardFixture.state()
        DashboardFixture.press("5", on: &state)
        var hold = PaneHold()
        hold.remember(render(state), of: state)
        DashboardFixture.press("d", on: &state)
        var hidden = render(state)
        let untouched = hidden
        #expect(!hold.hold(on: &hidden, of: state), "the pane is hidden")
        #expect(hidden == untouched)
        DashboardFixture.press("d", on: &state)
        _ = reduce(&state, .resize(width: 120, height: 30))
        var smaller = render(state)
        #expect(!hold.hold(on: &smaller, of: state), "another size: the pane is elsewhere")
    }
}
