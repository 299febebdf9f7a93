extension Unit.Kind {
    /// The Chinese word the office uses: 区直部门, 乡镇, 驻区单位, 其他.
    public var label: String {
        switch self {
        case .department: "区直部门"
        case .town: "乡镇"
        case .stationedAgency: "驻区单位"
        case .other: "其他"
        }
    }

    /// Accepts a code (`stationed_agency`) or the Chinese word (`驻区单位`).
    public init?(code: String) {
        guard let kind = Self(rawValue: code) ?? Self.allCases.first(where: { $0.label == code }) else { return nil }
        self = kind
    }
}
