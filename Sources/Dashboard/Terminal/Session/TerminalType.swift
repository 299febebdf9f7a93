import CNcurses

/// Opens the ncurses screen for TERM, falling back to xterm-256color when TERM is unset or has
/// no terminfo entry (`newterm` returns NULL where `initscr` would exit the process), and
/// refusing terminals that cannot move the cursor, such as TERM=dumb.
enum TerminalType {
    static let fallback = "xterm-256color"

    /// The screen, the terminal type in use, and a notice when the fallback was taken.
    struct Opened {
        var screen: OpaquePointer
        var name: String
        var notice: String?
    }

    static func open(term: String?) throws(TerminalError) -> Opened {
        let term = term.flatMap { $0.isEmpty ? nil : $0 }
        var opened: Opened
        if let term, let screen = newterm(term, duban_stdout(), duban_stdin()) {
            opened = Opened(screen: screen, name: term, notice: nil)
        } else if let screen = newterm(fallback, duban_stdout(), duban_stdin()) {
            opened = Opened(screen: screen, name: fallback, notice: fallbackNotice(term: term))
        } else {
            throw TerminalError(failure(term: term))
        }
        guard duban_has_cursor_addressing() != 0 else {
            endwin()
            delscreen(opened.screen)
            throw TerminalError(cannotAddress(name: opened.name))
        }
        return opened
    }

    static func describe(_ term: String?) -> String {
        term.map { "TERM=\($0)" } ?? "TERM is not set"
    }

    static func failure(term: String?) -> String {
        let problem = term == nil ? "" : ": no terminfo entry"
        return "\(describe(term))\(problem), and the \(fallback) fallback failed"
    }

    static func fallbackNotice(term: String?) -> String {
        let problem = term == nil ? "" : ": no terminfo entry"
        return "\(describe(term))\(problem); using \(fallback)"
    }

    static func cannotAddress(name: String) -> String {
        "TERM=\(name): this terminal cannot move the cursor; run the dashboard in a full terminal (e.g. TERM=\(fallback))"
    }
}
