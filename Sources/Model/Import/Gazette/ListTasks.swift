import ModelCore

/// Turns the items of a numbered list into tasks, and refuses a list the file cuts off: a last task
/// left without its fields, without a field every other task has, or inside an open bracket.
struct ListTasks {
    let document: Document
    let year: Int
    /// Whether the list runs to the end of the file, so that a missing field means a cut.
    let endsFile: Bool

    func tasks(from items: [NumberedListReader.Item], reader: inout UnitListReader) throws -> (tasks: [Task], layouts: [TaskFields.Layout]) {
        let fields = items.map { item in
            item.fields.hasAssignment ? item.fields : (item.inherited.map { merged($0, into: item.fields) } ?? item.fields)
        }
        var layouts: [TaskFields.Layout] = []
        for layout in fields.compactMap(\.layout) where !layouts.contains(layout) { layouts.append(layout) }
        // A field all tasks but one have: the one without it lost it (a cut, a slip of the pen).
        let everyOther = Set(
            LabelledFields.Field.allCases.filter { field in
                fields.count >= 3 && fields.filter { $0.values[field] == nil }.count == 1
            })
        // Tasks before a list's first heading 二、 belong to a 一、 the document does not print.
        let unprintedFirst = items.first { $0.chapter != nil }.flatMap { $0.chapter.flatMap(Headings.chapter) } == 2
        if unprintedFirst, let first = items.first, first.chapter == nil {
            reader.warn("tasks stand before any chapter heading; the document prints no 一、 heading, filed under 一、", line: first.text.firstLine)
        }
        var tasks: [Task] = []
        for (index, item) in items.enumerated() {
            let isLast = index == items.count - 1
            let own = fields[index]
            let line = item.text.firstLine
            let label = "task \(item.ordinal) of \(document.name)"
            if isLast, endsFile, let open = own.unclosedLine {
                throw LocatedError(
                    file: reader.file, line: open, message: "\(label): its bracket of fields is not closed where the file ends (cut off?)")
            }
            if !own.hasAssignment {
                guard !(isLast && endsFile) else {
                    throw LocatedError(
                        file: reader.file, line: line,
                        message: "\(label) has none of its fields (牵头单位, 责任单位 …) where the file ends (cut off?)")
                }
                reader.warn("\(label) names no one responsible", line: line)
            }
            let missing = everyOther.filter { own.values[$0] == nil }.sorted { $0.rawValue < $1.rawValue }
            if let field = missing.first, own.hasAssignment {
                // A cut takes the tail: a missing unit field that the others write after the fields
                // this task has. A missing 完成时限 is as often left out on purpose.
                if isLast, endsFile, field.isAssignment, Self.comesAfter(field, in: own, others: fields.dropLast()) {
                    throw LocatedError(
                        file: reader.file, line: line,
                        message: "\(label) has no \(field.rawValue), which every other task has, where the file ends (cut off?)")
                }
                reader.warn("\(label) has no \(field.rawValue), which every other task has", line: line)
            }
            var filed = item
            if unprintedFirst, filed.chapter == nil { filed.chapter = "一、" }
            tasks.append(try task(filed, fields: own, reader: &reader))
        }
        return (tasks, layouts)
    }

    /// Whether most other tasks write `field` after every field `own` has.
    private static func comesAfter(_ field: LabelledFields.Field, in own: TaskFields, others: ArraySlice<TaskFields>) -> Bool {
        let present = Set(own.values.keys)
        let after = others.filter { other in
            guard let at = other.values[field]?.line else { return false }
            return present.allSatisfy { other.values[$0].map { $0.line <= at } ?? true }
        }
        return after.count * 2 > others.count
    }

    /// A heading's fields under the item's own (the item's deadline, say, and the section's units).
    private func merged(_ heading: TaskFields, into own: TaskFields) -> TaskFields {
        var result = own
        for (field, value) in heading.values where result.values[field] == nil { result.values[field] = value }
        result.layout = own.layout ?? heading.layout
        return result
    }

    private func task(_ item: NumberedListReader.Item, fields: TaskFields, reader: inout UnitListReader) throws -> Task {
        let text = TextCleanup.tidy(fields.body.text)
        guard !text.isEmpty else {
            throw LocatedError(file: reader.file, line: item.text.firstLine, message: "task \(item.ordinal) of \(document.name) has no text")
        }
        func units(_ field: LabelledFields.Field) -> [String] {
            fields.values[field].map { reader.units($0.text, line: $0.line) } ?? []
        }
        let leaders = fields.values[.leaders].map { reader.leaders($0.text, line: $0.line) } ?? []
        let stated = fields.values[.deadline].flatMap { DeadlineReader.deadline(inField: $0.text, year: year) }
        if let value = fields.values[.deadline], stated == nil, !DeadlineReader.isOpenEnded(value.text) {
            reader.warn("完成时限 “\(SafeText.excerpt(value.text))” is not a date; using the document's deadline", line: value.line)
        }
        return Task(
            id: "\(document.code)-\(item.ordinal)", document: document.name, number: item.ordinal,
            chapter: item.chapter ?? "", section: item.section, text: text,
            leaders: leaders, leadUnits: units(.leadUnits), responsibleUnits: units(.responsibleUnits),
            cooperatingUnits: UnitListReader.unique(units(.cooperatingUnits) + units(.assistingUnits)),
            deadline: stated ?? (fields.values[.deadline] == nil ? DeadlineReader.latestDate(in: text, year: year) : nil) ?? document.defaultDeadline)
    }
}
