import Foundation

/// One numbered item of a document that the supervision office follows until it is done.
public struct Task: Hashable, Sendable {
    /// A short ASCII id shown everywhere and accepted by `update`: document code and number, `P2-8`.
    public var id: String
    /// The document's name, e.g. `吴利政办发〔2020〕2号`.
    public var document: String
    /// The item's number within its document (序号).
    public var number: Int
    /// The case number of a motion or proposal (案号), e.g. `议案第1号` or `31`.
    public var caseNumber: String?
    /// The answer category of a CPPCC proposal: A, B or C.
    public var category: String?
    public var chapter: String
    public var section: String?
    /// The full text of the task (for motions and proposals: the 案由).
    public var text: String
    /// Who proposed a motion or proposal.
    public var proposers: [String]
    /// 责任领导: names, or a leader group such as 政府班子成员.
    public var leaders: [String]
    /// 牵头单位 (for motions and proposals: the 主办 handling unit), canonical names.
    public var leadUnits: [String]
    /// 责任单位, canonical names; groups such as 各乡镇 stay as the group's name.
    public var responsibleUnits: [String]
    /// 配合单位 / 协办单位, canonical names.
    public var cooperatingUnits: [String]
    public var status: Status
    public var deadline: Day?
    /// 0–100.
    public var progress: Int
    /// When progress was last recorded; nil for a task nobody has updated yet.
    public var updatedAt: Date?
    /// Incremented by every write; a write made against an older version is refused.
    public var version: Int

    public init(
        id: String, document: String, number: Int, caseNumber: String? = nil, category: String? = nil,
        chapter: String, section: String?, text: String, proposers: [String] = [],
        leaders: [String], leadUnits: [String], responsibleUnits: [String],
        cooperatingUnits: [String] = [], status: Status = .notStarted, deadline: Day?,
        progress: Int = 0, updatedAt: Date? = nil, version: Int = 0
    ) {
        self.id = id
        self.document = document
        self.number = number
        self.caseNumber = caseNumber
        self.category = category
        self.chapter = chapter
        self.section = section
        self.text = text
        self.proposers = proposers
        self.leaders = leaders
        self.leadUnits = leadUnits
        self.responsibleUnits = responsibleUnits
        self.cooperatingUnits = cooperatingUnits
        self.status = status
        self.deadline = deadline
        self.progress = progress
        self.updatedAt = updatedAt
        self.version = version
    }

    /// 逾期: past the deadline and not done. Derived, never stored.
    public func isOverdue(today: Day) -> Bool {
        guard status != .done, let deadline else { return false }
        return deadline < today
    }
}
