import ArgumentParser
import ModelCore

/// `duban rounds`: the report rounds (报送) of each document, and who has reported in the current one.
struct RoundsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rounds",
        abstract: localized(zh: "查看或设定各文件的报送轮次。", en: "Show or set the report rounds (报送) of the documents."),
        discussion: localized(
            zh: """
                牵头单位每轮就其每项任务报送一次。任务的历史中有上一轮截止日之后的记录\
                （更新、进展或批示）即算已报送；在那之前已完成的任务本轮无需报送。
                """,
            en: """
                A lead unit reports on each of its tasks once per round. A task counts as reported when \
                its history has an entry (update, note or instruction) dated after the previous round's \
                due day; a done task completed before that owes nothing.
                """),
        subcommands: [RoundsShowCommand.self, RoundsSetCommand.self],
        defaultSubcommand: RoundsShowCommand.self
    )
}

/// `duban rounds [show]`: every document's rounds, the current one, and reported/owed per lead unit.
struct RoundsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: localized(
            zh: "各文件的报送轮次、当前一轮，以及各牵头单位的已报/应报。",
            en: "Each document's report rounds, the current one, and reported/owed per lead unit."),
        discussion: localized(
            zh: """
                --format json 写 today 和 documents：每个文件的 code、name、rounds（截止日）与 \
                current_round（无轮次为 null）：due、reports_from（自哪天起的报送算数，null 为都算）、\
                reported、owed 及各牵头单位的 lead_units。
                """,
            en: """
                --format json writes today and documents: each document's code, name, rounds (due days) \
                and current_round (null without rounds): due, reports_from (the first day whose reports \
                count, null when all do), reported, owed and lead_units, per lead unit.
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
            let report = RoundsReport(snapshot: snapshot, today: open.today)
            format.write(text: { report.text }, json: { report.json })
        }
    }
}

/// `duban rounds set DOCUMENT DAY…`: replaces a document's rounds.
struct RoundsSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: localized(zh: "替换一个文件的报送轮次。", en: "Replace a document's report rounds."),
        discussion: localized(
            zh: "在这里设定的轮次在再次导入该文件时保留；从公报读出的轮次在此之前随公报而定。",
            en: """
                Rounds set here are kept when the document is imported again; rounds read from a \
                gazette follow the gazette until then.
                """)
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var language: LanguageOption

    @Argument(
        help: ArgumentHelp(
            localized(zh: "文件的代号（P2）或印出的文号（吴利政办发〔2020〕2号）。", en: "The document's code (P2) or its number as printed (吴利政办发〔2020〕2号)."),
            valueName: "document"))
    var document: String

    @Argument(
        help: ArgumentHelp(localized(zh: "各轮的截止日。", en: "The due days of its rounds."), valueName: "YYYY-MM-DD"),
        transform: { text in
            guard let day = Day(text) else {
                throw ValidationError(
                    localized(zh: "轮次的截止日须为日期 YYYY-MM-DD，而不是“\(text)”", en: "a round's due day must be a date YYYY-MM-DD, not “\(text)”"))
            }
            return day
        })
    var dues: [Day]

    func validate() throws {
        guard !dues.isEmpty else {
            throw ValidationError(localized(zh: "请至少给出一个截止日 YYYY-MM-DD", en: "give at least one due day YYYY-MM-DD"))
        }
    }

    func run() throws {
        try reportingFailures {
            try storeOptions.open().use { store in
                let documents = try store.documents()
                guard let found = documents.first(where: { $0.code == document.uppercased() || $0.name == document }) else {
                    let known = documents.map(\.code).joined(separator: ", ")
                    throw CommandFailure(
                        message: localized(
                            zh: "没有文件“\(document)”（库中\(known.isEmpty ? "没有文件" : "有 " + known)）",
                            en: "no document “\(document)” (the store has \(known.isEmpty ? "none" : known))"))
                }
                try store.setReportRounds(document: found.code, dues: dues)
                let days = Array(Set(dues)).sorted().map(\.description).joined(separator: ", ")
                print(SafeText.line(localized(zh: "\(found.code) \(found.name)：轮次 \(days)", en: "\(found.code) \(found.name): rounds \(days)")))
            }
        }
    }
}
