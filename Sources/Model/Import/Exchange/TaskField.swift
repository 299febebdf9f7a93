import ModelCore

/// The fields of a task as named in exchange files: JSON keys and CSV columns, in file order.
enum TaskField: String, CaseIterable, Sendable {
    case id, document, number
    case caseNumber = "case_number"
    case category, chapter, section, text, proposers, leaders
    case leadUnits = "lead_units"
    case responsibleUnits = "responsible_units"
    case cooperatingUnits = "cooperating_units"
    case status, deadline, progress
    case updatedAt = "updated_at"

    /// The shape of a field's value.
    enum Kind {
        /// A string that is always present.
        case text
        /// A string or null.
        case optionalText
        case integer
        /// A list of strings.
        case list

        /// What a value of this kind must be, as error messages say it.
        var expectation: String {
            switch self {
            case .text: "a string"
            case .optionalText: "a string or null"
            case .integer: "an integer"
            case .list: "a list of strings"
            }
        }
    }

    var kind: Kind {
        switch self {
        case .id, .document, .chapter, .text, .status: .text
        case .caseNumber, .category, .section, .deadline, .updatedAt: .optionalText
        case .number, .progress: .integer
        case .proposers, .leaders, .leadUnits, .responsibleUnits, .cooperatingUnits: .list
        }
    }

    /// Whether a file must name this field: a JSON object must have the key, a CSV header the column.
    var isRequired: Bool {
        switch self {
        case .id, .document, .number, .chapter, .text, .leaders, .leadUnits, .responsibleUnits, .status: true
        default: false
        }
    }

    /// The field's value in a task, as it is written to a file.
    func value(of task: Task) -> FieldValue {
        switch self {
        case .id: .string(task.id)
        case .document: .string(task.document)
        case .number: .number(String(task.number))
        case .caseNumber: FieldValue(task.caseNumber)
        case .category: FieldValue(task.category)
        case .chapter: .string(task.chapter)
        case .section: FieldValue(task.section)
        case .text: .string(task.text)
        case .proposers: .list(task.proposers)
        case .leaders: .list(task.leaders)
        case .leadUnits: .list(task.leadUnits)
        case .responsibleUnits: .list(task.responsibleUnits)
        case .cooperatingUnits: .list(task.cooperatingUnits)
        case .status: .string(task.status.rawValue)
        case .deadline: FieldValue(task.deadline?.description)
        case .progress: .number(String(task.progress))
        case .updatedAt: FieldValue(task.updatedAt.map(ISOTimestamp.text))
        }
    }
}
