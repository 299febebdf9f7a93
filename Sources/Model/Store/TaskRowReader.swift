import GRDB

/// Turns rows of the task table into tasks, sharing what repeats: a list column's text met
/// before gives the list it gave then, and names, documents and chapters are kept once. At
/// 100 000 tasks this is most of the load's time and memory.
struct TaskRowReader {
    private var lists: [String: [String]] = [:]
    private var strings: [String: String] = [:]

    /// The columns `task(from:)` reads, in the order it reads them.
    static let columns = """
        id, document, number, case_number, category, chapter, section, text, proposers, leaders, lead_units, \
        responsible_units, cooperating_units, status, deadline, progress, updated_at, version
        """

    mutating func task(from row: Row) throws -> Task {
        let id: String = try row.decode(atIndex: 0)
        func fail(_ column: String, _ value: String) -> UnreadableValue {
            UnreadableValue(description: "task \(id): \(column) '\(value)' cannot be read")
        }
        func list(_ index: Int, _ column: String) throws -> [String] {
            let text: String = try row.decode(atIndex: index)
            if let list = lists[text] { return list }
            guard let list = StringListColumn.decode(text) else { throw fail(column, text) }
            var names: [String] = []
            names.reserveCapacity(list.count)
            for name in list { names.append(shared(name)) }
            lists[text] = names
            return names
        }
        let statusText: String = try row.decode(atIndex: 13)
        guard let status = Status(rawValue: statusText) else { throw fail("status", statusText) }
        let deadlineText: String? = try row.decode(atIndex: 14)
        let deadline = try deadlineText.map { text in
            guard let day = Day(text) else { throw fail("deadline", text) }
            return day
        }
        let updatedText: String? = try row.decode(atIndex: 16)
        let updatedAt = try updatedText.map { text in
            guard let date = ISOTimestamp.date(text) else { throw fail("updated_at", text) }
            return date
        }
        let sectionText: String? = try row.decode(atIndex: 6)
        let section = sectionText.map { shared($0) }
        return Task(id: id, document: shared(try row.decode(atIndex: 1)), number: try row.decode(atIndex: 2),
                    caseNumber: try row.decode(atIndex: 3), category: try row.decode(atIndex: 4),
                    chapter: shared(try row.decode(atIndex: 5)), section: section,
                    text: try row.decode(atIndex: 7), proposers: try list(8, "proposers"),
                    leaders: try list(9, "leaders"), leadUnits: try list(10, "lead_units"),
                    responsibleUnits: try list(11, "responsible_units"),
                    cooperatingUnits: try list(12, "cooperating_units"), status: status, deadline: deadline,
                    progress: try row.decode(atIndex: 15), updatedAt: updatedAt, version: try row.decode(atIndex: 17))
    }

    /// One copy of each distinct string.
    private mutating func shared(_ string: String) -> String {
        if let known = strings[string] { return known }
        strings[string] = string
        return string
    }
}
