import ModelCore

/// A parsed JSON value and the line it starts on.
package struct JSONNode: Equatable {
    /// An object member: its key, the key's line, and its value.
    struct Member: Equatable {
        var key: String
        var line: Int
        var value: JSONNode
    }

    /// The value itself. Numbers keep their text, so that `8` and `8.0` stay distinguishable.
    enum Value: Equatable {
        case null
        case bool(Bool)
        case number(String)
        case string(String)
        case array([JSONNode])
        /// Members in file order; a repeated key appears twice.
        case object([Member])
    }

    var value: Value
    var line: Int
}
