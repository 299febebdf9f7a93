import ModelCore

extension LocatedError {
    /// A filter's problem at `offset` (in characters) of its `text`, placed at the terminal
    /// column of that character, measured with `DisplayWidth`.
    init(_ message: String, at offset: Int, in text: [Character]) {
        self.init(message: message, column: text[..<offset].reduce(0) { $0 + DisplayWidth.of($1) })
    }
}
