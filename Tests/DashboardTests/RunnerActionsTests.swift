import Foundation
import ModelImport
import Testing

@testable import DashboardUI

/// What the runner sees becomes actions: the launch, the clock, the store's changes. The reducer
/// decides what they do and which effects follow; the runner only performs them.
@Suite struct RunnerActionsTests {
    private let launchTime = Date(timeIntervalSince1970: 1_600_000_000)

    @Test func theLaunchSizesTheScreenStartsTheClockAndAsksForTheSearchIndex() {
        var state = DashboardFixture.state()
        let effects = reduce(&state, .began(Launch(width: 100, height: 30, now: launchTime, isWatching: true)))
        #expect(effects == [.prepareSearchIndex])
        #expect(state.width == 100 && state.height == 30)
        #expect(state.live.isWatching && state.live.now == launchTime)
        #expect(state.notice == nil)
    }

    @Test func theTerminalsWorkaroundIsShownUntilTheFirstKeyAndOutlivesTicks() {
        var state = DashboardFixture.state()
        let launch = Launch(width: 100, height: 30, now: launchTime, isWatching: true, terminalNotice: "TERM=xterm-kitty unknown: using xterm")
        _ = reduce(&state, .began(launch))
        #expect(state.notice == .info("TERM=xterm-kitty unknown: using xterm"))
        _ = reduce(&state, .tick(now: launchTime.addingTimeInterval(0.5), storeChanged: false))
        _ = reduce(&state, .resize(width: 90, height: 30))
        #expect(state.notice != nil, "the clock and a resize are not the user's action")
        _ = reduce(&state, .move(1))
        #expect(state.notice == nil)
    }

    @Test func aReadOnlySeatSaysSoBeforeTheTerminalsWorkaround() {
        var state = DashboardFixture.state()
        state.readOnly = "the store's folder is not writable"
        _ = reduce(&state, .began(Launch(width: 100, height: 30, now: launchTime, isWatching: true, terminalNotice: "workaround")))
        #expect(state.notice == .info("只读：the store's folder is not writable；可以查看，不能记录"))
    }

    @Test func anIdleTickDrawsNothingAndAMarkRunningOutDraws() {
        var state = DashboardFixture.state()
        _ = reduce(&state, .began(Launch(width: 100, height: 30, now: launchTime, isWatching: true)))
        #expect(reduce(&state, .tick(now: launchTime.addingTimeInterval(1), storeChanged: false)) == [.skipDraw])
        #expect(state.live.now == launchTime.addingTimeInterval(1), "the clock moves even when nothing is drawn")
        state.live.changedAt["P2-1"] = launchTime
        #expect(reduce(&state, .tick(now: launchTime.addingTimeInterval(11), storeChanged: false)) == [])
    }

    @Test func aChangeInTheStoreAsksForAReloadOrIsCountedWhilePaused() {
        var state = DashboardFixture.state()
        _ = reduce(&state, .began(Launch(width: 100, height: 30, now: launchTime, isWatching: true)))
        #expect(reduce(&state, .tick(now: launchTime, storeChanged: true)) == [.reload])
        _ = reduce(&state, .togglePause)
        #expect(reduce(&state, .tick(now: launchTime, storeChanged: true)) == [])
        #expect(reduce(&state, .tick(now: launchTime, storeChanged: true)) == [])
        #expect(state.live.pendingChanges == 2)
        #expect(reduce(&state, .togglePause) == [.reload])
    }

    @Test func arrivedChangesApplyAndAStructuralOneIsHandedToTheImageCache() throws {
        let live = try LiveFixture()
        try live.note(["P2-1"], by: "lisi")
        #expect(try live.pull() == [.prepareSearchIndex])
        #expect(live.state.live.lastChange?.actor == "lisi")
        #expect(live.state.live.pendingChanges == 0)
        var task = try #require(live.state.snapshot.tasks.last)
        task.id += "-X"
        let added = try Importer.parse(Array(TaskCSV.encode([task])), file: "new.csv", format: .csv).batch
        _ = try live.store.apply(added.keepingStoredDocuments(try live.store.documents()))
        let tasksBefore = live.state.snapshot.tasks.count
        #expect(try live.pull() == [.cacheRebuiltSnapshot, .prepareSearchIndex], "a task added is structural")
        #expect(live.state.snapshot.tasks.count == tasksBefore + 1)
    }
}
