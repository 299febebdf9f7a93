import Testing

@testable import DashboardTerminal
@testable import DashboardUI

@Suite("Terminal: locale and TERM decisions")
struct TerminalLocaleTests {
    @Test(arguments: ["UTF-8", "utf-8", "utf8", "UTF8", "Utf-8"])
    func utf8CodesetsNeedNoFallback(_ codeset: String) {
        #expect(LocaleSetup.isUTF8(codeset: codeset))
    }

    @Test(arguments: ["ANSI_X3.4-1968", "ISO-8859-1", "GB18030", "GBK", "UTF-16", "", "EUC-CN"])
    func otherCodesetsFallBack(_ codeset: String) {
        #expect(!LocaleSetup.isUTF8(codeset: codeset))
    }

    @Test func terminalMessagesNameTheProblem() {
        #expect(TerminalType.failure(term: "foo") == "TERM=foo: no terminfo entry, and the xterm-256color fallback failed")
        #expect(TerminalType.failure(term: nil) == "TERM is not set, and the xterm-256color fallback failed")
        #expect(TerminalType.fallbackNotice(term: "xterm-kitty") == "TERM=xterm-kitty: no terminfo entry; using xterm-256color")
        #expect(TerminalType.cannotAddress(name: "dumb").hasPrefix("TERM=dumb: this terminal cannot move the cursor"))
    }

    @Test func errorsPrintAsOneLine() {
        let error = TerminalError(TerminalType.failure(term: "foo"))
        #expect("\(error)" == error.description)
        #expect(!error.description.contains("\n"))
    }
}
