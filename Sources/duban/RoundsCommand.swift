import ArgumentParser
import ModelCore

/// `duban rounds`: the report rounds (报送) of each document, and who has reported in the current one.
struct RoundsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rounds",
        abstract: "Show or set the report rounds (报送) of the documents.",
        discussion: """
            A lead unit reports on each of its tasks once per round. A task counts as reported when \
            its history has an entry (update, note or instruction) dated after the previous round's \
            due day; a done task completed before that owes nothing.
            """,
        subcommands: [RoundsShowCommand.self, RoundsSetCommand.self],
        defaultSubcommand: RoundsShowCommand.self
    )
}

/// `duban rounds [show]`: every document's rounds, the current one, and reported/owed per lead unit.
struct RoundsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Each document's report rounds, the current one, and reported/owed per lead unit."
    )

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try reportingFailures {
            let open = try storeOptions.open()
            let snapshot = try open.use { try DisplayOptions.snapshot(of: $0) }
            print(RoundsReport(snapshot: snapshot, today: open.today).text)
        }
    }
}

/// `duban rounds set DOCUMENT DAY…`: replaces a document's rounds.
struct RoundsSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Replace a document's report rounds.",
        discussion: """
            Rounds set here are kept when the document is imported again; rounds read from a \
            gazette follow the gazette until then.
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The document's code (P2) or its number as printed (吴利政办发〔2020〕2号).", valueName: "document"))
    var document: String

    @Argument(
        help: ArgumentHelp("The due days of its rounds.", valueName: "YYYY-MM-DD"),
        transform: { text in
            guard let day = Day(text) else { throw ValidationError("a round's due day must be a date YYYY-MM-DD, not “\(text)”") }
            return day
        })
    var dues: [Day]

    func validate() throws {
        guard !dues.isEmpty else { throw ValidationError("give at least one due day YYYY-MM-DD") }
    }

    func run() throws {
        try reportingFailures {
            try storeOptions.open().use { store in
                let documents = try store.documents()
                guard let found = documents.first(where: { $0.code == document.uppercased() || $0.name == document }) else {
                    let known = documents.map(\.code).joined(separator: ", ")
                    throw CommandFailure(message: "no document “\(document)” (the store has \(known.isEmpty ? "none" : known))")
                }
                try store.setReportRounds(document: found.code, dues: dues)
                let days = Array(Set(dues)).sorted().map(\.description).joined(separator: ", ")
                print(SafeText.line("\(found.code) \(found.name): rounds \(days)"))
            }
        }
    }
}
