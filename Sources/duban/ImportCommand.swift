import ArgumentParser
import Foundation
import ModelCore
import ModelImport
import ModelRead
import ModelStore

/// `duban import FILE`: a gazette's text or PDF, a ledger (.xlsx, .docx, CSV with Chinese headers),
/// or CSV or JSON in the export's shape, all or nothing.
/// Then, for a large store, the snapshot image the next start reads (`SnapshotImage`).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: localized(
            zh: "导入公报文本、PDF、台账（.xlsx、.docx、中文表头的 CSV），或 CSV、JSON 格式的任务；要么全部导入，要么一项不导入。",
            en: "Import a gazette's text or PDF, a ledger (.xlsx, .docx, CSV with Chinese headers), or tasks as CSV or JSON; all or nothing."),
        discussion: localized(
            zh: """
                再次导入同一文件时就地更新其任务，保留状态、进度和历史（CSV 与 JSON 带有状态和进度，\
                以文件为准）。任务达 \(SnapshotImage.minimumTasks) 项的库随后写出快照映像，\
                下次打开看板时不必逐行读取。
                """,
            en: """
                Importing the same document again updates its tasks in place and keeps their status, \
                progress and history (CSV and JSON carry status and progress, and those win). \
                A store of \(SnapshotImage.minimumTasks) tasks or more then gets its snapshot image \
                written, so that the next dashboard starts without reading every row.
                """)
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(localized(zh: "要导入的文件。", en: "The file to import."), valueName: "file"))
    var file: String

    @Option(
        help: ArgumentHelp(
            localized(
                zh: "gazette、csv 或 json（默认按扩展名：.csv 和 .json 以外都按公报读）。",
                en: "gazette, csv or json (default: from the file's extension; gazette for anything but .csv and .json).")))
    var format: ImportFormat?

    @Flag(help: ArgumentHelp(localized(zh: "只读取并检查文件，打印摘要，不写入。", en: "Read and check the file, print the summary, write nothing.")))
    var dryRun = false

    @Option(
        help: ArgumentHelp(
            localized(
                zh: "表格任务所属的文件名（默认：表格的标题行，否则文件名）。",
                en: "The document a table's tasks belong to (default: its title row, else the file's name).")))
    var document: String?

    @Option(
        help: ArgumentHelp(
            localized(
                zh: "表头认不出时，哪一列是什么：任务=B,领导=C,牵头=D,责任=E,时限=F。",
                en: "Which column holds what, for a table whose headers duban cannot tell: 任务=B,领导=C,牵头=D,责任=E,时限=F.")))
    var columns: String?

    /// What the table readers are told: the options, else the config's column mapping.
    private func tableOptions() throws -> TableImportOptions {
        let mapping = try columns ?? ConfigFile.config().columns
        return TableImportOptions(documentName: document, columns: mapping)
    }

    func run() throws {
        try reportingFailures {
            let progress = ImportProgress(file: file)
            defer { progress.finish() }
            let reading = try Importer.open(
                path: file, format: format, directory: try storeOptions.directory(), table: try tableOptions())
            guard !dryRun else {
                let summary: ImportSummary
                switch reading {
                case .whole(let parsed):
                    summary = ImportSummary(file: file, parsed: parsed, outcome: nil)
                case .stream(var stream):
                    try stream.readToEnd()
                    summary = ImportSummary(file: file, stream: stream, outcome: nil)
                }
                progress.finish()
                print(summary.text)
                return
            }
            let (summary, open) = try importFile(reading, progress: progress)
            // The file's records are let go by now: the image is built from the store, as a start would.
            progress.writingImage()
            let image = try open.use { SnapshotImageLine.write(for: $0) }
            progress.finish()
            print(summary + (image.map { "\n  " + $0 } ?? ""))
        }
    }

    /// Writes what was read to the store in one transaction; returns the summary to print and the
    /// store, still open (closed here only when the import fails, and removed when this run made it).
    private func importFile(_ reading: ImportReading, progress: ImportProgress) throws -> (summary: String, store: OpenStore) {
        let files = NewStoreFiles(path: StoreLocation.resolve(option: storeOptions.db).path)
        let open = try storeOptions.open(creating: true)
        do {
            switch reading {
            case .whole(let parsed):
                let total = parsed.batch.tasks.count
                var written = parsed
                written.batch = parsed.batch.keepingStoredDocuments(try open.store.documents())
                written.batch.reporter = Actor.current()
                let outcome = try open.store.apply(written.batch) {
                    progress.writing($0, of: total)
                }
                return (ImportSummary(file: file, parsed: written, outcome: outcome).text, open)
            case .stream(var stream):
                stream.keepingStoredDocuments(try open.store.documents())
                // The file is read a little ahead on a second thread while the store writes.
                var ahead = ReadAhead(stream)
                defer { ahead.stop() }
                let outcome = try open.store.apply(&ahead) { written, fraction in
                    progress.writing(written, fractionRead: fraction)
                }
                return (ImportSummary(file: file, stream: ahead.finished, outcome: outcome).text, open)
            }
        } catch {
            try? open.store.close()
            files.removeIfNew()
            throw error
        }
    }
}

extension ImportFormat: ExpressibleByArgument {}
