import DashboardUI

/// One character handed to ncurses and its role; a wide glyph covers two columns.
struct Glyph: Equatable {
    var character: Character
    var role: StyleRole
}

/// Plans one screen row from a grid row so that the glyphs, measured the way ncurses measures
/// them (libc `wcwidth`), cover exactly the screen's columns. Where the grid and libc disagree
/// about a character's width, or a wide character meets the right edge, the plan substitutes
/// blanks or `?` instead of letting the rest of the row shift. Pure: `measure` is injected.
enum RowPlan {
    static func glyphs(_ row: [Cell], columns: Int, measure: (Character) -> Int) -> [Glyph] {
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(columns)
        var x = 0
        while x < columns {
            let cell = x < row.count ? row[x] : .blank
            // A continuation reached here lost its wide character: draw it blank.
            if cell.isContinuation {
                glyphs.append(Glyph(character: " ", role: cell.role))
                x += 1
                continue
            }
            let pairedWithNext = x + 1 < columns && x + 1 < row.count && row[x + 1].isContinuation
            switch measure(cell.character) {
            case 2 where pairedWithNext:
                glyphs.append(Glyph(character: cell.character, role: cell.role))
                x += 2
            case 1:
                glyphs.append(Glyph(character: cell.character, role: cell.role))
                x += 1
            case 2 where x + 1 == columns:
                glyphs.append(Glyph(character: " ", role: cell.role))
                x += 1
            default:
                glyphs.append(Glyph(character: "?", role: cell.role))
                x += 1
            }
        }
        return glyphs
    }
}
