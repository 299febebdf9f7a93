import ModelCore

/// Every label of the interface, in one table, in both languages.
public enum Label: Sendable {
    case appTitle, today, demoDate, total, overdue, pending, shown, sort
    case viewOverview, viewByLeader, viewByUnit, viewByTown, viewAllTasks, viewUnreported, viewDetail
    case columnStatus, columnID, columnDeadline, columnLeaders, columnLeadUnit, columnText, columnLeader, columnUnit, columnTown
    case pendingOverTotal, chapterProgress, unitsMostBehind, leaderBars
    case unreportedOverOwed, reportedOverOwed, reports, reportRound, reportRoundFrom, noReportRound, noLeadUnit, unreported
    case departments, towns, stationedAgencies, others
    case roleLead, roleResponsible, roleCooperating, roleIndirect, direct
    case fieldLeaders, fieldLeadUnits, fieldResponsibleUnits, fieldCooperatingUnits, fieldDeadline, fieldStatus, fieldProgress
    case fieldChapter, fieldCase, fieldProposers, fieldHistory, fieldDocument, noHistory
    case filterPrompt, filterLabel, noFilter, savedViews, help, helpFooter, showingDone, hidingDone
    case tooSmall, tooSmallHint, noTasks, emptyStore, noSelection, unavailable, live, paused
    case formUpdateTitle, formCommentTitle, fieldKind, fieldInstructingLeader, fieldNote, fieldCurrent, version, kindNote, kindInstruction
    case confirmQuestion, saving, storeBusy, problemEmptyNote, problemBadProgress, problemNothingChanged
    case recorded, notRecorded, conflict, changedMeanwhile, readOnlyBadge, readOnlyNotice, readOnlyRefused, readOnlyUnavailable, selectTaskFirst
    case viewNamePrompt, viewRenamePrompt, viewDeleteQuestion, viewSaved, viewRenamed, viewDeleted, viewsNotWritten, builtInViewFixed
    case viewNameEmpty, viewNameBuiltIn, viewNameTaken, viewNoFilter, viewMissing, configNoPath, configUnreadable, configWouldNotReadBack
    case configCannotWrite
    case jumpPrompt, noSuchTask, filterClearedFor, noSuchName
    case exportLedgerPrompt, exportBulletinPrompt, exportNoPath, exportBadExtension, exporting, exported
    case matchesNeedAFilter, matchesFromTheFirst, matchesFromTheLast, switchViews

    /// A label and a number: `共308` in Chinese, `total 308` in English.
    public func counted(_ count: Int, _ language: Language) -> String {
        language == .zh ? "\(text(language))\(count)" : "\(text(language)) \(count)"
    }

    public func text(_ language: Language) -> String {
        let (zh, en) = pair
        return language == .zh ? zh : en
    }

    private var pair: (String, String) {
        switch self {
        case .appTitle: ("督办看板", "duban")
        case .today: ("今天", "today")
        case .demoDate: ("（演示日期）", " (demo date)")
        case .total: ("共", "total")
        case .overdue: ("逾期", "overdue")
        case .pending: ("待办", "pending")
        case .shown: ("显示", "shown")
        case .sort: ("排序", "sort")
        case .viewOverview: ("概览", "Overview")
        case .viewByLeader: ("按领导", "Leaders")
        case .viewByUnit: ("按单位", "Units")
        case .viewByTown: ("按乡镇", "Towns")
        case .viewAllTasks: ("全部", "All")
        case .viewUnreported: ("未报送", "Not reported")
        case .viewDetail: ("详情", "Detail")
        case .columnStatus: ("状态", "Status")
        case .columnID: ("编号", "ID")
        case .columnDeadline: ("截止", "Due")
        case .columnLeaders: ("责任领导", "Leaders")
        case .columnLeadUnit: ("牵头单位", "Lead unit")
        case .columnText: ("任务", "Task")
        case .columnLeader: ("责任领导", "Leader")
        case .columnUnit: ("单位", "Unit")
        case .columnTown: ("乡镇", "Town")
        case .pendingOverTotal: ("待办/共计", "open/all")
        case .chapterProgress: ("按章节进度", "Progress by chapter")
        case .unitsMostBehind: ("逾期/滞后最多的单位", "Units overdue/behind")
        case .leaderBars: ("责任领导", "Leaders")
        case .unreportedOverOwed: ("未报/应报", "missing/owed")
        case .reportedOverOwed: ("已报/应报", "in/owed")
        case .reports: ("报送", "Reports")
        case .reportRound: ("报送轮次 %1", "report round %1")
        case .reportRoundFrom: ("报送轮次 %1，自 %2 起", "report round %1, from %2")
        case .noReportRound: ("无报送轮次", "no report rounds")
        case .noLeadUnit: ("（无牵头单位）", "(no lead unit)")
        case .unreported: ("未报送", "not reported")
        case .departments: ("区直部门", "Departments")
        case .towns: ("乡镇", "Towns")
        case .stationedAgencies: ("驻区单位", "Stationed agencies")
        case .others: ("其他", "Others")
        case .roleLead: ("牵头", "lead")
        case .roleResponsible: ("责任", "resp")
        case .roleCooperating: ("配合", "coop")
        case .roleIndirect: ("间接", "via")
        case .direct: ("直接", "direct")
        case .fieldLeaders: ("领导", "Leaders")
        case .fieldLeadUnits: ("牵头", "Lead")
        case .fieldResponsibleUnits: ("责任", "Responsible")
        case .fieldCooperatingUnits: ("配合", "Cooperating")
        case .fieldDeadline: ("截止", "Due")
        case .fieldStatus: ("状态", "Status")
        case .fieldProgress: ("进度", "Progress")
        case .fieldChapter: ("章节", "Chapter")
        case .fieldCase: ("案号", "Case")
        case .fieldProposers: ("提案人", "Proposers")
        case .fieldHistory: ("历史", "History")
        case .fieldDocument: ("文件", "Document")
        case .noHistory: ("尚无进展记录", "no progress recorded yet")
        case .filterPrompt: ("筛选: ", "filter: ")
        case .filterLabel: ("筛选: ", "filter: ")
        case .noFilter: ("无筛选", "no filter")
        case .savedViews: ("视图", "Views")
        case .help: ("帮助", "Help")
        case .helpFooter: ("按 Esc 或 ? 关闭", "Esc or ? closes")
        case .showingDone: ("含已完成", "with done")
        case .hidingDone: ("仅待办", "open only")
        case .tooSmall: ("终端太小：需要 %1，现在 %2", "Terminal too small: need %1, have %2")
        case .tooSmallHint: ("请放大窗口；q 退出", "Enlarge the window; q quits")
        case .noTasks: ("（没有任务）", "(no tasks)")
        case .emptyStore:
            (
                "库中还没有任务：用 duban import <文件> 导入公报、CSV 或 JSON",
                "The store holds no tasks yet: duban import FILE adds a gazette, CSV or JSON"
            )
        case .noSelection: ("（未选择）", "(nothing selected)")
        case .unavailable: ("不可用", "unavailable")
        case .live: ("实时", "live")
        case .paused: ("暂停", "paused")
        case .formUpdateTitle: ("更新进展", "Record progress")
        case .formCommentTitle: ("批示 / 进展", "Instruction / note")
        case .fieldKind: ("类型", "Kind")
        case .fieldInstructingLeader: ("领导", "Leader")
        case .fieldNote: ("备注", "Note")
        case .fieldCurrent: ("当前", "Now")
        case .version: ("第%1版", "version %1")
        case .kindNote: ("进展", "progress note")
        case .kindInstruction: ("领导批示", "leader's instruction")
        case .confirmQuestion: ("确认记录以上内容？", "Record the above?")
        case .saving: ("正在记录…（另有写入时最多等 5 秒）", "Recording… (up to 5 s while another write finishes)")
        case .storeBusy:
            (
                "另一程序正在写入，等了 5 秒仍未结束，未作任何改动；请稍后再试",
                "another process has been writing for more than 5 s, so nothing was changed; try again in a moment"
            )
        case .problemEmptyNote: ("内容不能为空", "write something first")
        case .problemBadProgress: ("进度须为 0–100", "progress must be 0–100")
        case .problemNothingChanged: ("没有改动：请改状态、进度或写备注", "nothing to record: change the status or progress, or write a note")
        case .recorded: ("已记录 %1（第%2版）", "recorded %1 (version %2)")
        case .notRecorded: ("未能记录：", "not recorded: ")
        case .conflict:
            (
                "%1 已被他人改过（现为第%2版）：%3。Enter 在新版本上重新提交，Esc 放弃",
                "%1 was changed meanwhile (now version %2): %3. Enter re-applies yours on it, Esc drops it"
            )
        case .changedMeanwhile: ("注意：此任务刚被他人更新", "note: someone has just changed this task")
        case .readOnlyBadge: ("只读", "read-only")
        case .readOnlyNotice: ("只读：%1；可以查看，不能记录", "read-only: %1; you can watch, not record")
        case .readOnlyRefused: ("只读，不能记录：", "read-only, cannot record: ")
        case .readOnlyUnavailable: ("（只读不可用）", "(read-only) ")
        case .selectTaskFirst: ("请先选中一条任务（Enter 或 Tab 进入任务列表）", "select a task first (Enter or Tab to the task list)")
        case .viewNamePrompt: ("新视图名称: ", "new view's name: ")
        case .viewRenamePrompt: ("改名为: ", "rename to: ")
        case .viewDeleteQuestion: ("删除视图“%1”？", "Delete the view “%1”?")
        case .viewSaved: ("已存为视图“%1”", "saved the filter as the view “%1”")
        case .viewRenamed: ("视图“%1”已改名为“%2”", "renamed the view “%1” to “%2”")
        case .viewDeleted: ("已删除视图“%1”", "deleted the view “%1”")
        case .viewsNotWritten: ("视图未保存：", "views not saved: ")
        case .builtInViewFixed: ("内置视图不能改名或删除", "built-in views cannot be renamed or deleted")
        case .viewNameEmpty: ("请输入名称", "type a name first")
        case .viewNameBuiltIn: ("“%1”是内置视图的名称", "“%1” is a built-in view's name")
        case .viewNameTaken: ("已有名为“%1”的视图", "there is a view named “%1” already")
        case .viewNoFilter: ("没有可存的筛选：先按 / 输入筛选", "no filter to save: type one with / first")
        case .viewMissing: ("配置文件中已没有视图“%1”（被另行修改过）", "the config file has no view “%1” any more (changed elsewhere)")
        case .configNoPath: ("不知配置文件放在哪：请设置 DUBAN_CONFIG 或 HOME", "nowhere to write the config: set DUBAN_CONFIG or HOME")
        case .configUnreadable: ("配置文件读不通，未作改动：%1", "the config file does not read, nothing changed: %1")
        case .configWouldNotReadBack: ("改后的配置文件将读不通，未作改动：%1", "the edited config would not read back, nothing changed: %1")
        case .configCannotWrite: ("无法写入 %1：%2", "cannot write %1: %2")
        case .jumpPrompt: ("跳到任务：", "go to task: ")
        case .exportLedgerPrompt: ("台账写到：", "write the ledger to: ")
        case .exportBulletinPrompt: ("通报写到：", "write the bulletin to: ")
        case .exportNoPath: ("请输入文件名", "type a file name")
        case .exportBadExtension: ("扩展名须为 xlsx、docx、md 或 txt", "the extension must be xlsx, docx, md or txt")
        case .exporting: ("正在写入 %1…", "writing %1…")
        case .exported: ("已写入 %1（%2项任务）", "wrote %1 (%2 tasks)")
        case .noSuchTask: ("没有编号为 %1 的任务", "no task has the id %1")
        case .filterClearedFor: ("已清除筛选，以显示 %1", "filter cleared to show %1")
        case .noSuchName: ("没有“%1”，是否为 %2？", "no “%1”; did you mean %2?")
        case .matchesNeedAFilter: ("n/N 在筛选后跳到下一条 / 上一条匹配：先按 / 筛选", "n/N step through the matches of a filter: press / first")
        case .matchesFromTheFirst: ("已过最后一条匹配，回到第一条", "past the last match: back to the first")
        case .matchesFromTheLast: ("已过第一条匹配，回到最后一条", "before the first match: back to the last")
        case .switchViews: ("切换到视图 1–6", "switch to view 1–6")
        }
    }
}
