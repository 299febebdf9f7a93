import Foundation

/// The formats a report is written in: the 台账 workbook, the 通报 in Word, Markdown or plain text.
public enum ReportFormat: String, CaseIterable, Sendable {
    case xlsx, docx, md, txt

    /// The format a file's extension names, if any: `台账.xlsx` is a workbook.
    public init?(path: String) {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        self.init(rawValue: ext == "markdown" ? "md" : ext)
    }

    /// The file name a report of `day` gets when none is given: `督查台账-2020-07-01.xlsx`.
    public func defaultName(day: String) -> String {
        (self == .xlsx ? "督查台账" : "督查通报") + "-\(day).\(rawValue)"
    }

    /// Writes `report` in this format at `path`, atomically: into a temporary file beside it,
    /// renamed over the path once whole. A failure leaves nothing behind.
    public func write(_ report: Report, to path: String, calendar: Calendar = .current) throws {
        try AtomicOutput.write(to: path) { temporary in
            switch self {
            case .xlsx: try LedgerWorkbook.write(report, to: temporary, calendar: calendar)
            case .docx: try BulletinWord.write(Bulletin.blocks(report), to: temporary)
            case .md, .txt: try Data(text(of: report)!.utf8).write(to: URL(fileURLWithPath: temporary))
            }
        }
    }

    /// The 通报 as text, for the formats that are text (md, txt): what goes to standard output
    /// without a file. nil for xlsx and docx.
    public func text(of report: Report) -> String? {
        switch self {
        case .md: BulletinMarkdown.text(Bulletin.blocks(report))
        case .txt: BulletinPlainText.text(Bulletin.blocks(report))
        case .xlsx, .docx: nil
        }
    }
}
