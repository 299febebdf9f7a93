/// Whether this process may change the store.
public enum StoreAccess: Equatable, Sendable {
    case readWrite
    /// The store can be read but not changed; `reason` names the file and why, for the user.
    case readOnly(reason: String)
}
