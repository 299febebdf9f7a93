import ArgumentParser
import Foundation
import Model

/// `duban import FILE`: a gazette's text, or CSV or JSON in the export's shape, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a gazette's text, or tasks as CSV or JSON; all or nothing.",
        discussion: """
            Importing the same document again updates its tasks in place and keeps their status, \
            progress and history (CSV and JSON carry status and progress, and those win).
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The file to import.", valueName: "file"))
    var file: String

    @Option(help: "gazette, csv or json (default: from the file's extension; gazette for anything but .csv and .json).")
    var format: ImportFormat?

    @Flag(help: "Read and check the file, print the summary, write nothing.")
    var dryRun = false

    func run() throws {
        try reportingFailures {
            let progress = ImportProgress(file: file)
            defer { progress.finish() }
            let parsed = try Importer.read(path: file, format: format)
            var outcome: ImportOutcome?
            if !dryRun {
                let open = try storeOptions.open()
                let total = parsed.batch.tasks.count
                outcome = try open.use { store in
                    try store.apply(parsed.batch.keepingStoredDocuments(of: store)) { progress.writing($0, of: total) }
                }
            }
            progress.finish()
            print(ImportSummary(file: file, parsed: parsed, outcome: outcome).text)
        }
    }
}

extension ImportFormat: ExpressibleByArgument {}
