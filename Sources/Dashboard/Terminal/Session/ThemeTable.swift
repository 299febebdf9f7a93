import DashboardUI

/// Text attributes a theme may use; `RoleStyles` maps them to ncurses' `A_*`.
struct TextAttributes: OptionSet, Sendable {
    let rawValue: UInt8
    static let bold = TextAttributes(rawValue: 1)
    static let dim = TextAttributes(rawValue: 2)
    static let reverse = TextAttributes(rawValue: 4)
    static let underline = TextAttributes(rawValue: 8)
}

/// How one role looks in one palette: colour numbers (nil: the terminal's own) and attributes.
/// A background always comes with a foreground, so text stays readable on light and dark
/// terminals alike.
struct Look: Equatable, Sendable {
    var foreground: Int16?
    var background: Int16?
    var attributes: TextAttributes = []

    var hasColor: Bool { foreground != nil || background != nil }

    static let plain = Look()
    static func attrs(_ attributes: TextAttributes) -> Look { Look(attributes: attributes) }
    static func fg(_ color: Int16, _ attributes: TextAttributes = []) -> Look {
        Look(foreground: color, attributes: attributes)
    }
    static func on(_ foreground: Int16, _ background: Int16, _ attributes: TextAttributes = []) -> Look {
        Look(foreground: foreground, background: background, attributes: attributes)
    }
}

/// Every style role's look in each palette, one line per role. Colour numbers: 0–7 are the
/// basic black, red, green, yellow, blue, magenta, cyan, white; 16–255 the xterm 256-colour cube.
enum ThemeTable {
    static func look(_ role: StyleRole, in palette: Palette) -> Look {
        let row = self.row(role)
        switch palette {
        case .color256: return row.color256
        case .color8: return row.color8
        case .mono: return row.mono
        }
    }

    private static let red: Int16 = 1, green: Int16 = 2, yellow: Int16 = 3, magenta: Int16 = 5, cyan: Int16 = 6
    private static let black: Int16 = 0

    private static func row(_ role: StyleRole) -> (color256: Look, color8: Look, mono: Look) {
        switch role {
        case .normal: (.plain, .plain, .plain)
        case .dim: (.fg(245), .attrs(.dim), .attrs(.dim))
        case .title: (.fg(81, .bold), .fg(cyan, .bold), .attrs(.bold))
        case .header: (.attrs([.bold, .underline]), .attrs([.bold, .underline]), .attrs([.bold, .underline]))
        case .border: (.fg(240), .attrs(.dim), .attrs(.dim))
        case .selected: (.on(231, 25, .bold), .attrs([.reverse, .bold]), .attrs(.reverse))
        case .selectedInactive: (.on(255, 240), .attrs(.underline), .attrs([.reverse, .dim]))
        case .done: (.fg(71), .fg(green), .plain)
        case .inProgress: (.fg(39), .fg(cyan), .plain)
        case .behind: (.fg(214), .fg(yellow), .attrs(.bold))
        case .overdue: (.fg(196, .bold), .fg(red, .bold), .attrs([.bold, .underline]))
        case .blocked: (.fg(170), .fg(magenta), .attrs(.underline))
        case .notStarted: (.fg(245), .attrs(.dim), .attrs(.dim))
        case .changed: (.on(16, 222, .bold), .on(black, yellow), .attrs(.bold))
        case .accent: (.fg(44), .fg(cyan), .attrs(.bold))
        case .error: (.fg(196, .bold), .fg(red, .bold), .attrs(.bold))
        case .hint: (.fg(244), .attrs(.dim), .attrs(.dim))
        case .status: (.on(231, 238), .attrs(.reverse), .attrs(.reverse))
        }
    }
}
