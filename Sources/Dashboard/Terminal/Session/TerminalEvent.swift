import DashboardUI

/// What `TerminalSession.nextEvent` reports: a key, a new size, a quiet timeout, a watched
/// descriptor that became readable, the terminal caught up with the frames written, or
/// SIGINT / SIGTERM / SIGHUP (the caller should close).
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case tick
    case readable(Int32)
    /// The terminal has read every frame written so far (`LinkPacing`): one held back may go.
    case caughtUp
    case signal(Int32)
}
