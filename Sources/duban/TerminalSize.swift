import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The width of the terminal standard output goes to, or nil when it goes to a file or pipe.
enum TerminalSize {
    static func columns() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 80
    }
}
