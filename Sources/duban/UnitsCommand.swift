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
        abstract: "Show or change the store's directory of units.",
        discussion: """
            Every import reads unit names through this directory (区住建局 is 区住房城乡建设和交通局). \
            A store starts with the directory bundled with duban; each change is kept in the store, \
            for everyone who opens it, and reads the names of the tasks already imported again, in \
            one transaction: tasks that named a unit another way move to it, and their history says so.
            """,
        subcommands: [
            UnitsShowCommand.self, UnitsAliasCommand.self, UnitsAddCommand.self, UnitsRenameCommand.self,
            UnitsExportCommand.self, UnitsImportCommand.self
        ],
        defaultSubcommand: UnitsShowCommand.self
    )

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
                lines.append(SafeText.line("  \(outcome.tasksMoved) task\(outcome.tasksMoved == 1 ? "" : "s") moved: \(renamed)"))
            }
            print(lines.joined(separator: "\n"))
        }
    }
}

/// `duban units [show]`: the names nobody knows, then every unit.
struct UnitsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Names the directory does not know (with their tasks), then every unit with kind, task counts, groups and aliases."
    )

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try reportingFailures {
            let open = try storeOptions.open()
            let snapshot = try open.use { try DisplayOptions.snapshot(of: $0) }
            print(UnitsReport(roster: UnitRoster(snapshot: snapshot), width: TerminalSize.columns()).text)
        }
    }
}

/// `duban units alias SPELLING UNIT`.
struct UnitsAliasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias", abstract: "Make a spelling another name of a unit: duban units alias 住建局 区住房城乡建设和交通局.")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The other way of writing the unit.", valueName: "spelling"))
    var spelling: String

    @Argument(help: ArgumentHelp("The unit, by its name or any spelling of it.", valueName: "unit"))
    var unit: String

    func run() throws {
        try UnitsCommand.change(.alias(spelling: spelling, unit: unit), in: storeOptions, done: "“\(spelling)” now names \(unit)")
    }
}

/// `duban units add NAME --kind KIND`.
struct UnitsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a unit: duban units add 区数据局 --kind department --alias 数据局.")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The unit's name, with the 区 prefix for a district department.", valueName: "name"))
    var name: String

    @Option(help: "department, town, stationed_agency or other (or 区直部门, 乡镇, 驻区单位, 其他).")
    var kind: ModelCore.Unit.Kind

    @Option(name: .customLong("alias"), help: ArgumentHelp("Another way the documents write it (repeatable).", valueName: "spelling"))
    var aliases: [String] = []

    func run() throws {
        try UnitsCommand.change(
            .add(name: name, kind: kind, aliases: aliases), in: storeOptions, done: "added \(name) (\(kind.label))")
    }
}

/// `duban units rename OLD NEW`.
struct UnitsRenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: "Rename a unit (a reform): its tasks follow, and the old name stays as an alias.")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The unit, by its name or any spelling of it.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("Its new name.", valueName: "new"))
    var new: String

    func run() throws {
        try UnitsCommand.change(.rename(from: old, to: new), in: storeOptions, done: "\(old) is now \(new)")
    }
}

/// `duban units export FILE`.
struct UnitsExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the store's directory as JSON (the shape duban units import reads).")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The file to write; - for standard output.", valueName: "file"))
    var file: String

    func run() throws {
        try reportingFailures {
            let open = try storeOptions.open()
            let json = try open.use { try $0.directory() }.json() + Data("\n".utf8)
            guard file != "-" else { return StandardOutput.write(json) }
            do {
                try json.write(to: URL(fileURLWithPath: file), options: .atomic)
            } catch {
                throw CommandFailure(message: "\(file): cannot write the file (\(error.localizedDescription))")
            }
        }
    }
}

/// `duban units import FILE`.
struct UnitsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Replace the store's directory with a file in the shape duban units export writes.",
        discussion: "Another district starts with its own units, groups and leaders instead of 利通区's.")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The directory file (JSON).", valueName: "file"))
    var file: String

    func run() throws {
        let directory = try reportingFailures { try DirectoryFile.read(path: file) }
        try UnitsCommand.change(
            .replace(directory), in: storeOptions,
            done: "directory from \(file): \(directory.units.count) units, \(directory.groups.count) groups, \(directory.leaders.count) leaders")
    }
}
