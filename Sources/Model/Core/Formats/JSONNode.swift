/// A parsed JSON value and the line it starts on.
package struct JSONNode: Equatable {
    /// An object member: its key, the key's line, and its value.
    package struct Member: Equatable {
        package var key: String
        package var line: Int
        package var value: JSONNode
    }

    /// The value itself. Numbers keep their text, so that `8` and `8.0` stay distinguishable.
    package enum Value: Equatable {
        case null
        case bool(Bool)
        case number(String)
        case string(String)
        case array([JSONNode])
        /// Members in file order; a repeated key appears twice.
        case object([Member])
    }

    package var value: Value
    package var line: Int
}
