/// Parses a plan whose tasks are numbered items (1. 2. …) under chapter headings (一、) and
/// section headings (（一）), each item carrying labelled fields: 责任领导, 牵头单位, 责任单位,
/// 配合单位, 完成时限, on lines of their own or inline. The 2号 plan and the 7号 measures.
///
/// Numbers must run in sequence (a wrapped line that begins `3.5亿元` or `二、三产业` is text,
/// not a heading); the list ends at a line `附件N` or at the end of the document.
struct NumberedPlanParser {
    let document: Document
    let year: Int
    /// Fields every task must have; a missing one is an error naming the task's line.
    let requiredFields: [LabelledFields.Field]

    private struct Item {
        var number: Int
        var text: JoinedText
        var chapter: String?
        var section: String?
    }

    func parse(_ lines: ArraySlice<SourceLine>, reader: inout UnitListReader) throws -> (tasks: [Task], complete: Bool) {
        var items: [Item] = []
        var chapter: (number: Int, heading: JoinedText)?
        var section: String?
        var collectingChapterHeading = false
        var current: Item?
        var complete = false

        func finish() {
            if let item = current { items.append(item) }
            current = nil
        }

        for line in lines {
            let text = line.text
            if !items.isEmpty || current != nil, Self.isAttachmentMarker(text) {
                complete = true
                break
            }
            if let number = Headings.chapter(text), number == (chapter?.number ?? 0) + 1 || (chapter == nil && number == 2 && current != nil) {
                finish()
                chapter = (number, JoinedText([line]))
                section = nil
                collectingChapterHeading = true
                continue
            }
            if let number = Headings.section(text), current != nil || collectingChapterHeading || section != nil,
               number == (Headings.sectionNumber(section) ?? 0) + 1 {
                finish()
                section = TextCleanup.tidy(text)
                collectingChapterHeading = false
                continue
            }
            if let (number, rest) = Headings.item(text), number == (current?.number ?? items.last?.number ?? 0) + 1 {
                finish()
                current = Item(number: number, text: JoinedText([SourceLine(number: line.number, text: rest)]),
                               chapter: chapter.map { TextCleanup.tidy($0.heading.text) }, section: section)
                collectingChapterHeading = false
                continue
            }
            if current != nil {
                current!.text.append(line)
            } else if collectingChapterHeading {
                chapter!.heading.append(line)
            }
        }
        finish()
        return (try items.map { try task(from: $0, reader: &reader) }, complete)
    }

    static func isAttachmentMarker(_ text: String) -> Bool {
        let compact = text.filter { !$0.isWhitespace }
        return compact.hasPrefix("附件") && compact.count <= 4 && compact.dropFirst(2).allSatisfy(\.isASCIIDigit)
    }

    private func task(from item: Item, reader: inout UnitListReader) throws -> Task {
        let fields = LabelledFields(item.text)
        let firstLine = item.text.firstLine
        for field in requiredFields where fields.values[field] == nil {
            throw ImportError(file: reader.file, line: firstLine,
                              message: "task \(item.number) of \(document.name) has no \(field.rawValue) line")
        }
        let text = TextCleanup.tidy(fields.body)
        guard !text.isEmpty else {
            throw ImportError(file: reader.file, line: firstLine, message: "task \(item.number) of \(document.name) has no text")
        }
        func units(_ field: LabelledFields.Field) -> [String] {
            fields.values[field].map { reader.units($0.text, line: $0.line) } ?? []
        }
        let leaders = fields.values[.leaders].map { reader.leaders($0.text, line: $0.line) } ?? []
        let stated = fields.values[.deadline].flatMap { DeadlineReader.latestDate(in: $0.text, year: year) }
        if let value = fields.values[.deadline], stated == nil {
            reader.warn("完成时限 “\(SafeText.excerpt(value.text))” is not a date; using the document's deadline", line: value.line)
        }
        var chapter = item.chapter
        if chapter == nil {
            chapter = "一、"
            if item.number == 1 {
                reader.warn("tasks stand before any chapter heading; the gazette prints no 一、 heading, filed under 一、", line: firstLine)
            }
        }
        return Task(
            id: "\(document.code)-\(item.number)", document: document.name, number: item.number,
            chapter: chapter!, section: item.section, text: text,
            leaders: leaders, leadUnits: units(.leadUnits), responsibleUnits: units(.responsibleUnits),
            cooperatingUnits: UnitListReader.unique(units(.cooperatingUnits) + units(.assistingUnits)),
            deadline: stated ?? DeadlineReader.latestDate(in: text, year: year) ?? document.defaultDeadline)
    }
}

extension Headings {
    /// The number of a section heading already read, e.g. `（三）内引外联抓招商` → 3.
    static func sectionNumber(_ heading: String?) -> Int? {
        heading.flatMap(section)
    }
}
