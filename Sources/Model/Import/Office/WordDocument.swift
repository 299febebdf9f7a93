/// What a Word document says, in reading order: its paragraphs (automatic numbering written
/// out, as the reader sees it) and its tables.
struct WordDocument: Equatable, Sendable {
    var blocks: [WordBlock]

    /// The paragraphs alone, in order, as the plain-text readers take them once joined with "\n".
    var paragraphs: [String] {
        blocks.compactMap { block in
            if case .paragraph(let text) = block { return text }
            return nil
        }
    }

    /// The tables alone, in order: `表1`, `表2`, ….
    var tables: [CellGrid] {
        blocks.compactMap { block in
            if case .table(let grid) = block { return grid }
            return nil
        }
    }
}

/// One paragraph or one table of a Word document's body.
enum WordBlock: Equatable, Sendable {
    /// A paragraph's text as Word shows it: its list label first, a line break inside it as "\n".
    case paragraph(String)
    /// A top-level table; a table nested in a cell is part of that cell's text.
    case table(CellGrid)
}
