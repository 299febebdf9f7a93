/// Every non-ASCII glyph the screens draw, with an ASCII twin for terminals that draw
/// "ambiguous width" symbols two columns wide (`--ascii`).
public struct Glyphs: Sendable, Equatable {
    public var rule: Character
    public var selectionMark: Character
    public var ellipsis: String
    public var bar: Character
    public var barParts: [Character]
    public var dot: String
    public var arrowUp: String
    public var arrowDown: String
    public var arrowRight: String
    /// Whether every other ambiguous-width character on screen, the documents' own included, is
    /// drawn as its one-column ASCII twin (`NarrowTwins`).
    public var narrowsAmbiguous: Bool

    public static let unicode = Glyphs(
        rule: "─", selectionMark: "▶", ellipsis: "…", bar: "█",
        barParts: ["█", "▓", "▒", "░", "·"], dot: "·", arrowUp: "↑", arrowDown: "↓", arrowRight: "→",
        narrowsAmbiguous: false)
    public static let ascii = Glyphs(
        rule: "-", selectionMark: ">", ellipsis: "...", bar: "#",
        barParts: ["#", "=", "+", "-", "."], dot: "|", arrowUp: "^", arrowDown: "v", arrowRight: "->",
        narrowsAmbiguous: true)
}
