/// A JSON value as `JSONWriter` writes it; an object's members keep their order.
package indirect enum JSONValue {
    case null
    case bool(Bool)
    /// A number as written: `8`, `-1`.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    /// A string, or null when there is none.
    package init(_ text: String?) {
        self = text.map(JSONValue.string) ?? .null
    }

    /// An integer, or null when there is none.
    package init(_ number: Int?) {
        self = number.map { .number(String($0)) } ?? .null
    }

    /// A field of an exchange file.
    init(_ field: FieldValue) {
        switch field {
        case .null: self = .null
        case .string(let text): self = .string(text)
        case .number(let lexeme): self = .number(lexeme)
        case .list(let items): self = .array(items.map(JSONValue.string))
        }
    }
}
