import CNcurses

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The input and output modes the dashboard runs in, set once after `newterm`; `endwin`
/// restores the user's own.
enum TerminalModes {
    /// - Parameter mouse: report clicks and the wheel (`--no-mouse` leaves the mouse to the
    ///   terminal, for selecting text).
    static func enter(mouse: Bool) {
        let window = duban_stdscr()
        cbreak()  // keys arrive one by one; Ctrl-C, Ctrl-Z and Ctrl-\ still send signals
        noecho()
        nonl()
        keypad(window, true)
        nodelay(window, true)  // reads never block: poll() does the waiting
        leaveok(window, true)  // the cursor is hidden, so never move it back
        scrollok(window, false)
        set_escdelay(25)
        curs_set(0)
        KeySequences.install()
        if mouse {
            mouseinterval(0)  // a press is reported at once, not held back to tell clicks apart
            mousemask(duban_mouse_events(), nil)
        }
        disableFlowControl()
    }

    /// Turns off XON/XOFF, so Ctrl-S arrives as a key instead of freezing the screen (and,
    /// once the output buffer fills, the whole event loop) until Ctrl-Q. Saved as ncurses'
    /// program mode, so it survives Ctrl-Z and `fg`.
    private static func disableFlowControl() {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return }
        settings.c_iflag &= ~tcflag_t(IXON)
        if tcsetattr(STDIN_FILENO, TCSANOW, &settings) == 0 {
            def_prog_mode()
        }
    }
}
