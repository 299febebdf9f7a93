import Foundation

/// The district's units, unit groups and leaders, with every way the documents write them.
///
/// Data, not code: the standard directory is read from `Resources/directory.json`.
public struct Directory: Sendable {
    /// A string the documents use that is not a name but stands for one (各涉及乡镇 → 各乡镇).
    public struct Repair: Codable, Hashable, Sendable {
        public var from: String
        public var to: String
        public var why: String
    }

    public let leaders: [String]
    public let units: [Unit]
    public let groups: [UnitGroup]
    public let repairs: [Repair]

    /// Every spelling (normalised) → what it names.
    let spellings: [String: Spelling]
    /// Longest spelling, in characters, bounding the run-together segmentation.
    package let longestSpelling: Int
    /// Every beginning of a spelling, with or without the 区 prefix: the segmentation stops
    /// extending a piece as soon as no spelling starts with it.
    let spellingBeginnings: Set<String>

    /// What a spelling names, and whether using it needs a warning.
    enum Spelling: Hashable {
        case unit(String)
        case group(String)
        case misspelt(String)
        case repaired(String, why: String)
    }

    public init(leaders: [String], units: [Unit], groups: [UnitGroup], repairs: [Repair] = []) {
        self.leaders = leaders
        self.units = units
        self.groups = groups
        self.repairs = repairs
        var spellings: [String: Spelling] = [:]
        for unit in units {
            for name in [unit.name] + unit.aliases { spellings[Directory.normalise(name)] = .unit(unit.name) }
            for name in unit.misspellings { spellings[Directory.normalise(name)] = .misspelt(unit.name) }
        }
        for group in groups {
            for name in [group.name] + group.aliases { spellings[Directory.normalise(name)] = .group(group.name) }
        }
        for repair in repairs { spellings[Directory.normalise(repair.from)] = .repaired(repair.to, why: repair.why) }
        self.spellings = spellings
        self.longestSpelling = spellings.keys.map(\.count).max() ?? 0
        var beginnings = Set<String>()
        for spelling in spellings.keys {
            let forms = [spelling, "区" + spelling] + (spelling.hasPrefix("区") ? [String(spelling.dropFirst())] : [])
            for form in forms {
                var piece = ""
                for character in form {
                    piece.append(character)
                    beginnings.insert(piece)
                }
            }
        }
        self.spellingBeginnings = beginnings
    }

    /// The directory bundled with duban.
    public static let standard: Directory = {
        do {
            return try Directory(json: Data(PackageResources.directory_json))
        } catch {
            fatalError("the bundled directory.json is broken: \(error)")
        }
    }()

    /// Reads a directory in the shape of `Resources/directory.json`.
    public init(json: Data) throws {
        struct File: Decodable {
            var leaders: [String]
            var units: [Unit]
            var groups: [UnitGroup]
            var repairs: [Repair]?
        }
        let file = try JSONDecoder().decode(File.self, from: json)
        self.init(leaders: file.leaders, units: file.units, groups: file.groups, repairs: file.repairs ?? [])
    }

    public func unit(named name: String) -> Unit? {
        units.first { $0.name == name }
    }

    public func group(named name: String) -> UnitGroup? {
        groups.first { $0.name == name }
    }

    /// The units a group stands for; empty for groups whose members are not enumerated.
    public func members(of group: UnitGroup) -> [Unit] {
        switch group.members {
        case .allTowns: units.filter { $0.kind == .town }
        case .agriculturalTowns: units.filter { $0.kind == .town && $0.agricultural }
        case .allDepartments: units.filter { $0.kind == .department }
        case .publicInstitutions, .allLeaders: []
        }
    }

    /// Spaces removed (邵 锋 → 邵锋) and ASCII brackets made full-width, as the documents mix both.
    public static func normalise(_ text: String) -> String {
        normaliseBrackets(String(text.filter { !$0.isWhitespace }))
    }

    /// ASCII brackets made full-width: `(一)` → `（一）`.
    public static func normaliseBrackets(_ text: String) -> String {
        String(text.map { $0 == "(" ? "（" : $0 == ")" ? "）" : $0 })
    }
}
