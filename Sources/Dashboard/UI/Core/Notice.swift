/// A one-line message in the status line until the next key: a refusal, a problem, or what was
/// just recorded.
public struct Notice: Equatable, Sendable {
    public var text: String
    public var isError: Bool

    public static func error(_ text: String) -> Notice { Notice(text: text, isError: true) }
    public static func info(_ text: String) -> Notice { Notice(text: text, isError: false) }
}
