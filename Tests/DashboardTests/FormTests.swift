import ModelCore
import Testing

@testable import DashboardUI

/// The `u` and `c` forms against the reducer: typing, confirming, cancelling, conflicts and the
/// read-only seat.
@Suite struct FormTests {
    /// All tasks, first row selected (E11-1, not started, 0%).
    static func stateOnFirstTask() -> AppState {
        var state = DashboardFixture.state()
        DashboardFixture.press("5", on: &state)
        return state
    }

    @Test func updateFormAsksBeforeItRecordsOnlyWhatChanged() throws {
        var state = Self.stateOnFirstTask()
        DashboardFixture.press("u", on: &state)
        let form = try #require(state.form)
        #expect(form.taskID == "E11-1" && form.baseVersion == 0 && form.field == .status)
        DashboardFixture.press("<Right><Tab><BS>35<Tab>已召开会议", on: &state)
        #expect(state.form?.status == .inProgress)
        #expect(state.form?.progress == "35")
        #expect(state.form?.note.string == "已召开会议")
        var effects = DashboardFixture.press(.enter, on: &state)
        #expect(effects.isEmpty && state.form?.stage == .confirming, "Enter asks first")
        effects = DashboardFixture.press(.character("y"), on: &state)
        #expect(
            effects == [
                .record(
                    Recording(
                        taskID: "E11-1", status: .inProgress, progress: 35, note: "已召开会议",
                        kind: .update, ifVersion: 0))
            ])
        #expect(state.form != nil, "the form stays until the write is reported")
        #expect(state.form?.stage == .saving)
        let overlay = render(state).lines.joined(separator: "\n")
        #expect(overlay.contains("正在记录…") && !overlay.contains("y/Enter 记录"), "it says the write is under way")
        #expect(
            DashboardFixture.press(.character("y"), on: &state).isEmpty && DashboardFixture.press(.escape, on: &state).isEmpty,
            "keys wait for the outcome: no second write, no cancel of one under way")
        #expect(state.form?.stage == .saving)
    }

    @Test func theFirstDigitReplacesTheProgressAndLaterOnesAddToIt() throws {
        var state = Self.stateOnFirstTask()
        DashboardFixture.press("u<Tab>", on: &state)
        state.form?.baseProgress = 40
        state.form?.progress = "40"
        DashboardFixture.press("60", on: &state)
        #expect(state.form?.progress == "60", "typing 60 on a task at 40 % gives 60 %, not 4060")
        DashboardFixture.press("<BS>5", on: &state)
        #expect(state.form?.progress == "65")
        DashboardFixture.press("<Right>7", on: &state)
        #expect(state.form?.progress == "7", "a value stepped with the arrows is selected again")
        DashboardFixture.press("<Tab><S-Tab>9", on: &state)
        #expect(state.form?.progress == "9", "and so is a field entered again")
        #expect(state.form?.recording().map(\.progress) == .success(9))
    }

    @Test func escCancelsWithoutAnyWriteAndNKeepsEditing() {
        var state = Self.stateOnFirstTask()
        DashboardFixture.press("u<Right><Enter>n", on: &state)
        #expect(state.form?.stage == .editing)
        let effects = DashboardFixture.press(.escape, on: &state)
        #expect(effects.isEmpty && state.form == nil)
        DashboardFixture.press("u<Right><Enter>", on: &state)
        #expect(DashboardFixture.press(.escape, on: &state).isEmpty && state.form == nil, "Esc cancels from the question too")
    }

    @Test func problemsKeepTheFormOpenAndSayWhy() {
        var state = Self.stateOnFirstTask()
        DashboardFixture.press("u<Enter>", on: &state)
        #expect(state.form?.stage == .editing)
        #expect(state.form?.problem == Label.problemNothingChanged.text(.zh))
        DashboardFixture.press("<Tab><BS>150<Enter>", on: &state)
        #expect(state.form?.progress == "150" && state.form?.problem == Label.problemBadProgress.text(.zh))
        DashboardFixture.press("<Esc>c<Enter>", on: &state)
        #expect(state.form?.problem == Label.problemEmptyNote.text(.zh))
    }

    @Test func choosingDoneSetsProgressToAHundred() {
        var state = Self.stateOnFirstTask()
        DashboardFixture.press("u", on: &state)
        while state.form?.status != .done { DashboardFixture.press("<Right>", on: &state) }
        #expect(state.form?.progress == "100")
        DashboardFixture.press("<Tab><Left><Left>", on: &state)
        #expect(state.form?.progress == "80", "←/→ step progress by ten")
    }

    @Test func commentFormRecordsAnInstructionOrANote() {
        var state = Self.stateOnFirstTask()
        DashboardFixture.press("c<Tab>请加快进度<Enter>", on: &state)
        #expect(
            DashboardFixture.press(.enter, on: &state) == [
                .record(
                    Recording(
                        taskID: "E11-1", status: nil, progress: nil,
                        note: "请加快进度", kind: .instruction, ifVersion: 0))
            ])
        state.form = nil
        DashboardFixture.press("c<Right><Tab>资金已到位<Enter>", on: &state)
        #expect(
            DashboardFixture.press(.character("y"), on: &state).first
                == .record(
                    Recording(
                        taskID: "E11-1", status: nil, progress: nil, note: "资金已到位", kind: .note, ifVersion: 0)))
    }

    @Test func aSavedWriteClosesTheFormAndReloads() {
        var state = Self.stateOnFirstTask()
        DashboardFixture.press("u<Right><Enter>y", on: &state)
        var saved = state.snapshot.task(id: "E11-1")!
        saved.status = .inProgress
        saved.version = 1
        #expect(reduce(&state, .recorded(.saved(saved))) == [.reload])
        #expect(state.form == nil)
        #expect(state.notice == .info("已记录 E11-1（第1版）"))
    }

    @Test func aConflictKeepsTheUsersInputOnTheNewerVersion() {
        var state = Self.stateOnFirstTask()
        DashboardFixture.press("u<Tab><BS>35<Tab>开会<Enter>y", on: &state)
        var current = state.snapshot.task(id: "E11-1")!
        current.status = .behind
        current.version = 4
        let theirs = ProgressEntry(
            taskID: "E11-1", actor: "bob", at: .init(timeIntervalSince1970: 0), kind: .update,
            oldStatus: .notStarted, newStatus: .behind)
        #expect(reduce(&state, .recorded(.conflict(current: current, lastChange: theirs))) == [.reload])
        let form = state.form
        #expect(form?.stage == .editing)
        #expect(form?.baseVersion == 4 && form?.baseStatus == .behind)
        #expect(form?.progress == "35" && form?.note.string == "开会", "the user's input is kept")
        #expect(form?.problem?.contains("bob") == true)
        #expect(form?.problem?.contains("第4版") == true)
        #expect(form?.status == .behind, "the status the user left alone follows bob's change")
        DashboardFixture.press("<Enter>", on: &state)
        #expect(state.form?.stage == .confirming)
        #expect(
            DashboardFixture.press(.character("y"), on: &state) == [
                .record(
                    Recording(
                        taskID: "E11-1", status: nil, progress: 35, note: "开会", kind: .update, ifVersion: 4))
            ],
            "re-applied on version 4; the status is no longer a change")
    }

    @Test func aFailedWriteKeepsTheFormWithTheMessage() {
        var state = Self.stateOnFirstTask()
        DashboardFixture.press("u<Right><Enter>y", on: &state)
        #expect(reduce(&state, .recorded(.failed("store busy"))).isEmpty)
        #expect(state.form?.problem == "store busy" && state.form?.stage == .editing)
        #expect(state.notice == .error("未能记录：store busy"), "the status line says the write failed")
    }

    @Test func aBusyStoreIsSaidInTheDashboardsLanguage() {
        for language in [Language.zh, .en] {
            var state = DashboardFixture.state(language: language)
            DashboardFixture.press("5u<Right><Enter>y", on: &state)
            _ = reduce(&state, .recorded(.busy))
            #expect(state.form?.stage == .editing && state.form?.problem == Label.storeBusy.text(language))
            #expect(state.notice == .error(Label.notRecorded.text(language) + Label.storeBusy.text(language)))
        }
    }

    @Test func formsNeedASelectedTask() {
        var state = DashboardFixture.state()
        DashboardFixture.press("u", on: &state)
        #expect(state.form == nil && state.notice == .error(Label.selectTaskFirst.text(.zh)), "not on the overview")
        DashboardFixture.press("2u", on: &state)
        #expect(state.form == nil, "not while the leaders panel has the focus")
        DashboardFixture.press("<Enter>u", on: &state)
        #expect(state.form?.taskID == state.selectedTask[.byLeader] ?? state.snapshot.tasks[state.taskRows(.byLeader)[0].task].id)
        DashboardFixture.press("<Esc><Enter>c", on: &state)
        #expect(state.mode == .detail && state.form?.purpose == .comment, "and in the detail")
    }

    @Test func aReadOnlySeatRefusesEveryWriteWhereTheActionRuns() {
        var state = Self.stateOnFirstTask()
        state.readOnly = "--read-only"
        for action in [Action.openUpdateForm, .openCommentForm] {
            #expect(reduce(&state, action).isEmpty)
            #expect(state.form == nil)
            #expect(state.notice == .error("只读，不能记录：--read-only"))
        }
        state.form = EditForm(.update, task: state.snapshot.tasks[0])
        state.form?.status = .done
        state.form?.stage = .confirming
        #expect(DashboardFixture.press(.character("y"), on: &state).isEmpty, "a form opened before the seat became read-only writes nothing")
        #expect(state.form?.problem == "只读，不能记录：--read-only")
    }

    @Test func keysGoToTheFormWhileItIsOpen() {
        var state = Self.stateOnFirstTask()
        DashboardFixture.press("c<Tab>q2j", on: &state)
        #expect(state.form?.note.string == "q2j")
        #expect(state.view == .allTasks && state.mode == .browse)
    }
}
