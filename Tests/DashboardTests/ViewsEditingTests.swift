import ModelCore
import ModelRead
import Testing

@testable import DashboardUI

/// The views list's own keys: `s` names the filter in force as a view, `r` renames the selected
/// view, `d` asks before deleting it. The reducer checks the name and asks the runner to write;
/// the list then takes the views the file holds.
@Suite struct ViewsEditingTests {
    private let mine = SavedView(name: "金积镇逾期", filter: "town:金积镇 overdue")

    /// The list of all tasks with `filter` in force and the views list open on its last row.
    private func viewsList(filter: String = "", own: [SavedView] = []) -> AppState {
        var state = DashboardFixture.state()
        state.savedViews += own
        DashboardFixture.press("5" + (filter.isEmpty ? "" : "/\(filter)<Enter>") + "vG", on: &state)
        return state
    }

    private func problem(_ state: AppState) -> String? {
        guard case .naming(let prompt) = state.viewEditing else { return nil }
        return prompt.problem
    }

    @Test func sNamesTheFilterInForceAndTheListTakesTheFilesViews() {
        var state = viewsList(filter: "town:金积镇 overdue")
        DashboardFixture.press("s　金积镇逾期　", on: &state)
        let effects = DashboardFixture.press(.enter, on: &state)
        #expect(effects == [.writeViews(.add(mine))], "the name is trimmed, the ideographic space too")
        #expect(state.viewEditing != nil, "the prompt waits for the outcome")
        _ = reduce(&state, .viewsWritten(.add(mine), .success([mine])))
        #expect(state.savedViews.last == mine && state.savedViews.count == 7)
        #expect(state.mode == .views(selection: 6) && state.viewEditing == nil)
        #expect(state.notice == .info("已存为视图“金积镇逾期”"))
    }

    @Test func fullWidthLettersAreKeysInTheListAndTextInTheName() {
        var state = viewsList(filter: "overdue")
        DashboardFixture.press("ｓｒｄ", on: &state)
        guard case .naming(let prompt) = state.viewEditing else {
            Issue.record("ｓ did not open the name prompt")
            return
        }
        #expect(prompt.line.string == "ｒｄ" && prompt.purpose == .save(filter: "overdue"))
    }

    @Test func aNameIsCheckedBeforeAnythingIsWritten() {
        var state = viewsList(filter: "overdue", own: [mine])
        DashboardFixture.press("s", on: &state)
        #expect(DashboardFixture.press(.enter, on: &state) == [])
        #expect(problem(state) == "请输入名称")
        DashboardFixture.press("逾期", on: &state)
        #expect(DashboardFixture.press(.enter, on: &state) == [])
        #expect(problem(state) == "“逾期”是内置视图的名称")
        DashboardFixture.press("<C-u>金积镇逾期", on: &state)
        #expect(problem(state) == nil, "a key clears the problem")
        #expect(DashboardFixture.press(.enter, on: &state) == [])
        #expect(problem(state) == "已有名为“金积镇逾期”的视图")
        #expect(DashboardFixture.press(.escape, on: &state) == [])
        #expect(state.viewEditing == nil && state.mode == .views(selection: 6), "Esc closes the prompt, not the list")
    }

    @Test func withoutAFilterThereIsNothingToSave() {
        var state = viewsList()
        state.language = .en
        DashboardFixture.press("s", on: &state)
        #expect(state.viewEditing == nil)
        #expect(state.notice == .error("no filter to save: type one with / first"))
    }

    @Test func builtInViewsAreNeitherRenamedNorDeleted() {
        var state = viewsList(own: [mine])
        DashboardFixture.press("kr", on: &state)
        #expect(state.viewEditing == nil && state.notice == .error("内置视图不能改名或删除"))
        DashboardFixture.press("<Del>", on: &state)
        #expect(state.viewEditing == nil && state.notice == .error("内置视图不能改名或删除"))
    }

    @Test func rRenamesTheSelectedViewStartingFromItsName() {
        var state = viewsList(own: [mine])
        DashboardFixture.press("r", on: &state)
        #expect(state.viewEditing == .naming(ViewNamePrompt(purpose: .rename("金积镇逾期"), line: LineEditor("金积镇逾期"))))
        #expect(DashboardFixture.press(.enter, on: &state) == [] && state.viewEditing == nil, "its own name again changes nothing")
        DashboardFixture.press("r<BS><BS>滞后", on: &state)
        #expect(DashboardFixture.press(.enter, on: &state) == [.writeViews(.rename("金积镇逾期", to: "金积镇滞后"))])
        let renamed = SavedView(name: "金积镇滞后", filter: mine.filter)
        _ = reduce(&state, .viewsWritten(.rename("金积镇逾期", to: "金积镇滞后"), .success([renamed])))
        #expect(state.savedViews.last == renamed && state.mode == .views(selection: 6))
        #expect(state.notice == .info("视图“金积镇逾期”已改名为“金积镇滞后”"))
    }

    @Test func dAsksFirstAndOnlyYDeletes() {
        var state = viewsList(own: [mine])
        DashboardFixture.press("d", on: &state)
        #expect(state.viewEditing == .deleting("金积镇逾期"))
        #expect(DashboardFixture.press(.character("n"), on: &state) == [] && state.viewEditing == nil)
        DashboardFixture.press("d", on: &state)
        #expect(DashboardFixture.press(.escape, on: &state) == [] && state.viewEditing == nil && state.mode == .views(selection: 6))
        DashboardFixture.press("d", on: &state)
        #expect(DashboardFixture.press(.character("y"), on: &state) == [.writeViews(.delete("金积镇逾期"))])
        _ = reduce(&state, .viewsWritten(.delete("金积镇逾期"), .success([])))
        #expect(state.savedViews.count == 6 && state.mode == .views(selection: 5), "the selection moves to the row above")
        #expect(state.notice == .info("已删除视图“金积镇逾期”"))
    }

    @Test func aFailedWriteKeepsTheNameTypedWithTheReason() {
        var state = viewsList(filter: "overdue")
        state.language = .en
        DashboardFixture.press("s逾期两周", on: &state)
        let edit = ViewEdit.add(SavedView(name: "逾期两周", filter: "overdue"))
        #expect(DashboardFixture.press(.enter, on: &state) == [.writeViews(edit)])
        _ = reduce(&state, .viewsWritten(edit, .failure(.cannotWrite(path: "/home/w/.config/duban/config.toml", reason: "Permission denied"))))
        #expect(problem(state) == "cannot write /home/w/.config/duban/config.toml: Permission denied")
        #expect(state.notice == .error("views not saved: cannot write /home/w/.config/duban/config.toml: Permission denied"))
        #expect(state.savedViews.count == 6)
    }

    @Test func aReadOnlySeatSavesViewsInItsOwnConfig() {
        var state = viewsList(filter: "overdue")
        state.readOnly = "--read-only"
        DashboardFixture.press("s逾期两周", on: &state)
        #expect(DashboardFixture.press(.enter, on: &state) == [.writeViews(.add(SavedView(name: "逾期两周", filter: "overdue")))])
    }
}
