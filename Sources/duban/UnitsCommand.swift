import ArgumentParser
import Foundation
import ModelCore
import ModelImport
import ModelRead
import ModelStore

/// `duban units`: the store's own directory of units, shared by everyone on the store.
struct UnitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "units",
        abstract: localized(zh: "查看或修改库中的单位名录。", en: "Show or change the store's directory of units."),
        discussion: localized(
            zh: """
                每次导入都经由这份名录读单位名称（区住建局即区住房城乡建设和交通局）。库开始时用 duban \
                随附的名录；每项修改都存在库里，对打开它的每个人有效，并在同一事务中重读已导入任务的名称：\
                以别的写法指称某单位的任务归到该单位，其历史会记下。
                """,
            en: """
                Every import reads unit names through this directory (区住建局 is 区住房城乡建设和交通局). \
                A store starts with the directory bundled with duban; each change is kept in the store, \
                for everyone who opens it, and reads the names of the tasks already imported again, in \
                one transaction: tasks that named a unit another way move to it, and their history says so.
                """),
        subcommands: [
            UnitsShowCommand.self, UnitsAliasCommand.self, UnitsAddCommand.self, UnitsRenameCommand.self,
            UnitsExportCommand.self, UnitsImportCommand.self
        ],
        defaultSubcommand: UnitsShowCommand.self
    )

    /// The help of an argument naming a unit.
    static func unitHelp(valueName: String) -> ArgumentHelp {
        ArgumentHelp(localized(zh: "单位，以其名称或任何一种写法。", en: "The unit, by its name or any spelling of it."), valueName: valueName)
    }

    /// Makes `change` in the store at `options` and prints what it did.
    static func change(_ change: DirectoryChange, in options: StoreOptions, done: String) throws {
        try reportingFailures {
            // A new district's store may begin with its directory.
            let creating: Bool
            if case .replace = change { creating = true } else { creating = false }
            let open = try options.open(creating: creating)
            let outcome = try open.use { try $0.change(directory: change, actor: Actor.current(), at: Date()) }
            var lines = [SafeText.line(done)]
            if outcome.tasksMoved > 0 {
                let renamed = outcome.renamed.prefix(5).joined(separator: ", ") + (outcome.renamed.count > 5 ? ", …" : "")
                let moved = outcome.tasksMoved
                lines.append(
                    SafeText.line(
                        localized(zh: "  \(moved) 项任务归到新名称：\(renamed)", en: "  \(moved) task\(moved == 1 ? "" : "s") moved: \(renamed)")))
            }
            print(lines.joined(separator: "\n"))
        }
    }
}

/// `duban units [show]`: the names nobody knows, then every unit.
struct UnitsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: localized(
            zh: "先列名录不认识的名称（及其任务），再列每个单位的类别、任务数、所属组和别名。",
            en: "Names the directory does not know (with their tasks), then every unit with kind, task counts, groups and aliases."),
        discussion: localized(
            zh: """
                --format json 写 unknown_names（name、全部 task_ids、documents）和 units（name、kind 及 \
                kind_label、tasks、lead_tasks、groups、aliases）。
                """,
            en: """
                --format json writes unknown_names (name, every one of its task_ids, documents) and units \
                (name, kind and kind_label, tasks, lead_tasks, groups, aliases).
                """)
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var language: LanguageOption

    @Option(help: OutputFormat.help)
    var format: OutputFormat = .text

    func run() throws {
        try reportingFailures {
            let open = try storeOptions.open()
            let snapshot = try open.use { try DisplayOptions.snapshot(of: $0) }
            let report = UnitsReport(roster: UnitRoster(snapshot: snapshot), width: TerminalSize.columns())
            format.write(text: { report.text }, json: { report.json })
        }
    }
}

/// `duban units alias SPELLING UNIT`.
struct UnitsAliasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias",
        abstract: localized(
            zh: "把一种写法定为某单位的别名：duban units alias 住建局 区住房城乡建设和交通局。",
            en: "Make a spelling another name of a unit: duban units alias 住建局 区住房城乡建设和交通局."))

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(localized(zh: "该单位的另一种写法。", en: "The other way of writing the unit."), valueName: "spelling"))
    var spelling: String

    @Argument(help: UnitsCommand.unitHelp(valueName: "unit"))
    var unit: String

    func run() throws {
        try UnitsCommand.change(
            .alias(spelling: spelling, unit: unit), in: storeOptions,
            done: localized(zh: "“\(spelling)”现在指\(unit)", en: "“\(spelling)” now names \(unit)"))
    }
}

/// `duban units add NAME --kind KIND`.
struct UnitsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: localized(
            zh: "添加单位：duban units add 区数据局 --kind department --alias 数据局。", en: "Add a unit: duban units add 区数据局 --kind department --alias 数据局."))

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var language: LanguageOption

    @Argument(
        help: ArgumentHelp(
            localized(zh: "单位名称，区直部门带“区”字头。", en: "The unit's name, with the 区 prefix for a district department."), valueName: "name"))
    var name: String

    @Option(
        help: ArgumentHelp(
            localized(
                zh: "department、town、stationed_agency 或 other（或 区直部门、乡镇、驻区单位、其他）。",
                en: "department, town, stationed_agency or other (or 区直部门, 乡镇, 驻区单位, 其他).")))
    var kind: ModelCore.Unit.Kind

    @Option(
        name: .customLong("alias"),
        help: ArgumentHelp(localized(zh: "文件里的另一种写法（可重复）。", en: "Another way the documents write it (repeatable)."), valueName: "spelling"))
    var aliases: [String] = []

    func run() throws {
        try UnitsCommand.change(
            .add(name: name, kind: kind, aliases: aliases), in: storeOptions,
            done: localized(zh: "已添加\(name)（\(kind.label)）", en: "added \(name) (\(kind.label))"))
    }
}

/// `duban units rename OLD NEW`.
struct UnitsRenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: localized(
            zh: "给单位改名（机构改革）：任务随之改动，旧名留作别名。", en: "Rename a unit (a reform): its tasks follow, and the old name stays as an alias."))

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var language: LanguageOption

    @Argument(help: UnitsCommand.unitHelp(valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp(localized(zh: "新名称。", en: "Its new name."), valueName: "new"))
    var new: String

    func run() throws {
        try UnitsCommand.change(
            .rename(from: old, to: new), in: storeOptions, done: localized(zh: "\(old)已改名为\(new)", en: "\(old) is now \(new)"))
    }
}

/// `duban units export FILE`.
struct UnitsExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: localized(
            zh: "把库中的名录写成 JSON（duban units import 读的格式）。", en: "Write the store's directory as JSON (the shape duban units import reads)."))

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(localized(zh: "要写的文件；- 为标准输出。", en: "The file to write; - for standard output."), valueName: "file"))
    var file: String

    func run() throws {
        try reportingFailures {
            let open = try storeOptions.open()
            let json = try open.use { try $0.directory() }.json() + Data("\n".utf8)
            guard file != "-" else { return StandardOutput.write(json) }
            do {
                try json.write(to: URL(fileURLWithPath: file), options: .atomic)
            } catch {
                throw CommandFailure(
                    message: "\(file): " + localized(zh: "无法写入（", en: "cannot write the file (") + error.localizedDescription
                        + localized(zh: "）", en: ")"))
            }
        }
    }
}

/// `duban units import FILE`.
struct UnitsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: localized(
            zh: "用 duban units export 所写格式的文件替换库中的名录。", en: "Replace the store's directory with a file in the shape duban units export writes."),
        discussion: localized(
            zh: "别的区以自己的单位、组和领导开始，而不用利通区的。", en: "Another district starts with its own units, groups and leaders instead of 利通区's."))

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(localized(zh: "名录文件（JSON）。", en: "The directory file (JSON)."), valueName: "file"))
    var file: String

    func run() throws {
        let directory = try reportingFailures { try DirectoryFile.read(path: file) }
        try UnitsCommand.change(
            .replace(directory), in: storeOptions,
            done: localized(
                zh: "名录取自 \(file)：\(directory.units.count) 个单位，\(directory.groups.count) 个组，\(directory.leaders.count) 位领导",
                en: "directory from \(file): \(directory.units.count) units, \(directory.groups.count) groups, \(directory.leaders.count) leaders"))
    }
}
