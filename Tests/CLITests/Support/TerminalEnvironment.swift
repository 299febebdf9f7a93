import Foundation

/// One LANG, TERM and NO_COLOR setting the dashboard is started in, and how it must end there.
struct TerminalEnvironment: Sendable {
    /// How the dashboard must behave in an environment.
    enum Outcome: Sendable {
        /// Draws the dashboard; `colours` says which SGR colours may appear on screen.
        case works(Colours)
        /// Exits 1 before drawing, with one line on stderr containing this phrase.
        case refuses(String)
    }

    /// The colours an environment allows: none, the 8/16 basic ones, or any.
    enum Colours: Sendable {
        case none, basic, any
    }

    var lang: String?
    var term: String?
    var noColor = false
    /// A terminfo directory to use (for an entry made by the test).
    var terminfo: String?
    var outcome: Outcome
    /// Text the screen must show besides the header, such as a fallback notice.
    var shows: String?

    var name: String {
        var parts = ["LANG=\(lang ?? "(unset)")", "TERM=\(term ?? "(unset)")"]
        if noColor { parts.append("NO_COLOR=1") }
        return parts.joined(separator: " ")
    }

    /// The shell command that runs `binary` in exactly this environment, stderr to `errors`.
    func command(binary: String, arguments: [String], home: String, errors: String) -> String {
        var variables = ["HOME=\(home)", "PATH=/usr/bin:/bin"]
        if let lang { variables.append("LANG=\(lang)") }
        if let term { variables.append("TERM=\(term)") }
        if noColor { variables.append("NO_COLOR=1") }
        if let terminfo { variables.append("TERMINFO=\(terminfo)") }
        return "env -i \(variables.joined(separator: " ")) \(binary) \(arguments.joined(separator: " ")) 2>\(errors)"
    }

    /// Each LANG with TERM=xterm-256color, each TERM with LANG=C.UTF-8, NO_COLOR, and 8 and 16
    /// colours; `sixteen` is a terminfo directory holding an `xterm-16color` entry.
    static func matrix(sixteen: String) -> [TerminalEnvironment] {
        let langs: [TerminalEnvironment] = [nil, "C", "POSIX", "xx_XX.UTF-8"].map { lang in
            TerminalEnvironment(
                lang: lang, term: "xterm-256color", outcome: .works(.any),
                shows: lang == "xx_XX.UTF-8" ? "using C.UTF-8" : nil)
        }
        let terms: [TerminalEnvironment] = [
            TerminalEnvironment(lang: "C.UTF-8", term: "dumb", outcome: .refuses("TERM=dumb: this terminal cannot move the cursor")),
            TerminalEnvironment(lang: "C.UTF-8", term: "vt100", outcome: .works(.none)),
            TerminalEnvironment(lang: "C.UTF-8", term: "linux", outcome: .works(.basic)),
            TerminalEnvironment(lang: "C.UTF-8", term: "screen", outcome: .works(.basic)),
            TerminalEnvironment(lang: "C.UTF-8", term: "tmux-256color", outcome: .works(.any)),
            TerminalEnvironment(
                lang: "C.UTF-8", term: "xterm-kitty", outcome: .works(.any),
                shows: "TERM=xterm-kitty: no terminfo entry; using xterm-256color"),
            TerminalEnvironment(lang: "C.UTF-8", term: nil, outcome: .works(.any), shows: "TERM is not set; using xterm-256color"),
            TerminalEnvironment(lang: "C.UTF-8", term: "xterm", outcome: .works(.basic)),
            TerminalEnvironment(lang: "C.UTF-8", term: "xterm-16color", terminfo: sixteen, outcome: .works(.basic)),
            TerminalEnvironment(lang: "C.UTF-8", term: "xterm-256color", noColor: true, outcome: .works(.none))
        ]
        return langs + terms
    }

    /// Compiles an `xterm-16color` entry (xterm with 16 colours) into `directory` with tic, as
    /// ncurses-term would install it; false when tic or infocmp is missing.
    static func makeSixteenColourEntry(in directory: String) -> Bool {
        let source = directory + "/xterm-16color.src"
        let script =
            "infocmp -x xterm | sed -e 's/^xterm|[^,]*,/xterm-16color|xterm with 16 colours,/' "
            + "-e 's/colors#8/colors#16/' -e 's/pairs#64/pairs#256/' > \(source) && tic -x -o \(directory) \(source)"
        return system("(\(script)) >/dev/null 2>&1") == 0
    }
}

/// The SGR colour parameters in a tmux capture taken with escapes (`capture-pane -e`).
enum ScreenColours {
    /// Whether any foreground or background colour is set, and whether any is beyond the basic 16.
    static func scan(_ text: String) -> (any: Bool, extended: Bool) {
        var any = false, extended = false
        let pattern = try! NSRegularExpression(pattern: "\u{1B}\\[([0-9;]*)m")
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range(at: 1), in: text) else { continue }
            let codes = text[range].split(separator: ";").compactMap { Int($0) }
            if codes.contains(where: { (30...37).contains($0) || (40...47).contains($0) || (90...97).contains($0) || (100...107).contains($0) }) {
                any = true
            }
            if codes.contains(38) || codes.contains(48) {
                any = true
                extended = true
            }
        }
        return (any, extended)
    }
}
