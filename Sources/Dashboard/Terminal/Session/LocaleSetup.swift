#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Puts the process in a UTF-8 locale before ncurses starts: the user's own when its codeset is
/// UTF-8, else C.UTF-8 (over SSH, LANG is often not forwarded and plain "C" draws no Chinese).
enum LocaleSetup {
    static let fallback = "C.UTF-8"

    /// The locale in force and, when the fallback was needed, a notice saying why.
    struct Outcome {
        var locale: String
        var notice: String?
    }

    /// Whether a codeset name (`nl_langinfo(CODESET)`) is UTF-8, however it is spelled.
    static func isUTF8(codeset: String) -> Bool {
        let letters = codeset.uppercased().filter { $0.isLetter || $0.isNumber }
        return letters == "UTF8"
    }

    static func apply() throws(TerminalError) -> Outcome {
        let asked = setlocale(LC_ALL, "") != nil
        let codeset = currentCodeset()
        if isUTF8(codeset: codeset) {
            return Outcome(locale: current(), notice: nil)
        }
        guard setlocale(LC_ALL, fallback) != nil, isUTF8(codeset: currentCodeset()) else {
            throw TerminalError("locale: codeset \(codeset) is not UTF-8, and the \(fallback) fallback is not installed")
        }
        let reason = asked ? "codeset \(codeset) is not UTF-8" : "the locale from LANG/LC_* is not installed"
        return Outcome(locale: current(), notice: "locale: \(reason); using \(fallback)")
    }

    private static func currentCodeset() -> String {
        String(cString: nl_langinfo(nl_item(CODESET)))
    }

    private static func current() -> String {
        setlocale(LC_ALL, nil).map { String(cString: $0) } ?? "C"
    }
}
