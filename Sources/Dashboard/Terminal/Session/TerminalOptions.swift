/// Which colour theme the user asked for: decide from the terminal, colours, or monochrome.
public enum ThemeChoice: String, Sendable, CaseIterable {
    case auto, color, mono
}

/// How to set up the terminal: the theme asked for, whether `NO_COLOR` is set, and the mouse.
public struct TerminalOptions: Sendable {
    public var theme: ThemeChoice
    /// True when `NO_COLOR` asks for no colour: the monochrome theme, whatever `theme` says.
    public var noColor: Bool
    /// Whether clicks and the wheel reach the dashboard; false leaves the mouse to the terminal.
    public var mouse: Bool

    public init(theme: ThemeChoice = .auto, noColor: Bool, mouse: Bool = true) {
        self.theme = theme
        self.noColor = noColor
        self.mouse = mouse
    }

    /// `NO_COLOR` counts when it is set to any non-empty value (no-color.org).
    public static func noColorRequested(by value: String?) -> Bool {
        !(value ?? "").isEmpty
    }
}
