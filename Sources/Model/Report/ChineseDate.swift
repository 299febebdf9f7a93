import ModelCore

extension Day {
    /// The day as a government document writes it: `2020年7月1日`.
    public var chinese: String { "\(year)年\(month)月\(day)日" }
}
