import ModelCore

/// What the importer made of one document of a file, as `--dry-run` and the summary show it.
public struct RecognisedDocument: Sendable {
    /// A task list the importer read.
    public struct List: Sendable {
        public var document: Document
        /// plan, measures, rectification, motions, proposals.
        public var kind: ListKind
        /// How its tasks name who is responsible: `labelled lines`, `brackets`, `verbs`, `table` …
        public var layouts: [String]
        public var taskCount: Int
    }

    /// A part of the document that holds no task list of the district's, and why.
    public struct Skipped: Sendable {
        /// `附件3`, or nil for the document's own text.
        public var part: String?
        public var reason: String
    }

    /// `吴利政办发〔2021〕6号`.
    public var name: String
    public var title: String
    /// The line of its 文号.
    public var line: Int
    public var lists: [List]
    public var skipped: [Skipped]
}

/// The kinds of task list, each with the letter its document code starts with.
public enum ListKind: String, Sendable {
    case plan, measures, rectification, motions, proposals

    /// P2, S7, E11, N8, C8: the letter, then the document's number.
    var letter: String {
        switch self {
        case .plan: "P"
        case .measures: "S"
        case .rectification: "E"
        case .motions: "N"
        case .proposals: "C"
        }
    }

    /// A numbered list's kind from its document's title: 措施 (measures), 整改 (a rectification
    /// plan), else a plan.
    static func ofNumberedList(title: String) -> ListKind {
        if title.contains("整改") { return .rectification }
        if title.contains("措施") { return .measures }
        return .plan
    }
}
