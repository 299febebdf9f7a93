import CXlsxWriter
import Foundation
import ModelCore
import ModelRead

/// The 台账 workbook of a report, written with libxlsxwriter: a 台账 sheet (a row per task with
/// its latest progress, frozen header with filters, wrapped text, overdue and behind rows
/// coloured) and a 汇总 sheet (figures by lead unit and by leader, with a bar chart of completion
/// by unit). Rows stream to disk as they are written (libxlsxwriter's constant-memory mode), so a
/// plan of 100 000 tasks needs no more memory than its report.
public enum LedgerWorkbook {
    /// Writes the workbook at `path`, replacing any file there. Throws `ReportError`.
    public static func write(_ report: Report, to path: String, calendar: Calendar = .current) throws {
        var options = lxw_workbook_options(constant_memory: 1, tmpdir: nil, use_zip64: 1)
        guard let workbook = workbook_new_opt(path, &options) else {
            throw ReportError.failed(path: path, reason: "libxlsxwriter could not start the workbook")
        }
        let formats = LedgerFormats(workbook)
        let title = Bulletin.title(report)
        "duban".withCString { author in
            title.withCString { title in
                var properties = lxw_doc_properties()
                properties.title = UnsafeMutablePointer(mutating: title)
                properties.author = UnsafeMutablePointer(mutating: author)
                workbook_set_properties(workbook, &properties)
            }
        }
        let ledger = workbook_add_worksheet(workbook, "台账"), summary = workbook_add_worksheet(workbook, "汇总")
        setUpPages(ledger, paper: 8)
        setUpPages(summary, paper: 9)
        worksheet_repeat_rows(ledger, 0, 0)
        writeLedger(report, ledger, formats, calendar: calendar)
        writeSummary(report, workbook, summary, formats)
        let result = workbook_close(workbook)
        guard result == LXW_NO_ERROR else {
            throw ReportError.failed(path: path, reason: String(cString: lxw_strerror(result)))
        }
    }

    /// Printed in landscape on `paper` (Excel's number: 8 is A3, as offices print a ledger; 9 is
    /// A4), as wide as one page, the sheet's name and the page in the footer.
    private static func setUpPages(_ sheet: UnsafeMutablePointer<lxw_worksheet>?, paper: UInt8) {
        worksheet_set_paper(sheet, paper)
        worksheet_set_landscape(sheet)
        worksheet_fit_to_pages(sheet, 1, 0)
        worksheet_set_margins(sheet, 0.4, 0.4, 0.6, 0.6)
        worksheet_set_footer(sheet, "&C&A 第 &P 页，共 &N 页")
    }

    private static func writeLedger(_ report: Report, _ sheet: UnsafeMutablePointer<lxw_worksheet>?, _ formats: LedgerFormats, calendar: Calendar) {
        let columns = LedgerColumn.allCases
        // Two passes over the rows, each making its cells anew: the widths first, then the cells.
        // Kept, the cells of 100 000 rows would double the memory the report takes.
        var widest = columns.map { DisplayWidth.of($0.header) }
        for (offset, row) in report.rows.enumerated() {
            for column in columns {
                widest[column.rawValue] = max(widest[column.rawValue], Self.width(of: column.value(row, serial: offset + 1, calendar: calendar)))
            }
        }
        let widths = columns.map { min($0.widest, widest[$0.rawValue]) + 2 }
        for (column, width) in widths.enumerated() {
            worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), Double(width), nil)
        }
        worksheet_set_row(sheet, 0, 20, nil)
        for column in columns {
            worksheet_write_string(sheet, 0, lxw_col_t(column.rawValue), column.header, formats.header)
        }
        worksheet_freeze_panes(sheet, 1, 0)
        guard !report.rows.isEmpty else {
            let message = "范围内没有任务" + (report.scope.description.isEmpty ? "" : "（\(report.scope.description)）")
            worksheet_write_string(sheet, 1, 0, message, formats.cell(.plain, .text))
            return
        }
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(report.rows.count), lxw_col_t(columns.count - 1))
        for (offset, row) in report.rows.enumerated() {
            let line = lxw_row_t(offset + 1)
            let shade: LedgerFormats.Shade = row.standing == .overdue ? .overdue : row.standing == .behind ? .behind : .plain
            let values = columns.map { $0.value(row, serial: offset + 1, calendar: calendar) }
            var lines = 1
            for (value, width) in zip(values, widths) {
                if case .text(let text) = value { lines = max(lines, CellMeasure.wrappedLines(text, width: width - 2)) }
            }
            // Set before the row's cells: in constant-memory mode a row is flushed once the next begins.
            worksheet_set_row(sheet, line, min(409, 15 * Double(lines)), nil)
            for (column, value) in values.enumerated() {
                write(value, sheet, line, lxw_col_t(column), shade, formats)
            }
        }
    }

    private static func write(
        _ value: LedgerColumn.Value, _ sheet: UnsafeMutablePointer<lxw_worksheet>?, _ row: lxw_row_t, _ column: lxw_col_t,
        _ shade: LedgerFormats.Shade, _ formats: LedgerFormats
    ) {
        switch value {
        case .text(let text): worksheet_write_string(sheet, row, column, text, formats.cell(shade, .text))
        case .number(let number): worksheet_write_number(sheet, row, column, Double(number), formats.cell(shade, .number))
        case .percent(let percent): worksheet_write_number(sheet, row, column, Double(percent) / 100, formats.cell(shade, .percent))
        case .day(let day):
            var date = lxw_datetime(year: Int32(day.year), month: Int32(day.month), day: Int32(day.day), hour: 0, min: 0, sec: 0)
            worksheet_write_datetime(sheet, row, column, &date, formats.cell(shade, .day))
        case .empty: worksheet_write_blank(sheet, row, column, formats.cell(shade, .text))
        }
    }

    /// The 汇总 sheet: the day and scope, then the tables by lead unit and by leader with a total
    /// row each, and the chart of the units' tasks by standing beside them.
    private static func writeSummary(
        _ report: Report, _ workbook: UnsafeMutablePointer<lxw_workbook>?, _ sheet: UnsafeMutablePointer<lxw_worksheet>?,
        _ formats: LedgerFormats
    ) {
        let headers = Bulletin.figureHeaders
        worksheet_set_column(sheet, 0, 0, 34, nil)
        worksheet_set_column(sheet, 1, lxw_col_t(headers.count), 11, nil)
        worksheet_write_string(sheet, 0, 0, Bulletin.subtitle(report), formats.title)
        if !report.scope.description.isEmpty {
            worksheet_write_string(sheet, 1, 0, "范围：\(report.scope.description)", formats.cell(.plain, .text))
        }
        var row: lxw_row_t = 3
        func table(_ caption: String, _ nameHeader: String, _ groups: [Figures.Group], noName: String) -> ClosedRange<lxw_row_t>? {
            worksheet_write_string(sheet, row, 0, caption, formats.title)
            row += 1
            for (column, header) in ([nameHeader] + headers).enumerated() {
                worksheet_write_string(sheet, row, lxw_col_t(column), header, formats.header)
            }
            row += 1
            let first = row
            for group in groups + [Figures.Group(name: "合计", tally: report.total)] {
                let isTotal = row - first == groups.count
                worksheet_write_string(sheet, row, 0, group.name ?? noName, isTotal ? formats.header : formats.cell(.plain, .text))
                let tally = group.tally
                let counts = [tally.tasks, tally.done, tally.onSchedule, tally.behind, tally.overdue, tally.unreported]
                for (column, count) in counts.enumerated() {
                    worksheet_write_number(sheet, row, lxw_col_t(column + 1), Double(count), formats.cell(.plain, .number))
                }
                worksheet_write_number(sheet, row, lxw_col_t(counts.count + 1), tally.completionRate, formats.cell(.plain, .rate))
                row += 1
            }
            row += 1
            return groups.isEmpty ? nil : first...(first + lxw_row_t(groups.count) - 1)
        }
        let units = table("按牵头单位", "牵头单位", report.byLeadUnit, noName: Report.noLeadUnit)
        _ = table("按责任领导", "责任领导", report.byLeader, noName: "")
        if let units { insertChart(workbook, sheet, categories: units, count: report.byLeadUnit.count) }
    }

    /// A stacked bar per lead unit: its tasks done, on schedule, behind and overdue.
    private static func insertChart(
        _ workbook: UnsafeMutablePointer<lxw_workbook>?, _ sheet: UnsafeMutablePointer<lxw_worksheet>?,
        categories: ClosedRange<lxw_row_t>, count: Int
    ) {
        let chart = workbook_add_chart(workbook, UInt8(LXW_CHART_BAR_STACKED.rawValue))
        let series: [(column: lxw_col_t, name: String, color: lxw_color_t)] = [
            (2, "已完成", 0x70AD47), (3, "按序时推进", 0x5B9BD5), (4, "滞后", 0xFFC000), (5, "逾期", 0xC00000)
        ]
        for entry in series {
            let added = chart_add_series(chart, nil, nil)
            chart_series_set_categories(added, "汇总", categories.lowerBound, 0, categories.upperBound, 0)
            chart_series_set_values(added, "汇总", categories.lowerBound, entry.column, categories.upperBound, entry.column)
            chart_series_set_name(added, entry.name)
            var fill = lxw_chart_fill(color: entry.color, none: 0, transparency: 0)
            chart_series_set_fill(added, &fill)
        }
        chart_title_set_name(chart, "各牵头单位任务完成情况")
        chart_axis_set_reverse(chart?.pointee.y_axis)
        chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_TOP.rawValue))
        var placement = lxw_chart_options()
        placement.x_scale = 1.6
        placement.y_scale = max(1.2, Double(count) / 12)
        worksheet_insert_chart_opt(sheet, 3, 10, chart, &placement)
    }

    /// The display width of a cell's longest line.
    private static func width(of value: LedgerColumn.Value) -> Int {
        switch value {
        case .text(let text): CellMeasure.widestLine(text)
        case .number(let number): String(number).count
        case .day: 10
        case .percent: 4
        case .empty: 0
        }
    }
}
