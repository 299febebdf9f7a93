/// A stored value that cannot be turned back into an entity field (a status code no version
/// of duban wrote, a malformed date); the store reports it as `StoreError.database`.
struct UnreadableValue: Error, CustomStringConvertible {
    let description: String
}
