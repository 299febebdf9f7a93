/// A change to a store's own directory of units, as `duban units …` asks for it.
public enum DirectoryChange: Equatable, Sendable {
    /// `spelling` is another way of writing `unit` (the unit's name or any spelling of it).
    case alias(spelling: String, unit: String)
    /// A unit the directory lacks, with other ways of writing it.
    case add(name: String, kind: Unit.Kind, aliases: [String])
    /// A unit renamed in a reform: its old name stays as an alias, so old documents still resolve.
    case rename(from: String, to: String)
    /// Another directory in place of this one: another district's, or this one's after a reform.
    case replace(Directory)

    /// What the change was, as each moved task's history note begins: `单位更名`.
    public var label: String {
        switch self {
        case .alias: "单位别名"
        case .add: "新增单位"
        case .rename: "单位更名"
        case .replace: "单位目录导入"
        }
    }
}

/// A directory change that cannot be made, and why, in one line.
public struct DirectoryRefusal: Error, CustomStringConvertible, Equatable, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}

extension Directory {
    /// The directory after `change`; refused when it would make one spelling name two things.
    public func applying(_ change: DirectoryChange) throws(DirectoryRefusal) -> Directory {
        switch change {
        case .alias(let spelling, let unit):
            let target = try knownUnit(unit)
            let written = Directory.normalise(spelling)
            if let named = name(spelled: written) {
                if named == target.name { throw DirectoryRefusal("“\(written)” already names \(target.name)") }
                throw DirectoryRefusal(
                    "“\(written)” already names \(named); rename or remove that first (duban units rename)")
            }
            return replacingUnit(target.name) { $0.aliases.append(written) }
        case .add(let name, let kind, let aliases):
            let written = Directory.normalise(name)
            guard !written.isEmpty else { throw DirectoryRefusal("a unit needs a name") }
            let spellings = [written] + aliases.map(Directory.normalise)
            for spelling in spellings {
                if let named = self.name(spelled: spelling) { throw DirectoryRefusal("“\(spelling)” already names \(named)") }
            }
            let unit = Unit(name: written, kind: kind, aliases: Array(spellings.dropFirst()))
            return Directory(leaders: leaders, units: units + [unit], groups: groups, repairs: repairs)
        case .rename(let old, let new):
            let unit = try knownUnit(old)
            let written = Directory.normalise(new)
            guard !written.isEmpty else { throw DirectoryRefusal("a unit needs a name") }
            if let named = name(spelled: written), named != unit.name {
                throw DirectoryRefusal("“\(written)” already names \(named)")
            }
            guard written != unit.name else { throw DirectoryRefusal("\(unit.name) already has that name") }
            return replacingUnit(unit.name) { renamed in
                renamed.name = written
                renamed.aliases = renamed.aliases.filter { Directory.normalise($0) != written } + [unit.name]
            }
        case .replace(let directory):
            try directory.checkSpellings()
            return directory
        }
    }

    /// Refuses a directory in which one spelling names two things (a file from elsewhere).
    public func checkSpellings() throws(DirectoryRefusal) {
        var named: [String: String] = [:]
        let spelt =
            units.flatMap { unit in ([unit.name] + unit.aliases + unit.misspellings).map { ($0, unit.name) } }
            + groups.flatMap { group in ([group.name] + group.aliases).map { ($0, group.name) } }
        for (spelling, name) in spelt {
            let key = Directory.normalise(spelling)
            if let other = named[key], other != name {
                throw DirectoryRefusal("“\(key)” is written for both \(other) and \(name)")
            }
            named[key] = name
        }
    }

    /// The unit or group a spelling names exactly (the 区 prefix aside), if any.
    func name(spelled spelling: String) -> String? {
        let resolution = resolveUnit(spelling)
        return resolution.names.count == 1 && !resolution.isUnknown ? resolution.names[0] : nil
    }

    /// The unit a spelling names; refused when it names a group, several units, or nothing.
    private func knownUnit(_ spelling: String) throws(DirectoryRefusal) -> Unit {
        guard let name = name(spelled: spelling), let unit = unit(named: name) else {
            throw DirectoryRefusal(
                "“\(Directory.normalise(spelling))” is no unit of the directory (duban units lists them; duban units add NAME --kind KIND adds one)")
        }
        return unit
    }

    private func replacingUnit(_ name: String, _ edit: (inout Unit) -> Void) -> Directory {
        let edited = units.map { unit in
            var unit = unit
            if unit.name == name { edit(&unit) }
            return unit
        }
        return Directory(leaders: leaders, units: edited, groups: groups, repairs: repairs)
    }
}
