/// A key press, decoded from the terminal; what the keymap binds actions to.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl plus a letter, e.g. `.control("l")` for Ctrl-L.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
    /// A click or a turn of the wheel, where the pointer was.
    case mouse(MouseEvent)
}

/// What the mouse did, at which cell (0-based column and row of the screen).
public struct MouseEvent: Hashable, Sendable {
    public enum Button: Hashable, Sendable {
        /// The first button went down.
        case press
        case wheelUp, wheelDown
    }

    public var button: Button
    public var x: Int
    public var y: Int

    public init(_ button: Button, x: Int, y: Int) {
        self.button = button
        self.x = x
        self.y = y
    }
}
