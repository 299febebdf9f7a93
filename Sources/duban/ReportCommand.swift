import ArgumentParser
import Foundation
import ModelCore
import ModelRead
import ModelReport
import ModelStore

/// `duban report`: the 台账 (xlsx) or the 督查通报 (docx, md, txt) of a scope on a day.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: localized(
            zh: "写出督查台账（xlsx）或督查通报（docx、md、txt）。", en: "Write the 台账 ledger (xlsx) or the 督查通报 (docx, md, txt)."),
        discussion: localized(
            zh: """
                范围默认为库中全部任务；--document、--leader、--unit、--town 与 duban list 的同名选项相同，\
                --filter 用看板的筛选语言（如 '领导:马长军 状态:滞后'），各条件须同时满足。数字与看板概览\
                在同一范围、同一日期所示相同。台账可再导入（duban import 台账.xlsx）：任务、状态与最新进展不变。\
                不带 --output 时，md 与 txt 写到标准输出，xlsx 与 docx 写到当前目录的 督查台账-日期.xlsx / \
                督查通报-日期.docx。文件先写到同一目录的临时文件，写完才换上：失败时不留下半个文件。\
                报告用中文，无论 --lang。
                """,
            en: """
                The scope is every task of the store unless narrowed: --document, --leader, --unit and --town \
                as in duban list, --filter in the dashboard's filter language (e.g. 'leader:马长军 status:behind'); \
                all must hold. Every figure equals the dashboard overview's for the same scope and day. The \
                ledger imports back (duban import 台账.xlsx) to the same tasks, statuses and latest notes. \
                Without --output, md and txt go to standard output, xlsx and docx to 督查台账-DAY.xlsx / \
                督查通报-DAY.docx in the current directory. The file is written under a temporary name beside \
                it and renamed when whole: a failure leaves no partial file. Reports are in Chinese whatever --lang says.
                """)
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var language: LanguageOption

    @Option(
        help: ArgumentHelp(
            localized(
                zh: "xlsx（台账）、docx、md 或 txt（通报）；默认按 --output 的扩展名，否则 md。",
                en: "xlsx (the ledger), docx, md or txt (the notice); default: --output's extension, else md."),
            valueName: "format"))
    var format: ReportFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp(localized(zh: "写入这个文件。", en: "Write to this file."), valueName: "file"))
    var output: String?

    @OptionGroup var scopeOptions: ScopeOptions

    @Option(
        help: ArgumentHelp(
            localized(zh: "看板的筛选表达式，如 '领导:马长军 状态:滞后'。", en: "A filter in the dashboard's language, e.g. 'leader:马长军 status:behind'."),
            valueName: "expr"))
    var filter: String?

    @Option(
        help: ArgumentHelp(
            localized(zh: "报送轮次的截止日（默认：当前一轮）。", en: "The due day of the report round (default: the current round)."),
            valueName: "YYYY-MM-DD"),
        transform: { text in
            guard let day = Day(text) else {
                throw ValidationError(localized(zh: "--round 须为日期 YYYY-MM-DD，而不是“\(text)”", en: "--round must be a date YYYY-MM-DD, not “\(text)”"))
            }
            return day
        })
    var round: Day?

    func run() throws {
        try reportingFailures {
            let format = try chosenFormat()
            let open = try storeOptions.open()
            let snapshot = try open.use { try $0.loadSnapshot().snapshot }
            let today = open.today.day
            if let round, !snapshot.reportRounds.contains(where: { $0.due == round }) {
                let dues = Set(snapshot.reportRounds.map(\.due)).sorted().map(\.description).joined(separator: ", ")
                throw CommandFailure(
                    message: localized(
                        zh: "没有截止于 \(round) 的报送轮次（\(dues.isEmpty ? "库中没有轮次" : "轮次：" + dues)）",
                        en: "no report round is due on \(round) (\(dues.isEmpty ? "the store has no rounds" : "rounds: " + dues))"))
            }
            let reporting = Reporting(snapshot: snapshot, today: round ?? today)
            let scope = try ReportScopeOptions(options: scopeOptions, filter: filter).scope(snapshot, reporting: reporting, today: today)
            let report = Report(snapshot: snapshot, reporting: reporting, scope: scope, today: today)
            try write(report, format: format)
        }
    }

    /// `--format`, else the one `--output`'s extension names, else Markdown.
    private func chosenFormat() throws -> ReportFormat {
        if let format { return format }
        guard let output else { return .md }
        guard let named = ReportFormat(path: output) else {
            throw CommandFailure(
                message: localized(
                    zh: "\(output)：扩展名不是 xlsx、docx、md 或 txt；请用 --format 指明",
                    en: "\(output): the extension is none of xlsx, docx, md, txt; say which with --format"))
        }
        return named
    }

    private func write(_ report: Report, format: ReportFormat) throws {
        if output == nil, let text = format.text(of: report) {
            StandardOutput.write(Data(text.utf8))
            return
        }
        let path = output ?? format.defaultName(day: report.today.description)
        do {
            try format.write(report, to: path)
        } catch let error as ReportError {
            throw CommandFailure(message: CLILanguage.current == .zh ? error.chineseDescription : error.description)
        }
        let count = report.rows.count
        print(SafeText.line(localized(zh: "已写入 \(path)（\(count) 项任务）", en: "wrote \(path) (\(count) tasks)")))
    }
}

extension ReportFormat: ExpressibleByArgument {}
