import CNcurses
import Testing

@testable import DashboardTerminal

@Suite("Terminal: key decoding")
struct TerminalKeyDecoderTests {
    private func character(_ code: UInt32) -> DecodedInput? {
        KeyDecoder.decode(status: OK, code: code)
    }

    private func keyCode(_ code: Int32) -> DecodedInput? {
        KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(code))
    }

    @Test func printableCharactersIncludingChinese() {
        #expect(character(0x71) == .key(.character("q")))
        #expect(character(0x20) == .key(.character(" ")))
        #expect(character(0x91D1) == .key(.character("金")))
        #expect(character(0x1F600) == .key(.character("😀")))
    }

    @Test func enterTabEscapeAndBackspace() {
        #expect(character(13) == .key(.enter))
        #expect(character(10) == .key(.enter))
        #expect(keyCode(KEY_ENTER) == .key(.enter))
        #expect(character(9) == .key(.tab))
        #expect(keyCode(KEY_BTAB) == .key(.backTab))
        #expect(character(27) == .key(.escape))
        #expect(character(127) == .key(.backspace))
        #expect(character(8) == .key(.backspace))
        #expect(keyCode(KEY_BACKSPACE) == .key(.backspace))
        #expect(keyCode(KEY_DC) == .key(.delete))
    }

    @Test func controlLetters() {
        #expect(character(1) == .key(.control("a")))
        #expect(character(12) == .key(.control("l")))
        #expect(character(3) == .key(.control("c")))
        #expect(character(26) == .key(.control("z")))
    }

    @Test func otherControlCodesAreIgnored() {
        for code: UInt32 in [0, 28, 29, 30, 31, 0x80, 0x9B, 0x9F] {
            #expect(character(code) == nil, "code \(code)")
        }
        #expect(character(0xD800) == nil)  // a surrogate is not a scalar
    }

    @Test func navigationKeys() {
        #expect(keyCode(KEY_UP) == .key(.up))
        #expect(keyCode(KEY_DOWN) == .key(.down))
        #expect(keyCode(KEY_LEFT) == .key(.left))
        #expect(keyCode(KEY_RIGHT) == .key(.right))
        #expect(keyCode(KEY_PPAGE) == .key(.pageUp))
        #expect(keyCode(KEY_NPAGE) == .key(.pageDown))
        #expect(keyCode(KEY_HOME) == .key(.home))
        #expect(keyCode(KEY_END) == .key(.end))
    }

    @Test func homeAndEndVariants() {
        #expect(keyCode(KEY_FIND) == .key(.home))
        #expect(keyCode(KEY_SELECT) == .key(.end))
        #expect(keyCode(KEY_A1) == .key(.home))
        #expect(keyCode(KEY_C1) == .key(.end))
    }

    @Test func functionKeys() {
        #expect(keyCode(duban_key_f(1)) == .key(.function(1)))
        #expect(keyCode(duban_key_f(10)) == .key(.function(10)))
        #expect(keyCode(duban_key_f(12)) == .key(.function(12)))
        #expect(keyCode(duban_key_f(0)) == nil)
    }

    @Test func resizeAndUnknownCodes() {
        #expect(keyCode(KEY_RESIZE) == .resize)
        #expect(keyCode(KEY_MOUSE) == nil)
        #expect(KeyDecoder.decode(status: ERR, code: 0x71) == nil)
    }

    @Test func extraSequencesAreEscapeSequencesForKnownKeys() {
        for (sequence, code) in KeySequences.extra {
            #expect(sequence.hasPrefix("\u{1B}"))
            #expect(keyCode(code) != nil, "\(sequence.debugDescription)")
        }
    }
}
