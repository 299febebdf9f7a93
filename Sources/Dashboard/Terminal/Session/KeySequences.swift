import CNcurses

/// Escape sequences that common terminals send but some terminfo entries lack (PuTTY's Home,
/// End and F1–F4 under TERM=xterm-256color, rxvt's Home/End), taught to ncurses at start-up.
enum KeySequences {
    static let extra: [(sequence: String, code: Int32)] = [
        ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END),
        ("\u{1B}[7~", KEY_HOME), ("\u{1B}[8~", KEY_END),
        ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END),
        ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END),
        ("\u{1B}[11~", duban_key_f(1)), ("\u{1B}[12~", duban_key_f(2)),
        ("\u{1B}[13~", duban_key_f(3)), ("\u{1B}[14~", duban_key_f(4)),
        ("\u{1B}OP", duban_key_f(1)), ("\u{1B}OQ", duban_key_f(2)),
        ("\u{1B}OR", duban_key_f(3)), ("\u{1B}OS", duban_key_f(4))
    ]

    /// The code `wget_wch` returns for the terminal's answer to the status question
    /// (`LinkPacing.answer`), which is no key: past every code ncurses gives a key.
    static let statusAnswer = KEY_MAX + 1

    /// Defines each sequence the terminal's entry leaves unbound; bound ones are kept. The
    /// terminal's status answers are read as `statusAnswer`.
    static func install() {
        for (sequence, code) in extra where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
        define_key(LinkPacing.answer, statusAnswer)
        define_key(LinkPacing.troubledAnswer, statusAnswer)
    }
}
