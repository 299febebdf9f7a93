/// What styles.xml says about numbering: the paragraph styles that number their paragraphs
/// (`w:pPr/w:numPr`, inherited through `w:basedOn`) and the list styles `w:numStyleLink` names.
struct WordStyles: Equatable, Sendable {
    var paragraphStyles: [String: WordParagraphStyle] = [:]
    /// The style of a paragraph that names none (`w:default="1"`).
    var defaultParagraphStyle: String?
    /// A list style's (`w:type="numbering"`) list, by style id.
    var listStyleLists: [String: Int] = [:]

    /// The list and level a paragraph of style `id` takes from it and the styles it is based on;
    /// the nearest style that sets each wins.
    func numbering(ofStyle id: String?) -> (listId: Int?, level: Int?) {
        var listId: Int?
        var level: Int?
        var next = id
        var seen: Set<String> = []
        while let styleId = next, seen.insert(styleId).inserted, let style = paragraphStyles[styleId] {
            listId = listId ?? style.listId
            level = level ?? style.level
            next = style.basedOn
        }
        return (listId, level)
    }
}

/// A paragraph style as far as numbering goes.
struct WordParagraphStyle: Equatable, Sendable {
    var basedOn: String?
    /// `w:numPr/w:numId`; 0 turns off numbering a base style gives.
    var listId: Int?
    /// `w:numPr/w:ilvl`.
    var level: Int?
}
