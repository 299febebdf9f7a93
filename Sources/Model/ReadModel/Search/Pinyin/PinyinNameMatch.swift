import Foundation
import ModelCore

/// A pinyin term bound to a directory: the names it matches, by their own reading or by one of
/// their aliases' (`fgj` is 发改局, so 区发展和改革局), a leader's name read as a person's.
///
/// Filtering task by task asks about the same few names again and again: the answers for the
/// directory's names are worked out at once, any other name's once and then remembered.
final class PinyinNameMatch: @unchecked Sendable {
    let query: PinyinQuery
    /// Units and groups one of whose aliases the query matches.
    private let byAlias: Set<String>
    /// The answers for the directory's leaders (as people) and its units and groups.
    private let people: [String: Bool]
    private let units: [String: Bool]
    private let lock = NSLock()
    private var others: [Bool: [String: Bool]] = [:]

    init(_ query: PinyinQuery, directory: Directory) {
        self.query = query
        let table = PinyinTable.standard
        let named = directory.units.map { ($0.name, $0.aliases) } + directory.groups.map { ($0.name, $0.aliases) }
        let byAlias = Set(named.filter { $0.1.contains { query.matches(table.reading(of: $0, person: false)) } }.map(\.0))
        func answers(_ names: [String], person: Bool) -> [String: Bool] {
            Dictionary(names.map { ($0, byAlias.contains($0) || query.matches(table.reading(of: $0, person: person))) }) { first, _ in first }
        }
        people = answers(directory.leaders, person: true)
        units = answers(named.map(\.0), person: false)
        self.byAlias = byAlias
    }

    /// Whether the query matches `name`, read as a person's name when `person` (a leader's).
    func matches(_ name: String, person: Bool) -> Bool {
        if let known = (person ? people : units)[name] { return known }
        if let known = lock.withLock({ others[person]?[name] }) { return known }
        let answer = matches(name, PinyinTable.standard.reading(of: name, person: person))
        lock.withLock { others[person, default: [:]][name] = answer }
        return answer
    }

    /// For each name of the index, whether the query matches it: as leaders' names when `people`.
    func nameMask(over index: SearchIndex, people: Bool) -> [Bool] {
        let readings = people ? index.leaderReadings : index.readings
        return index.names.indices.map { matches(index.names[$0], readings[$0]) }
    }

    private func matches(_ name: String, _ reading: NameReading) -> Bool {
        byAlias.contains(name) || query.matches(reading)
    }
}
