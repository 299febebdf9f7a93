/// Why the terminal could not be opened, in one line fit to print after the screen is restored.
public struct TerminalError: Error, CustomStringConvertible, Equatable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
