/// A paragraph (`w:p`) as it is read: its text so far and what its properties say.
struct WordParagraphState {
    var text = ""
    /// `w:pStyle`.
    var style: String?
    /// `w:numPr/w:numId` and `w:numPr/w:ilvl`.
    var listId: Int?
    var level: Int?
    /// `w:pPr/w:rPr/w:del`: the paragraph mark is deleted, so Word's final view joins the
    /// paragraph's text to the next paragraph's.
    var markDeleted = false
    /// `w:rPr/w:vanish` on the run being read: hidden text.
    var runHidden = false
    /// What text boxes anchored in the paragraph hold, to follow it.
    var anchoredBlocks: [WordBlock] = []
}

/// The blocks gathered for the body, a table cell or a text box.
struct WordBlockContainer {
    var blocks: [WordBlock] = []
    /// Text of paragraphs whose mark is deleted, waiting for the paragraph it joins.
    var joinedText = ""

    /// Adds a paragraph unless it shows nothing but white space, the text of paragraphs joined to it first.
    mutating func add(label: String, text: String) {
        let shown = label + joinedText + text
        joinedText = ""
        if shown.contains(where: { !$0.isWhitespace }) { blocks.append(.paragraph(shown)) }
    }

    /// At the container's end, text still waiting to be joined becomes a paragraph of its own.
    mutating func addJoinedText() {
        add(label: "", text: "")
    }

    /// A cell's text: its paragraphs joined with "\n" (tables in a cell are read into paragraphs).
    var cellText: String {
        blocks.compactMap { block in
            if case .paragraph(let text) = block { return text }
            return nil
        }
        .joined(separator: "\n")
    }
}
