/// One part of a 督查通报, as every format lays it out: Markdown, plain text and Word render the
/// same blocks.
public enum BulletinBlock: Equatable, Sendable {
    /// The title: 关于…督查情况的通报.
    case title(String)
    /// A line under the title: the date, the round, the scope.
    case subtitle(String)
    /// 一、总体情况 (level 1) or （一）逾期未完成 (level 2).
    case heading(String, level: Int)
    case paragraph(String)
    /// A table: its header row and its rows, cells as text; `numeric` marks the columns of figures.
    case table(header: [String], rows: [[String]], numeric: Set<Int>)
    /// Items of a list, each a paragraph of its own.
    case items([String])
}
