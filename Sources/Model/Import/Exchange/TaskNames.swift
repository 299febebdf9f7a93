import ModelCore

/// A task's leaders and units resolved through the Directory, as a gazette's are: `区住建局` is
/// 区住房城乡建设和交通局; a name nobody knows is kept as written, with a warning naming its line.
///
/// A file names the same leaders and units on every row, and often the same lists of them, so
/// each list and each name as written is resolved once and remembered (up to `remembered` of
/// each) with the warnings it gave, which are said again, at its line, wherever it comes back.
struct TaskNames {
    /// How many written lists, and how many written names, are remembered; past that, they are
    /// resolved every time.
    static let remembered = 10_000

    /// What a written list or name resolves to, and the warnings that gave.
    private typealias Resolved = (names: [String], warnings: [String])

    private var reader: UnitListReader
    private var leaders: [UTF8ListKey: [String]] = [:]
    private var leader: [UTF8Key: String] = [:]
    private var units: [UTF8ListKey: Resolved] = [:]
    private var unit: [UTF8Key: Resolved] = [:]

    init(directory: Directory, file: String) {
        reader = UnitListReader(directory: directory, file: file)
    }

    /// Every warning so far, in file order.
    var warnings: [ImportWarning] { reader.warnings }

    /// The task of `record` with its names resolved.
    mutating func resolve(_ task: Task, record: TaskRecord) -> Task {
        var task = task
        func line(_ field: TaskField) -> Int { record.entries[field]?.line ?? record.line }
        task.leaders = leaders(task.leaders, line: line(.leaders))
        task.leadUnits = units(task.leadUnits, line: line(.leadUnits))
        task.responsibleUnits = units(task.responsibleUnits, line: line(.responsibleUnits))
        task.cooperatingUnits = units(task.cooperatingUnits, line: line(.cooperatingUnits))
        return task
    }

    private mutating func leaders(_ written: [String], line: Int) -> [String] {
        guard !written.isEmpty else { return [] }
        let key = UTF8ListKey(items: written)
        if let known = leaders[key] { return known }
        let names = Self.distinct(
            written.map { written in
                let key = UTF8Key(string: written)
                if let known = leader[key] { return known }
                let name = reader.leader(written, line: line)
                if leader.count < Self.remembered { leader[key] = name }
                return name
            })
        if leaders.count < Self.remembered { leaders[key] = names }
        return names
    }

    private mutating func units(_ written: [String], line: Int) -> [String] {
        guard !written.isEmpty else { return [] }
        let key = UTF8ListKey(items: written)
        if let known = units[key] {
            for message in known.warnings { reader.warn(message, line: line) }
            return known.names
        }
        var resolved: Resolved = ([], [])
        for item in written {
            let one = self.unit(item, line: line)
            resolved.names += one.names
            resolved.warnings += one.warnings
        }
        resolved.names = Self.distinct(resolved.names)
        if units.count < Self.remembered { units[key] = resolved }
        return resolved.names
    }

    /// `names` without repeats, as `UnitListReader.unique` gives them, compared by their bytes:
    /// a row's lists are short, and hashing a string normalises it first.
    static func distinct(_ names: [String]) -> [String] {
        guard names.count > 1 else { return names }
        var kept: [String] = []
        kept.reserveCapacity(names.count)
        for name in names where !kept.contains(where: { UTF8Key(string: $0) == UTF8Key(string: name) }) {
            kept.append(name)
        }
        return kept
    }

    /// One written item of a list of units, its warnings said at `line`.
    private mutating func unit(_ written: String, line: Int) -> Resolved {
        let key = UTF8Key(string: written)
        if let known = unit[key] {
            for message in known.warnings { reader.warn(message, line: line) }
            return known
        }
        let before = reader.warnings.count
        let resolved = (reader.units(written, line: line), reader.warnings[before...].map(\.message))
        if unit.count < Self.remembered { unit[key] = resolved }
        return resolved
    }
}
