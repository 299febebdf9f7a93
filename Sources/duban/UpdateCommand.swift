import ArgumentParser
import Foundation
import ModelCore

/// `duban update ID`: record a new status, progress, note or leader's instruction, signed with
/// the login name.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: localized(
            zh: "记录一项任务的状态、进度、进展说明或领导批示。", en: "Record a task's status, progress, a progress note or a leader's instruction."),
        discussion: localized(
            zh: """
                改动以真实用户的登录名署名（取自系统的用户数据库，而非 $USER），\
                并在同一事务中记入任务的历史。
                """,
            en: """
                The change is signed with the login name of the real user (from the system's user \
                database, not $USER) and added to the task's history in the same transaction.
                """)
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(localized(zh: "任务编号，如 P2-8。", en: "The task's id, e.g. P2-8."), valueName: "id"))
    var id: String

    @Option(help: StatusHelp.argument)
    var status: Status?

    @Option(help: ArgumentHelp(localized(zh: "进度百分比，0–100。", en: "Progress in percent, 0–100.")))
    var progress: Int?

    @Option(help: ArgumentHelp(localized(zh: "记入历史的进展说明。", en: "A note for the history (进展).")))
    var note: String?

    @Option(
        name: .customLong("instruction-by"),
        help: ArgumentHelp(
            localized(
                zh: "--note 是这位领导的批示（须为任务的责任领导之一）。", en: "The --note is an instruction (领导批示) given by this leader, one of the task's."),
            valueName: "leader"))
    var instructionBy: String?

    @Option(
        name: .customLong("if-version"),
        help: ArgumentHelp(
            localized(zh: "任务已不是这一版本时拒绝改动（供脚本用）。", en: "Refuse the change unless the task is still at this version (for scripts).")))
    var ifVersion: Int?

    func validate() throws {
        if status == nil && progress == nil && note == nil {
            throw ValidationError(localized(zh: "请说明要记录什么：--status、--progress 或 --note", en: "say what to record: --status, --progress or --note"))
        }
        if instructionBy != nil && (note == nil || status != nil || progress != nil) {
            throw ValidationError(
                localized(
                    zh: "--instruction-by 只与 --note 同用：批示不改状态和进度",
                    en: "--instruction-by goes with --note alone: an instruction changes no status or progress"))
        }
        if let progress, !(0...100).contains(progress) {
            throw ValidationError(localized(zh: "--progress 须在 0–100 之间，而不是 \(progress)", en: "--progress must be within 0–100, not \(progress)"))
        }
    }

    func run() throws {
        try reportingFailures {
            let kind: ProgressEntry.Kind = instructionBy != nil ? .instruction : status == nil && progress == nil ? .note : .update
            let task = try storeOptions.open().use { store in
                try store.update(
                    id: try store.taskID(matching: id) ?? id, status: status, progress: progress, note: note, kind: kind,
                    leader: instructionBy, actor: Actor.current(), at: Date(), ifVersion: ifVersion)
            }
            let (label, code) = (task.status.label(CLILanguage.current), task.status.rawValue)
            print(
                localized(
                    zh: "\(task.id)：\(label)（\(code)），进度 \(task.progress)%，第\(task.version)版",
                    en: "\(task.id): \(label) (\(code)), \(task.progress)%, version \(task.version)"))
        }
    }
}
