import Foundation

/// What parsing a gazette produced: its documents and tasks, and what deserved a warning.
public struct GazetteImport: Sendable {
    public var documents: [Document]
    public var tasks: [Task]
    /// The report rounds the documents' notices state.
    public var rounds: [ReportRound]
    public var warnings: [ImportWarning]
}

/// Reads the text of a 利通区 government gazette issue (as extracted from its PDF) and returns the
/// supervised documents it carries:
///
/// - 吴利政办发〔N〕2号, the yearly plan: numbered tasks with 责任领导/牵头单位/责任单位 (`P2-…`);
/// - 〔N〕7号, the SME support measures with their inline 责任单位 (`S7-…`);
/// - 〔N〕8号 附件5, NPC motions and suggestions (`N8-…`), and 附件6, CPPCC proposals (`C8-…`);
/// - 〔N〕11号, the education rectification measures with 完成时限 (`E11-…`).
///
/// Fails with the file and line of the first problem; nothing is half-read.
public enum GazetteImporter {
    public static func parse(_ content: String, file: String, directory: Directory = .standard) throws -> GazetteImport {
        let text = GazetteText(content)
        let layout = GazetteLayout(text)
        var reader = UnitListReader(directory: directory, file: file)
        var documents: [Document] = []
        var tasks: [Task] = []
        var rounds: [ReportRound] = []

        if let region = layout.region(number: 2) {
            let notice = noticeText(region)
            let document = Document(code: "P2", name: region.name, title: title(of: region),
                                    defaultDeadline: DeadlineReader.latestDate(in: notice, year: region.year))
            rounds += ReportRoundReader.rounds(of: document, notice: notice, year: region.year)
            let parser = NumberedPlanParser(document: document, year: region.year,
                                            requiredFields: [.leaders, .leadUnits, .responsibleUnits])
            let (parsed, complete) = try parser.parse(region.lines, reader: &reader)
            try requireWhole(region, complete: complete, file: file)
            documents.append(document)
            tasks += parsed
        }
        if let region = layout.region(number: 7) {
            let document = Document(code: "S7", name: region.name, title: title(of: region), defaultDeadline: nil)
            rounds += ReportRoundReader.rounds(of: document, notice: noticeText(region), year: region.year)
            let parser = NumberedPlanParser(document: document, year: region.year, requiredFields: [.responsibleUnits])
            let (parsed, complete) = try parser.parse(region.lines, reader: &reader)
            try requireWhole(region, complete: complete, file: file)
            documents.append(document)
            tasks += parsed
        }
        if let region = layout.region(number: 8) {
            let (motions, proposals) = try attachments(of: region, file: file)
            let notice = region.lines[..<motions.startIndex].map(\.text).joined()
            let deadline = DeadlineReader.latestDate(in: notice, year: region.year)
            let motionList = Document(code: "N8", name: region.name + " 附件5", title: motions.first?.text ?? "", defaultDeadline: deadline)
            let proposalList = Document(code: "C8", name: region.name + " 附件6", title: proposals.first?.text ?? "", defaultDeadline: deadline)
            tasks += try MotionTableParser(document: motionList).parse(motions, reader: &reader)
            tasks += try ProposalTableParser(document: proposalList).parse(proposals, reader: &reader)
            documents += [motionList, proposalList]
            rounds += [motionList, proposalList].flatMap { ReportRoundReader.rounds(of: $0, notice: notice, year: region.year) }
        }
        if let region = layout.region(number: 11) {
            let document = Document(code: "E11", name: region.name, title: title(of: region), defaultDeadline: nil)
            rounds += ReportRoundReader.rounds(of: document, notice: noticeText(region), year: region.year)
            let (parsed, complete) = try RectificationParser(document: document, year: region.year).parse(region.lines, reader: &reader)
            try requireWhole(region, complete: complete, file: file)
            documents.append(document)
            tasks += parsed
        }
        guard !documents.isEmpty else {
            throw ImportError(file: file, line: 0, message: "no supervised document found (looked for 吴利政办发〔…〕2号, 7号, 8号, 11号)")
        }
        return GazetteImport(documents: documents, tasks: tasks, rounds: rounds, warnings: reader.warnings)
    }

    /// The lines of 附件5 and 附件6, each starting with its title line.
    static func attachments(of region: GazetteLayout.Region, file: String) throws -> (ArraySlice<SourceLine>, ArraySlice<SourceLine>) {
        func marker(_ n: Int) -> Int? {
            region.lines.firstIndex { $0.text.filter { !$0.isWhitespace } == "附件\(n)" }
        }
        guard let five = marker(5), let six = marker(6), five < six else {
            throw ImportError(file: file, line: region.lines.last?.number ?? 0,
                              message: "\(region.name) has no 附件5 and 附件6 (the lists of motions and proposals)")
        }
        return (region.lines[(five + 1)..<six], region.lines[(six + 1)...])
    }

    /// The title between the issuing office and the number line: 关于印发…的通知.
    static func title(of region: GazetteLayout.Region) -> String {
        let header = region.lines.prefix { GazetteLayout.documentNumber($0.text) == nil }
        let titleLines = header.drop { $0.text.hasSuffix("人民政府办公室") }
        return TextCleanup.tidy(titleLines.map(\.text).joined())
    }

    /// The notice before a document's first numbered line or attachment: where reporting dates stand.
    static func noticeText(_ region: GazetteLayout.Region) -> String {
        region.lines.prefix { Headings.item($0.text) == nil && Headings.chapter($0.text) == nil && !NumberedPlanParser.isAttachmentMarker($0.text) }
            .map(\.text).joined()
    }

    /// A document that runs to the end of the file without its closing mark was cut off.
    static func requireWhole(_ region: GazetteLayout.Region, complete: Bool, file: String) throws {
        guard !complete, !region.followed else { return }
        let last = region.lines.last?.number ?? 0
        throw ImportError(file: file, line: last,
                          message: "the file ends inside \(region.name) (its task list is cut off after line \(last))")
    }
}
