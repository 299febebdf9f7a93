/// The labelled fields of a task (责任领导：…牵头单位：…), wherever they stand in its text.
struct LabelledFields {
    /// The fields a task can carry, each with the labels documents write for it.
    enum Field: String, CaseIterable {
        case leaders = "责任领导"
        case leadUnits = "牵头单位"
        case responsibleUnits = "责任单位"
        case cooperatingUnits = "配合单位"
        case assistingUnits = "协办单位"
        case deadline = "完成时限"

        /// The labels, longest first so that 责任单位 is not read as 责任 + something.
        var labels: [String] {
            switch self {
            case .leaders: ["责任领导", "分管领导", "牵头领导", "包抓领导"]
            case .leadUnits: ["牵头单位", "牵头部门"]
            case .responsibleUnits: ["责任单位", "责任部门", "承办单位"]
            case .cooperatingUnits: ["配合单位", "配合部门", "参与单位"]
            case .assistingUnits: ["协办单位"]
            case .deadline: ["完成时限", "完成时间", "时间节点", "办结时限"]
            }
        }

        /// The fields that name who is responsible, as opposed to when.
        var isAssignment: Bool { self != .deadline }
    }

    /// The text before the first label.
    var body: String
    /// Each label's value and the line where the label stands.
    var values: [Field: (text: String, line: Int)] = [:]

    /// Splits `joined` at its labels. A label may be broken by spaces (责 任单位) since PDF
    /// extraction breaks lines anywhere; it must be followed by a colon.
    init(_ joined: JoinedText) {
        let text = joined.text
        var marks: [(field: Field, labelStart: String.Index, valueStart: String.Index)] = []
        for field in Field.allCases {
            for label in field.labels {
                var search = text.startIndex
                while let found = LabelledFields.find(label, in: text, from: search) {
                    marks.append((field, found.lowerBound, found.upperBound))
                    search = found.upperBound
                }
            }
        }
        marks.sort { $0.labelStart < $1.labelStart }
        body = String(text[..<(marks.first?.labelStart ?? text.endIndex)])
        for (i, mark) in marks.enumerated() {
            let end = i + 1 < marks.count ? marks[i + 1].labelStart : text.endIndex
            let value = String(text[mark.valueStart..<max(end, mark.valueStart)])
            if values[mark.field] == nil {
                values[mark.field] = (value, joined.line(at: mark.labelStart))
            }
        }
    }

    /// Whether the text names anyone responsible.
    var hasAssignment: Bool { values.keys.contains(where: \.isAssignment) }

    /// Finds `label` with optional whitespace between its characters, then a colon.
    private static func find(_ label: String, in text: String, from start: String.Index) -> Range<String.Index>? {
        let first = label.first!
        var index = start
        while let hit = text[index...].firstIndex(of: first) {
            var cursor = hit
            var matched = true
            for ch in label {
                while cursor < text.endIndex, text[cursor].isWhitespace { cursor = text.index(after: cursor) }
                guard cursor < text.endIndex, text[cursor] == ch else {
                    matched = false
                    break
                }
                cursor = text.index(after: cursor)
            }
            if matched {
                while cursor < text.endIndex, text[cursor].isWhitespace { cursor = text.index(after: cursor) }
                if cursor < text.endIndex, text[cursor] == "：" || text[cursor] == ":" {
                    return hit..<text.index(after: cursor)
                }
            }
            index = text.index(after: hit)
        }
        return nil
    }
}
