import ModelCore

/// A name a filter's term wrote that nothing answers to, and the known name nearest to it: the
/// dashboard asks `没有“马常军”，是否为 马长军？`.
public struct NameSuggestion: Equatable, Sendable {
    public let written: String
    public let name: String
}

extension FilterMatcher {
    /// When no task passes: the first term that names a leader, a unit or a town (`leader:`,
    /// `unit:`, `lead:`, `town:`, or free text) and alone matches no task, with the name of that
    /// kind nearest to what it wrote (`NearestName`); nil when no term is such or no name is near.
    public func suggestion(over snapshot: Snapshot) -> NameSuggestion? {
        for (term, check) in zip(terms, checks) where !term.negated {
            guard let (written, kind) = term.condition.writtenName, !check.check.mask(over: snapshot).contains(true) else {
                continue
            }
            if let name = NearestName(written).among(Self.names(kind, in: snapshot)) {
                return NameSuggestion(written: written, name: name)
            }
        }
        return nil
    }

    /// The names of one kind, with their pinyin: leaders', units' and towns' the tasks give
    /// (towns also from the directory), or all of them for free text.
    private static func names(_ kind: FilterCondition.NameKind, in snapshot: Snapshot) -> [(name: String, reading: NameReading)] {
        let index = snapshot.searchIndex
        func given(_ references: [NameReferences], people: Bool) -> [(name: String, reading: NameReading)] {
            let numbers = Set(references.flatMap(\.numbers))
            return index.names.indices.filter { numbers.contains(Int32($0)) }
                .map { (index.names[$0], people ? index.leaderReadings[$0] : index.readings[$0]) }
        }
        switch kind {
        case .leader: return given([index.leaders], people: true)
        case .unit: return given([index.leadUnits, index.otherUnits], people: false)
        case .town:
            return snapshot.directory.units.filter { $0.kind == .town }
                .map { ($0.name, PinyinTable.standard.reading(of: $0.name, person: false)) }
        case .any: return given([index.leaders], people: true) + given([index.leadUnits, index.otherUnits], people: false)
        }
    }
}

extension FilterCondition {
    /// What kind of name a term looks for.
    enum NameKind {
        case leader, unit, town, any
    }

    /// The name a term wrote, for the conditions that look for one.
    var writtenName: (String, NameKind)? {
        switch self {
        case .text(let written): written.isEmpty ? nil : (written, .any)
        case .leader(let written): (written, .leader)
        case .unit(let written, _): (written, .unit)
        case .town(let written): (written, .town)
        default: nil
        }
    }
}
