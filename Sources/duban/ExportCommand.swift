import ArgumentParser
import Foundation
import ModelImport

/// `duban export`: every task as JSON or CSV (UTF-8 with a BOM, for Excel).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export every task as JSON or CSV.",
        discussion: """
            Export, import into an empty store and export again give the same bytes. CSV cells that \
            a spreadsheet would take for a formula (=, +, -, @) get a leading ' and importing takes it \
            off. On a terminal, control characters are shown escaped; to a file or pipe the data is verbatim.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv
    }

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "json or csv.")
    var format: Format = .json

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        try reportingFailures {
            let tasks = try storeOptions.open().use { try $0.tasks() }
            let data = format == .json ? TaskJSON.encode(tasks) : TaskCSV.encode(tasks)
            if let output {
                do {
                    try data.write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw CommandFailure(message: "cannot write \(output): \(error.localizedDescription)")
                }
            } else {
                StandardOutput.write(data)
            }
        }
    }
}
