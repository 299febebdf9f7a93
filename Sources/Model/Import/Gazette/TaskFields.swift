/// One task's assignment as its text writes it, in whichever layout: labelled lines after the text,
/// a bracket at its end (labelled or with verbs), or a mix.
struct TaskFields {
    /// How the fields were written, as `--dry-run` reports it.
    enum Layout: String, Sendable {
        case labelledLines = "labelled lines"
        case brackets = "brackets"
        case verbs = "verbs"
    }

    /// The task's own text, without its fields.
    var body: JoinedText
    var values: [LabelledFields.Field: (text: String, line: Int)]
    var layout: Layout?
    /// The line of an assignment bracket the text opens and never closes.
    var unclosedLine: Int?

    init(_ joined: JoinedText) {
        let brackets = AssignmentBrackets(joined)
        let labelled = LabelledFields(brackets.body)
        var values = labelled.values
        for (field, value) in brackets.values where values[field] == nil { values[field] = value }
        self.values = values
        unclosedLine = brackets.unclosedLine
        body =
            labelled.values.isEmpty
            ? brackets.body
            : brackets.body.slice(
                brackets.body.text
                    .startIndex..<brackets.body.text.index(
                        brackets.body.text.startIndex, offsetBy: labelled.body.count))
        if labelled.hasAssignment {
            layout = .labelledLines
        } else if !brackets.values.isEmpty {
            layout = brackets.usedVerbs ? .verbs : .brackets
        }
    }

    var hasAssignment: Bool { values.keys.contains(where: \.isAssignment) }
}
