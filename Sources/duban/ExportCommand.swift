import ArgumentParser
import Foundation
import ModelImport

/// `duban export`: every task as JSON or CSV (UTF-8 with a BOM, for Excel), the CSV in Chinese
/// only when `--lang zh` is given.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: localized(zh: "把全部任务导出为 JSON 或 CSV。", en: "Export every task as JSON or CSV."),
        discussion: localized(
            zh: """
                导出、导入空库、再导出，得到相同的字节。电子表格会当作公式的 CSV 单元格（=、+、-、@）\
                前面加一个 '，导入时去掉。在终端上控制字符以转义显示；写入文件或管道时原样输出。\
                CSV 默认用英文表头和状态代码；只有在 export 后明写 --lang zh 才用中文表头（编号、文件、\
                序号…）和状态词（推进中），$DUBAN_LANG、配置文件和语言环境都不改变它。duban import 两种都读。
                """,
            en: """
                Export, import into an empty store and export again give the same bytes. CSV cells that \
                a spreadsheet would take for a formula (=, +, -, @) get a leading ' and importing takes it \
                off. On a terminal, control characters are shown escaped; to a file or pipe the data is verbatim. \
                The CSV has English headers and status codes; only --lang zh written after export gives \
                Chinese headers (编号, 文件, 序号…) and status words (推进中): $DUBAN_LANG, the config and \
                the locale never change it. duban import reads either.
                """)
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv
    }

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var language: LanguageOption

    @Option(help: ArgumentHelp(localized(zh: "json 或 csv。", en: "json or csv.")))
    var format: Format = .json

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(localized(zh: "写入这个文件，而不是标准输出。", en: "Write to this file instead of standard output."), valueName: "file"))
    var output: String?

    func run() throws {
        try reportingFailures {
            let tasks = try storeOptions.open().use { try $0.tasks() }
            // Only an explicit --lang makes a Chinese CSV: a script's output must not follow the locale.
            let data = format == .json ? TaskJSON.encode(tasks) : TaskCSV.encode(tasks, language: language.lang ?? .en)
            if let output {
                do {
                    try data.write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw CommandFailure(
                        message: localized(zh: "无法写入 \(output)：", en: "cannot write \(output): ") + error.localizedDescription)
                }
            } else {
                StandardOutput.write(data)
            }
        }
    }
}
