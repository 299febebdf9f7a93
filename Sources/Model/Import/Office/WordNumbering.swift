/// The list definitions of numbering.xml: the lists (`w:num`) paragraphs name by `w:numId`,
/// and the definitions (`w:abstractNum`) that say how each level is counted and written.
struct WordNumbering: Equatable, Sendable {
    var definitions: [Int: WordListDefinition] = [:]
    var lists: [Int: WordList] = [:]
}

/// A list (`w:num`): the definition it uses and the levels it restarts or redefines.
struct WordList: Equatable, Sendable {
    /// `w:abstractNumId`.
    var definitionId: Int
    /// `w:lvlOverride/w:startOverride` by level.
    var startOverrides: [Int: Int] = [:]
    /// `w:lvlOverride/w:lvl` by level.
    var levelOverrides: [Int: WordListLevel] = [:]

    /// Whether the list keeps counters of its own rather than continuing its definition's.
    var overridesLevels: Bool { !startOverrides.isEmpty || !levelOverrides.isEmpty }
}

/// A list definition (`w:abstractNum`): its levels by `w:ilvl`, or a link to the list style that holds them.
struct WordListDefinition: Equatable, Sendable {
    var levels: [Int: WordListLevel] = [:]
    /// `w:numStyleLink`: the list style whose list has the levels.
    var styleLink: String?
}

/// One level of a list definition (`w:lvl`): where it starts and how its label is written.
struct WordListLevel: Equatable, Sendable {
    /// `w:start`.
    var start = 1
    /// `w:numFmt`.
    var format = WordNumberFormat.decimal
    /// `w:lvlText`: the label, `%1`…`%9` standing for the levels' numbers (`（%1）`, `%1.%2`).
    var text = ""
    /// `w:suff w:val="space"`; after a tab (the default) or nothing the text follows the label directly.
    var followedBySpace = false
    /// `w:lvlRestart`: the 1-based level whose use restarts this one, 0 for never; nil for the level above.
    var restartLevel: Int?
    /// `w:isLgl`: every number in the label written in decimal.
    var isLegal = false
    /// `w:pStyle`: the paragraph style that takes this level.
    var paragraphStyle: String?
}
