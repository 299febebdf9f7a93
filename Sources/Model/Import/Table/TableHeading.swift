import Foundation

/// A row between a table's tasks that heads the ones below it: a cell merged across the table,
/// or one filled cell (`一、经济发展`, `（二）城乡建设`), or a Chinese numeral in the 序号 column
/// with its words beside it and nothing else.
struct TableHeading {
    var text: String
    /// `（一）…`: a section within the chapter.
    var isSection: Bool

    init?(_ row: CellRow, map: ColumnMap) {
        let filled = row.cells.enumerated().filter { $0.element.contains { !$0.isWhitespace } }
        let number = map.value(.number, in: row.cells)
        let text: String
        if row.isMergedAcross || filled.count == 1 {
            guard let only = filled.first else { return nil }
            // A lone cell in the text column with an ordinary 序号 elsewhere is a task, not a heading.
            if !row.isMergedAcross, only.offset == map.columns[.text], !Self.isHeadingText(only.element) { return nil }
            text = only.element
        } else if Self.isChineseNumeral(number), filled.count == 2, !map.value(.text, in: row.cells).isEmpty {
            text = number + "、" + map.value(.text, in: row.cells)
        } else {
            return nil
        }
        self.text = text.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: "")
        isSection = self.text.hasPrefix("（") || self.text.hasPrefix("(")
    }

    /// `一、…`, `（三）…`, `第二部分…`: the way a plan heads a chapter or section.
    static func isHeadingText(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix("第") || Headings.chapter(trimmed) != nil || Headings.section(trimmed) != nil
    }

    static func isChineseNumeral(_ text: String) -> Bool {
        Headings.chineseNumber(text[...]) != nil
    }
}
