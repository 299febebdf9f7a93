import Testing

@testable import DashboardTerminal

/// Frames go no faster than the terminal reads them, and the store's news no more often than a
/// frame interval: the pure rules behind the event loop's pacing.
@Suite("Terminal: pacing frames to the link and news to the frame interval")
struct TerminalPacingTests {
    /// `LinkPacing.wrote`, outside `#expect`, which cannot call a mutating method.
    private func wrote(_ pacing: inout LinkPacing, at now: Int) -> Bool {
        pacing.wrote(now: now)
    }

    @Test func aTerminalThatNeverAnswersIsNeverWaitedForAndSoonNoLongerAsked() {
        var pacing = LinkPacing()
        #expect(wrote(&pacing, at: 0))
        #expect(pacing.isClear(now: 1))
        #expect(wrote(&pacing, at: 10))
        #expect(wrote(&pacing, at: 20))
        #expect(pacing.isClear(now: 21))
        #expect(!wrote(&pacing, at: 30), "three questions unanswered: ask no more")
        #expect(pacing.isClear(now: 10_000))
        #expect(pacing.clearsAt(now: 10_000) == nil)
    }

    @Test func onceTheTerminalAnswersAFrameWaitsForTheAnswerAboutTheOneBefore() {
        var pacing = LinkPacing()
        _ = wrote(&pacing, at: 0)
        pacing.answered()
        #expect(pacing.isClear(now: 5))
        #expect(wrote(&pacing, at: 5))
        #expect(!pacing.isClear(now: 6), "the frame written at 5 is still on its way")
        #expect(pacing.clearsAt(now: 6) == 5 + LinkPacing.patience)
        pacing.answered()
        #expect(pacing.isClear(now: 7))
    }

    @Test func framesWrittenBeforeTheFirstAnswerAreAllWaitedFor() {
        var pacing = LinkPacing()
        _ = wrote(&pacing, at: 0)
        _ = wrote(&pacing, at: 10)
        pacing.answered()
        #expect(!pacing.isClear(now: 20), "the second frame has not arrived yet")
        pacing.answered()
        #expect(pacing.isClear(now: 20))
    }

    @Test func aLostAnswerHoldsFramesBackForThePatienceOnlyAndIsForgotten() {
        var pacing = LinkPacing()
        _ = wrote(&pacing, at: 0)
        pacing.answered()
        _ = wrote(&pacing, at: 100)
        #expect(!pacing.isClear(now: 100 + LinkPacing.patience - 1))
        #expect(pacing.isClear(now: 100 + LinkPacing.patience))
        #expect(wrote(&pacing, at: 100 + LinkPacing.patience))
        pacing.answered()
        #expect(pacing.isClear(now: 100 + LinkPacing.patience + 1), "one answer is enough: the lost one is not waited for")
    }

    @Test func theQuestionAndTheAnswerAreTheVT100DeviceStatusReport() {
        #expect(Array(LinkPacing.question.utf8) == [0x1B, 0x5B, 0x35, 0x6E])
        #expect(Array(LinkPacing.answer.utf8) == [0x1B, 0x5B, 0x30, 0x6E])
    }

    @Test func newsAfterAQuietSpellIsReadAtOnce() {
        var news = NewsSchedule()
        #expect(!news.isDue(now: 0))
        #expect(news.millisecondsUntilDue(now: 0) == nil)
        news.arrived()
        #expect(news.isDue(now: 0))
        news.read(now: 0)
        news.arrived()
        #expect(news.isDue(now: 10_000 + NewsSchedule.interval))
    }

    @Test func newsInABurstIsReadOnceAFrameInterval() {
        var news = NewsSchedule()
        news.arrived()
        news.read(now: 1000)
        news.arrived()
        #expect(!news.isDue(now: 1010))
        #expect(news.millisecondsUntilDue(now: 1010) == NewsSchedule.interval - 10)
        news.arrived()
        #expect(news.isDue(now: 1000 + NewsSchedule.interval))
        news.read(now: 1000 + NewsSchedule.interval)
        #expect(!news.isWaiting, "one read took every commit that had arrived")
    }

    @Test func eventsThatCameTogetherCostOneFrame() {
        var frames = FrameSchedule()
        frames.took(changed: true)
        #expect(!frames.shouldDraw(pending: 29, clear: true), "twenty-nine more keys wait")
        for _ in 0..<29 { frames.took(changed: true) }
        #expect(frames.shouldDraw(pending: 0, clear: true))
        frames.drew(heldPane: false)
        #expect(!frames.shouldDraw(pending: 0, clear: true), "nothing changed since")
    }

    @Test func aFrameWaitsForTheLinkAndAtMostAFewKeysPileUpIntoIt() {
        var frames = FrameSchedule()
        frames.took(changed: true)
        frames.linkIsBehind()
        #expect(!frames.shouldDraw(pending: 0, clear: false))
        #expect(!frames.shouldWaitForLink(pending: 0, clear: false), "one key is no reason to stop taking keys")
        for _ in 1..<FrameSchedule.heldStep { frames.took(changed: true) }
        #expect(frames.shouldWaitForLink(pending: 3, clear: false))
        #expect(!frames.shouldWaitForLink(pending: FrameSchedule.heldBacklog + 1, clear: false), "too many wait: take them all")
        frames.waitsForLink()
        #expect(frames.shouldDraw(pending: 3, clear: true), "the link cleared: the frame goes before the keys read meanwhile")
        #expect(frames.holdsPane)
    }

    @Test func aFrameHeldBackKeepsThePaneAndTheFrameWithThePaneFollowsWhenTheKeysStop() {
        var frames = FrameSchedule()
        frames.took(changed: true)
        frames.linkIsBehind()
        #expect(frames.holdsPane)
        frames.drew(heldPane: true)
        #expect(frames.isPaneBehind)
        #expect(!frames.shouldDraw(pending: 0, clear: false), "the link is still busy")
        #expect(!frames.shouldDraw(pending: 2, clear: true), "keys wait: they come first")
        #expect(frames.shouldDraw(pending: 0, clear: true))
        #expect(!frames.holdsPane, "this frame shows the pane")
        frames.drew(heldPane: false)
        #expect(!frames.isPaneBehind)
    }

    @Test func aFrameOnAClearLinkShowsThePane() {
        var frames = FrameSchedule()
        frames.took(changed: true)
        #expect(frames.shouldDraw(pending: 0, clear: true))
        #expect(!frames.holdsPane)
    }
}
