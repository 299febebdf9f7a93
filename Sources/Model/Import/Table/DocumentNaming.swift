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
        let numbered = titleText.first { $0.count <= 40 && Self.documentNumber(in: $0) != nil }
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

    /// `〔2021〕5号` (also `[2021]`, `（2021）`): the year and number of a document number.
    static func documentNumber(in text: String) -> (year: Int, number: Int)? {
        let chars = Array(text)
        for index in chars.indices where "〔[［（(【".contains(chars[index]) && index + 6 < chars.count {
            let digits = String(chars[(index + 1)..<(index + 5)])
            guard digits.allSatisfy(\.isASCIIDigit), "〕]］）)】".contains(chars[index + 5]) else { continue }
            let number = String(chars[(index + 6)...].prefix { $0.isASCIIDigit })
            guard let year = Int(digits), let value = Int(number), chars.count > index + 6 + number.count,
                chars[index + 6 + number.count] == "号"
            else { continue }
            return (year, value)
        }
        return nil
    }

    /// The first `2021年` a text states.
    static func year(in text: String) -> Int? {
        let chars = Array(text)
        for index in chars.indices where chars[index] == "年" && index >= 4 {
            let digits = String(chars[(index - 4)..<index])
            if digits.allSatisfy(\.isASCIIDigit), index == 4 || !chars[index - 5].isASCIIDigit, let year = Int(digits),
                (1990...2100).contains(year)
            {
                return year
            }
        }
        return nil
    }
}
