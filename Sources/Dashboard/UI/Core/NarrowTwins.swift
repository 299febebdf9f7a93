/// One-column ASCII stand-ins for the "ambiguous width" characters that gazette text and the
/// screens' own words hold (quotes, dashes, ①, ℃, arrows, dots, box lines), which some CJK
/// terminal setups draw two columns wide, breaking every column after them. With `--ascii` the
/// whole screen is narrowed through this table once drawn (`Grid.narrowAmbiguous`); nothing
/// moves, as each stand-in takes the one column its character was given. The glyphs the screens
/// draw on purpose have longer twins in `Glyphs.ascii` (`->`, `...`) and never get here.
enum NarrowTwins {
    /// The stand-in for `character`, or nil when it is ASCII, wide, or not a character these
    /// documents plausibly hold.
    static func twin(of character: Character) -> Character? {
        guard let scalar = character.unicodeScalars.first, (0xA0..<0x3000).contains(scalar.value) else { return nil }
        if (0x2460...0x2468).contains(scalar.value) {  // ①–⑨
            return Character(Unicode.Scalar(UInt8(ascii: "1") + UInt8(scalar.value - 0x2460)))
        }
        return table[character]
    }

    private static let table: [Character: Character] = {
        var table: [Character: Character] = [:]
        for (twin, characters) in [
            ("\"", "“”„‟″〃"), ("'", "‘’‚‛′"), ("-", "‐‑‒–—―─━┄┈"), (".", "…‥·•‧∙"),
            ("x", "×"), ("/", "÷"), ("*", "●○◎◆◇■□★☆※"), (">", "▶►→⇒"), ("<", "◀←⇐"),
            ("^", "▲△↑"), ("v", "▼▽↓"), ("|", "‖│┃"), ("+", "┌┐└┘├┤┬┴┼±"), ("#", "№⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳█"),
            (":", "∶"), ("o", "°"), ("C", "℃"), ("%", "‰"), ("S", "§"), ("=", "▓"), ("+", "▒"), ("-", "░")
        ] as [(Character, String)] {
            for character in characters { table[character] = twin }
        }
        return table
    }()
}
