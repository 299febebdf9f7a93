import ModelCore

/// Parses a rectification plan (the 11号 education plan): under the chapter of problems
/// (反馈问题及整改措施), each problem `（一）…。` is followed by `整改措施：`, its measures (numbered
/// `1.` `2.` … or one paragraph), and the labelled fields 牵头单位/责任单位/配合单位/完成时限 that
/// apply to all its measures. Each measure becomes a task, numbered in order through the document.
struct RectificationParser {
    let document: Document
    let year: Int

    func parse(_ lines: ArraySlice<SourceLine>, reader: inout UnitListReader) throws -> (tasks: [Task], complete: Bool) {
        guard let chapterStart = lines.firstIndex(where: { Headings.chapter($0.text) != nil && $0.text.contains("整改措施") }) else {
            return ([], false)
        }
        let chapterNumber = Headings.chapter(lines[chapterStart].text)!
        let chapter = TextCleanup.tidy(lines[chapterStart].text)
        let rest = lines[(chapterStart + 1)...]
        let chapterEnd = rest.firstIndex { Headings.chapter($0.text) == chapterNumber + 1 }
        let body = rest[..<(chapterEnd ?? rest.endIndex)]

        var problems: [ArraySlice<SourceLine>] = []
        var start: Int?
        for index in body.indices where Headings.section(body[index].text) == problems.count + (start == nil ? 1 : 2) {
            if let start { problems.append(body[start..<index]) }
            start = index
        }
        if let start { problems.append(body[start...]) }

        var tasks: [Task] = []
        for problem in problems {
            tasks += try measures(of: problem, chapter: chapter, firstNumber: tasks.count + 1, reader: &reader)
        }
        return (tasks, chapterEnd != nil)
    }

    private func measures(
        of problem: ArraySlice<SourceLine>, chapter: String, firstNumber: Int,
        reader: inout UnitListReader
    ) throws -> [Task] {
        let headingLine = problem.first!.number
        guard let measuresAt = problem.firstIndex(where: { $0.text.contains("整改措施") }) else {
            throw LocatedError(file: reader.file, line: headingLine, message: "problem has no 整改措施 in \(document.name)")
        }
        let description = TextCleanup.tidy(Directory.normaliseBrackets(problem[..<measuresAt].map(\.text).joined()))
        let section = String(description.prefix { $0 != "。" })

        var lines = Array(problem[measuresAt...])
        let label = lines[0].text.range(of: "整改措施")!
        lines[0].text = String(lines[0].text[label.upperBound...].drop { $0 == "：" || $0 == ":" || $0.isWhitespace })
        let fields = LabelledFields(JoinedText(lines))
        guard let units = fields.values[.leadUnits] ?? fields.values[.responsibleUnits] else {
            throw LocatedError(file: reader.file, line: headingLine, message: "\(section) has neither 牵头单位 nor 责任单位")
        }
        let firstLabelLine = fields.values.values.map(\.line).min() ?? units.line

        var groups: [JoinedText] = []
        var numbered = 0
        for line in lines where line.number < firstLabelLine && !line.text.isEmpty {
            if let (number, rest) = Headings.item(line.text), number == numbered + 1 {
                numbered = number
                groups.append(JoinedText([SourceLine(number: line.number, text: rest)]))
            } else if groups.isEmpty {
                groups.append(JoinedText([line]))
            } else {
                groups[groups.count - 1].append(line)
            }
        }
        let deadline = fields.values[.deadline].flatMap { DeadlineReader.latestDate(in: $0.text, year: year) }
        if fields.values[.deadline] == nil {
            reader.warn("\(section) has no 完成时限", line: headingLine)
        }
        func list(_ field: LabelledFields.Field) -> [String] {
            fields.values[field].map { reader.units($0.text, line: $0.line) } ?? []
        }
        let lead = list(.leadUnits), responsible = list(.responsibleUnits), cooperating = list(.cooperatingUnits)
        return groups.enumerated().map { offset, text in
            let number = firstNumber + offset
            return Task(
                id: "\(document.code)-\(number)", document: document.name, number: number,
                chapter: chapter, section: section, text: TextCleanup.tidy(text.text),
                leaders: [], leadUnits: lead, responsibleUnits: responsible, cooperatingUnits: cooperating,
                deadline: deadline ?? document.defaultDeadline)
        }
    }
}
