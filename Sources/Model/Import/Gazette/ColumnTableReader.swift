/// Reads a task table laid out in columns (pdftotext -layout): finds its header, cuts every line into the header's columns by position, and groups lines into rows.
///
/// Each page's columns are measured on that page (pdftotext places them anew on every page). The
/// table ends at the first line that is clearly not table text: an attachment marker (`附件2`), a
/// document number (`吴利政办发〔2021〕7号`), a signature date (`2021年3月15日`) centred under a
/// one-text line (the office that signs, dropped too), or a header row naming other columns (the
/// next table). Page numbers (`— 17 —`, `- 17 -`, `第17页`) and running headers (GazetteText) are
/// skipped, and so are the lines between a page break (a page number, or a form feed) and a
/// repeated header: a running header of another form.
package struct ColumnTableReader {
    /// One page of the table: its header and the lines under it.
    private struct Page {
        var header: ColumnTableHeader
        var lines: [LayoutLine] = []
    }

    /// `lines`: the lines as in the file, untrimmed (leading spaces kept), blank lines and page furniture may still be there (skip blank lines; a repeated header row is skipped). Returns nil when no header row with at least a task column and one unit column (leadUnits or responsibleUnits) is found.
    static func read(_ lines: [SourceLine]) -> [TaskTableRow]? {
        let lines = lines.map(LayoutLine.init)
        guard let header = lines.indices.lazy.compactMap({ ColumnTableHeader.find(in: lines, at: $0) }).first else { return nil }
        var body: [ColumnTableLine] = []
        for page in pages(of: lines, from: header) {
            let layout = ColumnLayout(header: page.header, body: page.lines)
            body += page.lines.enumerated().map { ColumnTableLine($1, layout: layout, startsPage: $0 == 0) }
        }
        let headings = VerticalHeading.extract(from: &body)
        var rows = ColumnTableRows.group(body, serial: header.columns.contains(.serial))
        VerticalHeading.assign(headings, to: &rows)
        return rows
    }

    /// The pages of the table under `header`, up to the table's end.
    private static func pages(of lines: [LayoutLine], from header: ColumnTableHeader) -> [Page] {
        var pages: [Page] = []
        var page = Page(header: header)
        var held: [LayoutLine]?
        var lastText: LayoutLine?
        var index = header.end
        while index < lines.count {
            if let repeated = ColumnTableHeader.find(in: lines, at: index) {
                guard repeated.columns == page.header.columns else { return pages + [page] }
                pages.append(page)
                page = Page(header: repeated)
                (held, lastText) = (nil, nil)
                index = repeated.end
                continue
            }
            let line = lines[index]
            index += 1
            if DocumentParts.attachmentNumber(line.trimmed) != nil || DocumentNumber(line: line.trimmed) != nil {
                return pages + [page]
            }
            if let lastText, isSignatureDate(line, under: lastText) {
                if held == nil, let office = page.lines.lastIndex(where: { !$0.isBlank }) { page.lines.removeSubrange(office...) }
                return pages + [page]
            }
            if GazetteText.isPageNumber(line.trimmed) || GazetteText.isRunningHeader(line.trimmed) {
                held = held ?? []
                continue
            }
            if line.startsPage { held = held ?? [] }
            if !line.isBlank { lastText = line }
            guard var waiting = held else {
                page.lines.append(line)
                continue
            }
            waiting.append(line)
            held = waiting
            if waiting.filter({ !$0.isBlank }).count > 2 {
                page.lines += waiting
                held = nil
            }
        }
        page.lines += held ?? []
        return pages + [page]
    }

    /// A date alone on its line (SignatureBlock.isDate), centred under a line of one text.
    private static func isSignatureDate(_ line: LayoutLine, under previous: LayoutLine) -> Bool {
        guard previous.tokens.count == 1, let first = line.tokens.first, let last = line.tokens.last,
            SignatureBlock.isDate(line.trimmed)
        else { return false }
        let office = previous.tokens[0]
        return abs((first.start + last.end) - (office.start + office.end)) <= 8
    }
}
