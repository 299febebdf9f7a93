import ModelCore

extension LocatedError {
    /// A filter's problem at `offset` (in characters) of its `text`, placed at the terminal
    /// column of that character, measured with `DisplayWidth`.
    init(_ message: (zh: String, en: String), at offset: Int, in text: [Character]) {
        self.init(message: message.en, column: text[..<offset].reduce(0) { $0 + DisplayWidth.of($1) })
        chineseMessage = message.zh
    }
}
