import Foundation
import ModelCore

/// What parsing a file of documents produced: the task lists with their tasks, what each document
/// was recognised as (and what was skipped, and why), and what deserved a warning.
public struct GazetteImport: Sendable {
    public var documents: [Document]
    public var tasks: [Task]
    /// The report rounds the documents' notices state.
    public var rounds: [ReportRound]
    public var warnings: [ImportWarning]
    /// Every document of the file, supervised or not, in the file's order.
    public var recognised: [RecognisedDocument]
}

/// Reads the text of government documents — one 公文, or a gazette issue (公报) of many in any
/// order — and returns the task lists they carry. A document is found by its 文号 line; each of
/// its parts (the notice, the plan after it, each 附件) is read by the reader its layout calls for
/// (PartReader); nothing here knows a document by its number.
///
/// Fails with the file and line of the first problem, a file cut off included; nothing is half-read.
public enum GazetteImporter {
    public static func parse(_ content: String, file: String, directory: Directory = .standard) throws -> GazetteImport {
        let text = GazetteText(content)
        let layout = DocumentLayout(text)
        guard !layout.regions.isEmpty else {
            throw LocatedError(
                file: file, line: 0,
                message: "no document found: a document starts at its number (文号) on a line of its own, such as 吴利政办发〔2021〕6号")
        }
        let untrimmed = Dictionary(uniqueKeysWithValues: text.untrimmedLines.map { ($0.number, $0.text) })
        var reader = UnitListReader(directory: directory, file: file)
        var documents: [Document] = []
        var tasks: [Task] = []
        var rounds: [ReportRound] = []
        var recognised: [RecognisedDocument] = []
        var codes = DocumentCodes()
        for region in layout.regions {
            var result = try DocumentReader(region: region, file: file, untrimmed: untrimmed).read(reader: &reader)
            if let earlier = recognised.first(where: { $0.name == region.name && !$0.lists.isEmpty }), !result.documents.isEmpty {
                throw LocatedError(
                    file: file, line: region.numberLine,
                    message: "\(region.name) is in the file twice (lines \(earlier.line) and \(region.numberLine)): keep one copy")
            }
            for (index, document) in result.documents.enumerated() {
                let code = codes.claim(document.code)
                guard code != document.code else { continue }
                var renamed = document
                renamed.code = code
                result.documents[index] = renamed
                result.recognised.lists[index].document = renamed
                result.tasks = result.tasks.map { $0.document == document.name ? $0.moved(to: renamed) : $0 }
                result.rounds = result.rounds.map { $0.document == document.code ? ReportRound(document: code, due: $0.due) : $0 }
            }
            documents += result.documents
            tasks += result.tasks
            rounds += result.rounds
            recognised.append(result.recognised)
        }
        guard !documents.isEmpty else {
            let seen = recognised.map { "\($0.name): \($0.skipped.first?.reason ?? "nothing to supervise")" }
            throw LocatedError(file: file, line: 0, message: "no supervised document found (\(seen.joined(separator: "; ")))")
        }
        return GazetteImport(documents: documents, tasks: tasks, rounds: rounds, warnings: reader.warnings, recognised: recognised)
    }
}

/// Document codes handed out so that two documents never share one: `P2`, then `P2b`, `P2c` …
/// for another year's or another office's 2号.
struct DocumentCodes {
    private var taken: Set<String>

    init(taken: Set<String> = []) {
        self.taken = taken
    }

    /// `code` if free, else the first free one with a letter after it.
    mutating func claim(_ code: String) -> String {
        var candidate = code
        var suffix = UnicodeScalar("b").value
        while taken.contains(candidate) {
            candidate = code + String(UnicodeScalar(suffix)!)
            suffix += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
