import CXlsxWriter

/// The cell formats of the 台账 workbook: a header, a caption, and for each kind of cell a plain,
/// an overdue (red) and a behind (amber) one. Every cell wraps, aligns to the top and is bordered.
struct LedgerFormats {
    /// The fill of a task's row.
    enum Shade: CaseIterable {
        case plain, overdue, behind
    }

    /// How a cell shows its value.
    enum Kind: CaseIterable {
        case text, number, day, percent, rate
    }

    let header: UnsafeMutablePointer<lxw_format>?
    let title: UnsafeMutablePointer<lxw_format>?
    private let cells: [Shade: [Kind: UnsafeMutablePointer<lxw_format>?]]

    /// The font every cell is set in; where it is missing, the reader substitutes a CJK font.
    static let font = "宋体"

    init(_ workbook: UnsafeMutablePointer<lxw_workbook>?) {
        header = workbook_add_format(workbook)
        format_set_font_name(header, Self.font)
        format_set_bold(header)
        format_set_bg_color(header, 0xD9E1F2)
        format_set_border(header, UInt8(LXW_BORDER_THIN.rawValue))
        format_set_text_wrap(header)
        format_set_align(header, UInt8(LXW_ALIGN_CENTER.rawValue))
        format_set_align(header, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        title = workbook_add_format(workbook)
        format_set_font_name(title, Self.font)
        format_set_bold(title)
        format_set_font_size(title, 12)
        var cells: [Shade: [Kind: UnsafeMutablePointer<lxw_format>?]] = [:]
        for shade in Shade.allCases {
            for kind in Kind.allCases {
                let format = workbook_add_format(workbook)
                format_set_font_name(format, Self.font)
                format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
                format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
                switch kind {
                case .text: format_set_text_wrap(format)
                case .number: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
                case .day: format_set_num_format(format, "yyyy-mm-dd")
                case .percent: format_set_num_format(format, "0%")
                case .rate: format_set_num_format(format, "0.0%")
                }
                switch shade {
                case .plain: break
                case .overdue:
                    format_set_bg_color(format, 0xFFC7CE)
                    format_set_font_color(format, 0x9C0006)
                case .behind:
                    format_set_bg_color(format, 0xFFEB9C)
                    format_set_font_color(format, 0x9C5700)
                }
                cells[shade, default: [:]][kind] = format
            }
        }
        self.cells = cells
    }

    func cell(_ shade: Shade, _ kind: Kind) -> UnsafeMutablePointer<lxw_format>? {
        cells[shade]![kind]!
    }
}
