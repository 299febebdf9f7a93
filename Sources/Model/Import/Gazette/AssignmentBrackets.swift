/// Fields written in brackets after a task's text: labelled
/// (`（责任领导：张军；牵头单位：区发改局；完成时限：6月底前）`, `(牵头单位:区财政局,责任单位:…)`) or with
/// verbs (`（区发改局牵头，区财政局、各乡镇配合）`, `（区教育局负责）`, `（区直有关部门按职责分工负责）`).
/// A bracket that names no one (`（四期）`, `（以下简称…）`) stays in the text.
struct AssignmentBrackets {
    /// The text with its assignment brackets taken out.
    var body: JoinedText
    /// The fields the brackets gave, with the line each stands on.
    var values: [LabelledFields.Field: (text: String, line: Int)] = [:]
    /// Whether a bracket used verbs rather than labels.
    var usedVerbs = false
    /// The line of an assignment bracket opened and never closed: the text was cut inside it.
    var unclosedLine: Int?

    init(_ joined: JoinedText) {
        let text = joined.text
        var kept: [Range<String.Index>] = []
        var keptFrom = text.startIndex
        for (pair, closed) in Self.topLevelPairs(in: text) {
            let inside = joined.slice(text.index(after: pair.lowerBound)..<(closed ? text.index(before: pair.upperBound) : pair.upperBound))
            guard let fields = Self.fields(in: inside) else { continue }
            if !closed { unclosedLine = joined.line(at: pair.lowerBound) }
            for (field, value) in fields.values where values[field] == nil { values[field] = value }
            usedVerbs = usedVerbs || fields.verbs
            kept.append(keptFrom..<pair.lowerBound)
            keptFrom = pair.upperBound
        }
        kept.append(keptFrom..<text.endIndex)
        var body = JoinedText()
        for range in kept where !range.isEmpty {
            for line in joined.slice(range).lines { body.append(line) }
        }
        self.body = values.isEmpty ? joined : body
    }

    private static func opens(_ ch: Character) -> Bool { ch == "（" || ch == "(" }
    private static func closes(_ ch: Character) -> Bool { ch == "）" || ch == ")" }

    /// Each outermost bracket pair, from its opening to just past its closing; a bracket left
    /// open runs to the end of the text.
    private static func topLevelPairs(in text: String) -> [(range: Range<String.Index>, closed: Bool)] {
        var pairs: [(range: Range<String.Index>, closed: Bool)] = []
        var depth = 0
        var open = text.startIndex
        for index in text.indices {
            if opens(text[index]) {
                if depth == 0 { open = index }
                depth += 1
            } else if closes(text[index]), depth > 0 {
                depth -= 1
                if depth == 0 { pairs.append((open..<text.index(after: index), true)) }
            }
        }
        if depth > 0 { pairs.append((open..<text.endIndex, false)) }
        return pairs
    }

    /// The fields inside one bracket, or nil when it assigns no one.
    private static func fields(in inside: JoinedText) -> (values: [LabelledFields.Field: (text: String, line: Int)], verbs: Bool)? {
        let labelled = LabelledFields(inside)
        if labelled.hasAssignment || labelled.values[.deadline] != nil,
            labelled.body.allSatisfy({ $0.isWhitespace || UnitListReader.separators.contains($0) })
        {
            return (labelled.values.mapValues { (trimmed($0.text), $0.line) }, false)
        }
        return VerbAssignment(inside).map { ($0.values, true) }
    }

    /// A value less the separators between fields: `区发改局；` → `区发改局`.
    static func trimmed(_ value: String) -> String {
        String(value.reversed().drop { $0.isWhitespace || UnitListReader.separators.contains($0) || $0 == "。" }.reversed())
    }
}

/// Units with verbs: `区发改局牵头，区财政局、各乡镇配合`, `区教育局负责`, `各乡镇落实`. Every clause
/// must end in one of the verbs, or the bracket is ordinary text.
struct VerbAssignment {
    var values: [LabelledFields.Field: (text: String, line: Int)] = [:]

    private static let verbs: [(verb: String, field: LabelledFields.Field)] = [
        ("牵头", .leadUnits), ("负责", .responsibleUnits), ("落实", .responsibleUnits), ("承办", .responsibleUnits),
        ("主办", .leadUnits), ("配合", .cooperatingUnits), ("协办", .cooperatingUnits), ("参与", .cooperatingUnits),
        ("协助", .cooperatingUnits)
    ]
    /// Words between the units and the verb that are not units: 按职责分工负责.
    private static let qualifiers = ["按职责分工", "按照职责分工", "按各自职责", "按职责", "根据职责", "分别", "共同", "具体", "抓好", "组织"]

    init?(_ inside: JoinedText) {
        let text = inside.text
        var clauseStart = text.startIndex
        var clauses: [Range<String.Index>] = []
        for index in text.indices where "，,；;".contains(text[index]) {
            clauses.append(clauseStart..<index)
            clauseStart = text.index(after: index)
        }
        clauses.append(clauseStart..<text.endIndex)
        for clause in clauses {
            let written = text[clause].filter { !$0.isWhitespace && $0 != "。" }
            if written.isEmpty { continue }
            // A labelled field among the verbs: （区市场监管分局牵头，区发改局配合，完成时限：9月底前）.
            let labelled = LabelledFields(inside.slice(clause))
            if !labelled.values.isEmpty, labelled.body.allSatisfy(\.isWhitespace) {
                for (field, value) in labelled.values where values[field] == nil { values[field] = value }
                continue
            }
            guard var (verb, field) = Self.verbs.first(where: { written.hasSuffix($0.verb) }) else { return nil }
            var units = String(written.dropLast(verb.count))
            for qualifier in Self.qualifiers where units.hasSuffix(qualifier) { units.removeLast(qualifier.count) }
            // 区农业农村局牵头负责: the unit leads.
            if units.hasSuffix("牵头") {
                units.removeLast(2)
                (verb, field) = ("牵头", .leadUnits)
            }
            guard !units.isEmpty, units.count <= 80,
                units.allSatisfy({ TextCleanup.isHan($0) || UnitListReader.separators.contains($0) || "（）()".contains($0) })
            else { return nil }
            let line = inside.line(at: clause.lowerBound)
            if let earlier = values[field] {
                values[field] = (earlier.text + "、" + units, earlier.line)
            } else {
                values[field] = (units, line)
            }
        }
        if !values.keys.contains(where: \.isAssignment) { return nil }
    }
}
