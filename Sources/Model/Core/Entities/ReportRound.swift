/// One round of written reports (报送): by `due`, every lead unit of the document's tasks reports
/// on them (the 2号 plan: 6月底 and 11月底).
public struct ReportRound: Hashable, Codable, Sendable {
    /// The code of the document whose tasks are reported on: `P2`.
    public var document: String
    /// The last day a report of this round may be handed in.
    public var due: Day

    public init(document: String, due: Day) {
        self.document = document
        self.due = due
    }
}
