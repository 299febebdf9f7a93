/// One line of a document with its 1-based line number in the source file.
public struct SourceLine: Hashable, Sendable {
    public var number: Int
    public var text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}
