/// One line of text being typed, with its cursor (in characters): the filter prompt and the
/// note field of the forms edit through it, so both take the same keys.
public struct LineEditor: Equatable, Sendable {
    public private(set) var text: [Character]
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = Array(text)
        cursor = self.text.count
    }

    public var string: String { String(text) }

    /// Applies an editing key; false when the key is not an editing key (the caller decides).
    public mutating func edit(_ key: Key) -> Bool {
        switch key {
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(text.count, cursor + 1)
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = text.count
        case .backspace:
            guard cursor > 0 else { break }
            text.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            if cursor < text.count { text.remove(at: cursor) }
        case .control("u"):
            text.removeFirst(cursor)
            cursor = 0
        case .character(let character):
            text.insert(character, at: cursor)
            cursor += 1
        default:
            return false
        }
        return true
    }
}
