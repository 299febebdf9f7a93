/// When the loop reads what other processes committed: at once after a quiet spell, and at most
/// once an `interval` while commits keep coming (eight clerks recording at once), so that a burst
/// of commits costs one read and one frame an interval, not one each.
struct NewsSchedule: Equatable {
    /// The frame interval for the store's changes, in milliseconds.
    static let interval = 50

    /// Whether the store's descriptor woke the loop since the last read.
    private(set) var isWaiting = false
    /// When the store was last read, in milliseconds of the monotonic clock.
    private var readAt: Int?

    /// The store's descriptor said something changed.
    mutating func arrived() {
        isWaiting = true
    }

    /// Whether to read the store at `now`.
    func isDue(now: Int) -> Bool {
        isWaiting && readAt.map { now - $0 >= Self.interval } ?? true
    }

    /// Milliseconds until the waiting news is due; nil when none waits.
    func millisecondsUntilDue(now: Int) -> Int? {
        guard isWaiting else { return nil }
        return readAt.map { max(0, $0 + Self.interval - now) } ?? 0
    }

    /// The store was read at `now` (for news, or on the clock's tick, which reads it too).
    mutating func read(now: Int) {
        isWaiting = false
        readAt = now
    }
}
