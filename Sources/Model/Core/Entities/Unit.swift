/// An organisation a task can name: a district department, a town, a stationed agency, or other.
public struct Unit: Hashable, Codable, Sendable {
    /// The four kinds of unit the dashboard groups by.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// 区直部门: a district government department.
        case department
        /// 乡镇: a town or township of the district.
        case town
        /// 驻区单位: a city-level agency stationed in the district.
        case stationedAgency = "stationed_agency"
        /// Anything else: party organs, people's organisations, companies.
        case other
    }

    /// The canonical name, with the 区 prefix for district departments: 区发展和改革局.
    public var name: String
    public var kind: Kind
    /// Every other way the documents write it: 发改局, 发展和改革局（金融工作局）…
    public var aliases: [String]
    /// Misspellings met in real documents, repaired to this unit (and reported as such).
    public var misspellings: [String]
    /// Whether 各涉农乡镇 (every agricultural town) includes this town.
    public var agricultural: Bool

    public init(name: String, kind: Kind, aliases: [String] = [], misspellings: [String] = [], agricultural: Bool = false) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.misspellings = misspellings
        self.agricultural = agricultural
    }

    private enum CodingKeys: String, CodingKey { case name, kind, aliases, misspellings, agricultural }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        kind = try c.decode(Kind.self, forKey: .kind)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        misspellings = try c.decodeIfPresent([String].self, forKey: .misspellings) ?? []
        agricultural = try c.decodeIfPresent(Bool.self, forKey: .agricultural) ?? false
    }
}

/// A group reference that stands for many units (各乡镇) or many leaders (政府班子成员).
public struct UnitGroup: Hashable, Codable, Sendable {
    /// Which members a group stands for.
    public enum Members: String, Codable, Sendable {
        /// 各乡镇: every town.
        case allTowns = "all_towns"
        /// 各涉农乡镇: every town marked agricultural.
        case agriculturalTowns = "agricultural_towns"
        /// 区直各部门: every district department.
        case allDepartments = "all_departments"
        /// 各直属事业单位: the district's public institutions (kind other, not enumerated).
        case publicInstitutions = "public_institutions"
        /// 政府班子成员: every government leader.
        case allLeaders = "all_leaders"
    }

    public var name: String
    public var aliases: [String]
    public var members: Members

    public init(name: String, aliases: [String] = [], members: Members) {
        self.name = name
        self.aliases = aliases
        self.members = members
    }
}
