/// A field's value as written to or read from an exchange file, before validation.
enum FieldValue: Equatable, Sendable {
    case null
    case string(String)
    /// A number as written: `8`, `-1`, `2.5`.
    case number(String)
    case list([String])

    /// A string, or null when there is none.
    init(_ string: String?) {
        self = string.map(FieldValue.string) ?? .null
    }
}
