/// When the event loop draws. Events that came together cost one frame, the last one's: a burst of
/// thirty `j` (a held key, or keys queued behind a slow link) sends one screen's changes, not
/// thirty. A frame is drawn once no event waits (or after `coalesceLimit` events at the most), and
/// not before the terminal has read the one before it (`LinkPacing`).
///
/// While a frame is held back for the link:
/// - it gathers `heldStep` events at the most before the loop waits for the link instead of
///   taking more, so that it moves a list a few rows, which ncurses sends as a scroll, rather than
///   a page, which it sends whole and which takes the link longer still (when more than
///   `heldBacklog` events wait, they are all taken together: the link is too slow for a few at a
///   time);
/// - it keeps the detail pane as it was (`PaneHold`), and a frame with the pane follows once the
///   link has caught up and no event waits.
struct FrameSchedule: Equatable {
    static let coalesceLimit = 64
    static let heldStep = 8
    static let heldBacklog = 16

    /// Whether the state changed since the last frame.
    private(set) var isUndrawn = false
    /// Events taken since the last frame.
    private(set) var gathered = 0
    /// Whether the loop stopped taking events to wait for the link: the frame goes as soon as
    /// the link clears, before the keys read meanwhile.
    private(set) var waitedForLink = false
    /// Whether the frame to come had to wait for the link.
    private(set) var wasHeldBack = false
    /// Whether the pane on screen is older than the state: a frame with the pane is owed.
    private(set) var isPaneBehind = false

    /// An event was taken; `changed`: the screen must show it.
    mutating func took(changed: Bool) {
        if changed { isUndrawn = true }
        gathered += 1
    }

    /// The link is not clear: a frame that waits now is held back.
    mutating func linkIsBehind() {
        if isUndrawn { wasHeldBack = true }
    }

    /// Whether to draw now, with `pending` events read and not taken and the link `clear`.
    func shouldDraw(pending: Int, clear: Bool) -> Bool {
        guard clear else { return false }
        guard isUndrawn else { return isPaneBehind && pending == 0 }
        return pending == 0 || waitedForLink || gathered >= Self.coalesceLimit
    }

    /// Whether the frame drawn now keeps the pane of the last frame that showed it.
    var holdsPane: Bool { isUndrawn && wasHeldBack }

    /// Whether to wait for the link before taking another event, with `pending` read and not taken.
    func shouldWaitForLink(pending: Int, clear: Bool) -> Bool {
        isUndrawn && !clear && gathered >= Self.heldStep && pending <= Self.heldBacklog
    }

    /// The loop waits for the link (after `shouldWaitForLink`).
    mutating func waitsForLink() {
        waitedForLink = true
    }

    /// A frame was drawn; `heldPane`: with the pane of an earlier one.
    mutating func drew(heldPane: Bool) {
        isPaneBehind = heldPane
        isUndrawn = false
        gathered = 0
        waitedForLink = false
        wasHeldBack = false
    }
}
