/// The colour scheme in force: 256 colours, the 8 basic ones, or none (attributes only).
public enum Palette: String, Sendable, CaseIterable {
    case color256, color8, mono

    /// `.mono` when asked for, when NO_COLOR is set, or when the terminal has fewer than 8
    /// colours; otherwise as many colours as the terminal has.
    static func choose(theme: ThemeChoice, noColor: Bool, hasColors: Bool, colorCount: Int) -> Palette {
        guard theme != .mono, !noColor, hasColors, colorCount >= 8 else { return .mono }
        return colorCount >= 256 ? .color256 : .color8
    }
}
