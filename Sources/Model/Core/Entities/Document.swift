/// A government document whose tasks are supervised, e.g. 吴利政办发〔2020〕2号.
public struct Document: Hashable, Codable, Sendable {
    /// The short ASCII code that prefixes its task ids: `P2` for the 2号 plan.
    public var code: String
    /// The document number as printed, with an attachment when the tasks come from one:
    /// `吴利政办发〔2020〕2号`, `吴利政办发〔2020〕8号 附件5`.
    public var name: String
    /// The title of the plan or list.
    public var title: String
    /// The deadline a task gets when neither its own fields nor its text state one.
    public var defaultDeadline: Day?

    public init(code: String, name: String, title: String, defaultDeadline: Day?) {
        self.code = code
        self.name = name
        self.title = title
        self.defaultDeadline = defaultDeadline
    }
}
