/// Which colour theme the user asked for: decide from the terminal, colours, or monochrome.
public enum ThemeChoice: String, Sendable, CaseIterable {
    case auto, color, mono
}

/// How to set up the terminal: the theme asked for and whether `NO_COLOR` is set.
public struct TerminalOptions: Sendable {
    public var theme: ThemeChoice
    /// True when `NO_COLOR` asks for no colour: the monochrome theme, whatever `theme` says.
    public var noColor: Bool

    public init(theme: ThemeChoice = .auto, noColor: Bool) {
        self.theme = theme
        self.noColor = noColor
    }

    /// `NO_COLOR` counts when it is set to any non-empty value (no-color.org).
    public static func noColorRequested(by value: String?) -> Bool {
        !(value ?? "").isEmpty
    }
}
