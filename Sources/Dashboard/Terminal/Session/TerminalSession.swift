import CNcurses

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The terminal while the dashboard runs: the only owner of ncurses. Open it once, draw grids,
/// read events from `nextEvent`, and `close()` it (also done on deinit and at process exit).
/// ncurses is not thread-safe: use a session from one thread only.
public final class TerminalSession {
    /// The locale in force, e.g. "C.UTF-8" when the user's was not UTF-8.
    public let locale: String
    /// The terminal type in use, e.g. "xterm-256color" when TERM had no terminfo entry.
    public let terminalName: String
    /// The colour scheme in force.
    public let palette: Palette
    /// What start-up had to work around (locale or TERM fallback), one line each.
    public let notices: [String]
    /// The screen's size in columns and rows, updated when a resize is reported.
    public internal(set) var width: Int
    public internal(set) var height: Int

    let styles: RoleStyles
    var pending: [TerminalEvent] = []
    /// Whether the terminal has read the frames written (see `LinkPacing`).
    var pacing = LinkPacing()
    private let screen: OpaquePointer
    private let trap: SignalTrap
    private(set) var isOpen = true

    private init(locale: LocaleSetup.Outcome, opened: TerminalType.Opened, styles: RoleStyles, trap: SignalTrap) {
        self.locale = locale.locale
        terminalName = opened.name
        palette = styles.palette
        notices = [locale.notice, opened.notice].compactMap { $0 }
        screen = opened.screen
        self.styles = styles
        self.trap = trap
        width = Int(duban_cols())
        height = Int(duban_lines())
    }

    /// Sets the locale, opens the terminal (with the TERM fallback), and enters curses mode.
    public static func open(options: TerminalOptions) throws(TerminalError) -> TerminalSession {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError("the dashboard needs a terminal, but standard input or output is not one")
        }
        let locale = try LocaleSetup.apply()
        let trap = SignalTrap.install()
        let opened: TerminalType.Opened
        do {
            opened = try TerminalType.open(term: getenv("TERM").map { String(cString: $0) })
        } catch {
            trap.restore()
            throw error
        }
        ExitGuard.arm()
        TerminalModes.enter(mouse: options.mouse)
        let palette = Palette.choose(
            theme: options.theme, noColor: options.noColor,
            hasColors: has_colors(), colorCount: Int(tigetnum("colors")))
        return TerminalSession(locale: locale, opened: opened, styles: RoleStyles(palette: palette), trap: trap)
    }

    /// Leaves curses mode and restores the terminal, the cursor and the signal handlers.
    /// Safe to call more than once.
    public func close() {
        guard isOpen else { return }
        takeLateAnswers()
        isOpen = false
        curs_set(1)
        endwin()
        ExitGuard.disarm()
        delscreen(screen)
        trap.restore()
    }

    deinit {
        close()
    }
}
