import ArgumentParser
import Foundation

/// `duban-manual TOOL`: the manual page of a swift-argument-parser tool as man(7), on standard
/// output, from the tool's own description of its commands (`TOOL --experimental-dump-help`).
/// The parser's `generate-manual` plugin reads the same description but drops every character that
/// is not ASCII, and duban's help is Chinese or names Chinese units.
@main
struct DubanManual: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duban-manual",
        abstract: "Write the man page of a swift-argument-parser tool (man(7), UTF-8) to standard output.")

    @Argument(help: "The tool's executable.")
    var tool: String

    @Option(help: "The language of the page: zh or en (run as DUBAN_LANG=LANG TOOL).")
    var lang: String = "en"

    func validate() throws {
        guard ["zh", "en"].contains(lang) else { throw ValidationError("--lang must be zh or en, not “\(lang)”") }
    }

    func run() throws {
        let info = try JSONDecoder().decode(ToolInfo.self, from: try output(of: ["--experimental-dump-help"]))
        guard info.serializationVersion == 0 else {
            throw ValidationError("\(tool) describes itself in version \(info.serializationVersion); this reads version 0")
        }
        let version = String(decoding: try output(of: ["--version"]), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let page = ManualPage(tool: info.command, version: version, words: lang == "zh" ? .zh : .en)
        FileHandle.standardOutput.write(Data(page.text.utf8))
    }

    /// What the tool prints with `arguments`, in the page's language; a failure ends with its status.
    private func output(of arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["DUBAN_LANG": lang]) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("\(tool) \(arguments.joined(separator: " ")) exited with status \(process.terminationStatus)")
        }
        return data
    }
}
