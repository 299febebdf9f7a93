import Foundation
import ModelCore

/// The name, title, code and year of a table's document: the name from `--document`, else the
/// title rows above the header, else the file's name, saying which.
struct DocumentNaming {
    var name: String
    var title: String
    var code: String
    /// The year the name or title states (`2021年`, `〔2021〕`), for deadlines without one.
    var year: Int?
    var notes: [String] = []

    init(given: String?, titleRows: [CellRow], file: String) {
        let titleText = titleRows.compactMap { row in row.cells.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
            .map { $0.replacingOccurrences(of: "\n", with: "").trimmingCharacters(in: .whitespaces) }
        // A 文号 among the rows above (a Word plan's paragraphs) names the document; the title is the other text.
        let numbered = titleText.first { Self.documentNumber(in: $0) != nil }
        title = titleText.first { $0 != numbered && !$0.isEmpty } ?? numbered ?? ""
        let base = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        if let given, !given.trimmingCharacters(in: .whitespaces).isEmpty {
            name = given.trimmingCharacters(in: .whitespaces)
            notes.append("document “\(name)” (--document)")
        } else if let numbered {
            name = numbered
            notes.append("document “\(name)”, from its 文号 above the table (--document names another)")
        } else if !title.isEmpty {
            name = title
            notes.append("document “\(name)”, from the title row (--document names another)")
        } else {
            name = base
            notes.append("document “\(name)”, from the file's name: the table has no title row (--document names another)")
        }
        let stated = Self.documentNumber(in: name)
        year = stated?.year ?? Self.year(in: name) ?? Self.documentNumber(in: title)?.year ?? Self.year(in: title)
        code = stated.map { "P\($0.number)" } ?? "T\(year.map { $0 % 100 } ?? 1)"
    }

    /// The 文号 a text starts with (`吴利政办发〔2021〕5号 重点任务分解表`), read as the gazette reads one.
    static func documentNumber(in text: String) -> DocumentNumber? {
        guard let end = text.firstIndex(of: "号") else { return nil }
        return DocumentNumber(line: String(text[...end]))
    }

    /// The first `2021年` a text states.
    static func year(in text: String) -> Int? {
        DeadlineReader.statedYear(in: text.filter { !$0.isWhitespace })
    }
}
