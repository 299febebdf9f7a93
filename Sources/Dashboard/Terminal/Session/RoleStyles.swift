import CNcurses
import DashboardUI

/// The ncurses attributes and colour pair of every style role in one palette. Building it
/// initialises the colour pairs, so it is made once, after `newterm`.
struct RoleStyles {
    struct Style {
        var attributes: attr_t
        var pair: Int16
    }

    /// The palette in force: `.mono` when colours were asked for but could not be started.
    let palette: Palette
    private var styles: [StyleRole: Style] = [:]

    init(palette asked: Palette) {
        let usesColor = asked != .mono && start_color() == OK
        palette = usesColor ? asked : .mono
        // With default colours the user's background shows through; without, white on black.
        let defaults = usesColor && use_default_colors() == OK
        for (index, role) in StyleRole.allCases.enumerated() {
            let look = ThemeTable.look(role, in: palette)
            var pair: Int16 = 0
            if look.hasColor {
                pair = Int16(index + 1)
                let foreground = look.foreground ?? (defaults ? -1 : Int16(COLOR_WHITE))
                let background = look.background ?? (defaults ? -1 : Int16(COLOR_BLACK))
                if init_pair(pair, foreground, background) != OK { pair = 0 }
            }
            styles[role] = Style(attributes: Self.attributes(look.attributes), pair: pair)
        }
    }

    subscript(role: StyleRole) -> Style {
        styles[role]!  // init stores every case of StyleRole
    }

    private static func attributes(_ set: TextAttributes) -> attr_t {
        var result = duban_a_normal()
        if set.contains(.bold) { result |= duban_a_bold() }
        if set.contains(.dim) { result |= duban_a_dim() }
        if set.contains(.reverse) { result |= duban_a_reverse() }
        if set.contains(.underline) { result |= duban_a_underline() }
        return result
    }
}
