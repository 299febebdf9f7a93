import ArgumentParser
import Foundation
import ModelCore

/// `duban update ID`: record a new status, progress or note, signed with the login name.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Record a task's status, progress or a progress note.",
        discussion: """
            The change is signed with the login name of the real user (from the system's user \
            database, not $USER) and added to the task's history in the same transaction.
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The task's id, e.g. P2-8.", valueName: "id"))
    var id: String

    @Option(help: "not_started, in_progress, done, behind or blocked (or 未启动, 推进中, 已完成, 滞后, 受阻).")
    var status: Status?

    @Option(help: "Progress in percent, 0–100.")
    var progress: Int?

    @Option(help: "A note for the history (进展).")
    var note: String?

    @Option(name: .customLong("if-version"), help: "Refuse the change unless the task is still at this version (for scripts).")
    var ifVersion: Int?

    func validate() throws {
        if status == nil && progress == nil && note == nil {
            throw ValidationError("say what to record: --status, --progress or --note")
        }
        if let progress, !(0...100).contains(progress) {
            throw ValidationError("--progress must be within 0–100, not \(progress)")
        }
    }

    func run() throws {
        try reportingFailures {
            let kind: ProgressEntry.Kind = status == nil && progress == nil ? .note : .update
            let task = try storeOptions.open().use { store in
                try store.update(
                    id: try store.taskID(matching: id) ?? id, status: status, progress: progress, note: note, kind: kind,
                    actor: Actor.current(), at: Date(), ifVersion: ifVersion)
            }
            print("\(task.id): \(task.status.label) (\(task.status.rawValue)), \(task.progress)%, version \(task.version)")
        }
    }
}
