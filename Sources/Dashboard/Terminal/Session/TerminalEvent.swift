import DashboardUI

/// What `TerminalSession.nextEvent` reports: a key, a new size, a quiet timeout, a watched
/// descriptor that became readable, or SIGINT / SIGTERM / SIGHUP (the caller should close).
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case tick
    case readable(Int32)
    case signal(Int32)
}
