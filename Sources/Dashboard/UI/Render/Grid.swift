import ModelCore

/// One terminal cell: a character, the style role it is drawn with, and whether it is the
/// right half of a wide character drawn in the cell before.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var role: StyleRole
    /// True for the second column of a wide character; such a cell is never drawn on its own.
    public var isContinuation: Bool

    public init(_ character: Character = " ", role: StyleRole = .normal, isContinuation: Bool = false) {
        self.character = character
        self.role = role
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// A screen's worth of cells, drawn by the pure view functions and copied to the terminal by
/// `TerminalSession`. Writing never splits a wide character: one that does not fit is replaced by
/// a blank, and overwriting half of one blanks the other half.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` at (x, y), clipped to `limit` columns (default: to the right edge); control
    /// characters are shown escaped. Returns the number of columns written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, role: StyleRole = .normal, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, x + (limit ?? width))
        var column = x
        for character in SafeText.line(text) {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            if column + w > end {
                break
            }
            if column >= 0 {
                put(Cell(character, role: role), at: column, y)
                if w == 2 { put(Cell(" ", role: role, isContinuation: true), at: column + 1, y) }
            }
            column += w
        }
        return column - x
    }

    /// Fills columns [x, x+count) of row y with blanks of `role`.
    public mutating func fill(x: Int, y: Int, count: Int, role: StyleRole, character: Character = " ") {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<max(max(0, x), min(width, x + count)) {
            put(Cell(character, role: role), at: column, y)
        }
    }

    /// Changes the role of existing cells, keeping their characters (a selection bar).
    public mutating func restyle(x: Int, y: Int, count: Int, role: StyleRole) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<max(max(0, x), min(width, x + count)) {
            cells[y * width + column].role = role
        }
    }

    /// Takes rows `rows` from `other`, a grid of the same size: a pane kept as an earlier frame
    /// drew it. Whole rows, so that no wide character is cut at an edge.
    public mutating func copyRows(_ rows: Range<Int>, from other: Grid) {
        guard other.width == width, other.height == height, rows.lowerBound >= 0, rows.upperBound <= height else { return }
        let cellRange = (rows.lowerBound * width)..<(rows.upperBound * width)
        cells.replaceSubrange(cellRange, with: other.cells[cellRange])
    }

    /// Every cell whose character has a one-column ASCII twin (`NarrowTwins`) gets it instead.
    mutating func narrowAmbiguous() {
        for index in cells.indices {
            if let twin = NarrowTwins.twin(of: cells[index].character) { cells[index].character = twin }
        }
    }

    private mutating func put(_ cell: Cell, at x: Int, _ y: Int) {
        let index = y * width + x
        // Overwriting half of a wide character blanks its other half.
        if cells[index].isContinuation, x > 0, !cell.isContinuation {
            cells[index - 1] = Cell(" ", role: cells[index - 1].role)
        }
        if !cell.isContinuation, x + 1 < width, cells[index + 1].isContinuation, DisplayWidth.of(cells[index].character) == 2 {
            cells[index + 1] = Cell(" ", role: cells[index + 1].role)
        }
        cells[index] = cell
    }

    /// The rows as plain text, each exactly `width` display columns.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation {
                line.append(self[x, y].character)
            }
            return line
        }
    }
}
