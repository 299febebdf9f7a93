/// Keeps the dashboard from writing frames faster than the link carries them to the terminal.
///
/// A slow SSH link holds what was written in buffers the program cannot see (the pty's, sshd's,
/// TCP's): a frame for every key of a held `j` reaches the screen seconds after the key was let
/// go. So after each frame the session asks the terminal for its status (DSR, `ESC [ 5 n`), which
/// every common terminal answers (`ESC [ 0 n`) once it has read everything written before the
/// question. While a frame is unanswered, the next one waits and the state changes it would show
/// pile up into it: the screen runs as fast as the link, and the last frame always comes.
///
/// A terminal that never answers is never waited for: pacing starts with the first answer.
/// An answer lost (a terminal detached and another attached) holds frames back for
/// `patience` at most.
struct LinkPacing: Equatable {
    /// How long a frame may wait for the answer about the one before it, in milliseconds.
    static let patience = 2000
    /// Questions left unanswered before the terminal is taken for one that does not answer and
    /// is asked no more (until an answer comes after all).
    static let unansweredLimit = 3
    /// What the session writes after a frame.
    static let question = "\u{1B}[5n"
    /// What the terminal answers: "ready, no malfunction".
    static let answer = "\u{1B}[0n"
    /// The answer a terminal in trouble gives ("malfunction"): an answer too, and no keys.
    static let troubledAnswer = "\u{1B}[3n"

    /// Whether the terminal has answered a question yet: only then are frames held back.
    private(set) var answers = false
    /// Questions asked and not yet answered.
    private(set) var unanswered = 0
    /// When the last question was asked, in milliseconds of the monotonic clock.
    private var askedAt = 0

    /// Whether a frame may be written at `now`: the terminal has read every frame before it, or
    /// does not answer, or has kept us waiting longer than `patience`.
    func isClear(now: Int) -> Bool {
        !answers || unanswered == 0 || now - askedAt >= Self.patience
    }

    /// When a frame held back now may go anyway; nil when none is held back.
    func clearsAt(now: Int) -> Int? {
        isClear(now: now) ? nil : askedAt + Self.patience
    }

    /// A frame was written at `now`: whether to ask the terminal to answer once it has it.
    mutating func wrote(now: Int) -> Bool {
        if answers, unanswered > 0, now - askedAt >= Self.patience {
            unanswered = 0  // the answers were lost: wait for this frame's instead
        }
        guard answers || unanswered < Self.unansweredLimit else { return false }
        unanswered += 1
        askedAt = now
        return true
    }

    /// The terminal answered a question.
    mutating func answered() {
        answers = true
        unanswered = max(0, unanswered - 1)
    }
}
