import Foundation

/// Remembers values derived from an `AppState`, so that a key that only moves the selection
/// does not filter and sort every task again.
///
/// The state keeps two: one it replaces whenever the snapshot or today changes, one it also
/// replaces when the filter changes. So a cached value only needs a key for the inputs that
/// may change under it (view, group, done toggle, sort order); copies of the state share a
/// cache until one of them changes those inputs, and then it gets its own. Values are computed
/// outside the lock: two threads may both compute one, and either result is right.
final class ListCache: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [AnyHashable: Any] = [:]

    /// More distinct values than this (a user cycling every sort order through every group)
    /// empties the cache rather than letting it grow without bound.
    private static let capacity = 256

    func value<Value>(_ key: AnyHashable, _ compute: () -> Value) -> Value {
        if let value = lock.withLock({ values[key] }) as? Value { return value }
        let value = compute()
        lock.withLock {
            if values.count >= Self.capacity { values.removeAll() }
            values[key] = value
        }
        return value
    }
}
