/// One line of text being typed, with its cursor (in characters): the filter prompt and the
/// note field of the forms edit through it, so both take the same commands.
public struct LineEditor: Equatable, Sendable {
    public private(set) var text: [Character]
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = Array(text)
        cursor = self.text.count
    }

    public var string: String { String(text) }

    /// Applies a line-editing command; false when the command is not one (the caller decides).
    public mutating func edit(_ command: EditCommand) -> Bool {
        switch command {
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(text.count, cursor + 1)
        case .lineStart:
            cursor = 0
        case .lineEnd:
            cursor = text.count
        case .deleteBackward:
            guard cursor > 0 else { break }
            text.remove(at: cursor - 1)
            cursor -= 1
        case .deleteForward:
            if cursor < text.count { text.remove(at: cursor) }
        case .deleteToLineStart:
            text.removeFirst(cursor)
            cursor = 0
        case .type(let character):
            text.insert(character, at: cursor)
            cursor += 1
        case .nextField, .previousField, .submit, .confirm, .reject, .cancel:
            return false
        }
        return true
    }
}
