import CNcurses
import DashboardUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension TerminalSession {
    /// Copies the grid to the screen and updates the terminal; ncurses sends only what changed.
    /// Every cell of every row is written (past the grid's edge as blanks), never erased first.
    public func draw(_ grid: Grid) {
        guard isOpen, width > 0, height > 0 else { return }
        let window = duban_stdscr()
        var line = [cchar_t](repeating: cchar_t(), count: width)
        for y in 0..<height {
            let row = y < grid.height ? Array(grid.cells[(y * grid.width)..<((y + 1) * grid.width)]) : []
            let glyphs = RowPlan.glyphs(row, columns: width, measure: Self.columns(of:))
            for (index, glyph) in glyphs.enumerated() {
                line[index] = cell(glyph)
            }
            // wadd_wchnstr neither wraps nor moves the cursor, so the bottom-right cell is safe.
            wmove(window, Int32(y), 0)
            wadd_wchnstr(window, line, Int32(glyphs.count))
        }
        wnoutrefresh(window)
        doupdate()
        askWhenRead()
    }

    /// Clears the terminal and paints the last drawn frame again from scratch (Ctrl-L).
    public func redrawAll() {
        guard isOpen else { return }
        let window = duban_stdscr()
        clearok(window, true)
        wnoutrefresh(window)
        doupdate()
        askWhenRead()
    }

    /// Asks the terminal to answer once it has read the frame just written (`LinkPacing`).
    /// ncurses has flushed its buffer by the end of `doupdate`, so the question follows the frame.
    private func askWhenRead() {
        guard pacing.wrote(now: Self.now()) else { return }
        let question = Array(LinkPacing.question.utf8)
        _ = question.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    /// Columns libc (and so ncurses) gives a character, judged by its first scalar.
    static func columns(of character: Character) -> Int {
        Int(wcwidth(wchar_t(bitPattern: character.unicodeScalars.first!.value)))
    }

    private func cell(_ glyph: Glyph) -> cchar_t {
        // The base character plus the zero-width marks that follow it, as setcchar accepts.
        let scalars = glyph.character.unicodeScalars
        var text = [wchar_t(bitPattern: scalars.first!.value)]
        let marks = scalars.dropFirst().lazy.map { wchar_t(bitPattern: $0.value) }.filter { wcwidth($0) == 0 }
        text += marks.prefix(Int(CCHARW_MAX) - 1)
        text.append(0)
        let style = styles[glyph.role]
        var result = cchar_t()
        setcchar(&result, text, style.attributes, style.pair, nil)
        return result
    }
}
