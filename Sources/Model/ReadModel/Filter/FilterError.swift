import ModelCore
import ModelStore

/// Why a filter's text does not parse, and where in it the problem starts.
public struct FilterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, e.g. `unknown key “foo:”`.
    public var message: String
    /// 0-based index, in characters, of where the problem starts.
    public var offset: Int
    /// 0-based terminal column of the same place: wide characters before it count two.
    public var column: Int

    public init(message: String, offset: Int, column: Int) {
        self.message = message
        self.offset = offset
        self.column = column
    }

    /// An error at `offset` of `text`, its column measured with `DisplayWidth`.
    init(_ message: String, at offset: Int, in text: [Character]) {
        self.init(
            message: message, offset: offset,
            column: text[..<offset].reduce(0) { $0 + DisplayWidth.of($1) })
    }

    public var description: String { "\(message) (column \(column + 1))" }
}
