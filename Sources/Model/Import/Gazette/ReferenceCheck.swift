import ModelCore

/// A list whose units are the region's or the state's (自治区发展改革委, 财政厅 …): a higher-level
/// document printed for reference, not the district's own list. A region's or province's
/// departments are 厅 where a district's are 局; its lists also task 各市、县（区）.
enum ReferenceCheck {
    private static let higherLevels = ["自治区", "国家", "国务院", "中央", "省", "各市", "各地级市", "五个地级市"]

    private static func isHigher(_ unit: String) -> Bool {
        higherLevels.contains { unit.hasPrefix($0) } || unit.hasSuffix("厅") || unit.contains("厅、")
    }

    /// Why the list is a reference document, or nil when it is the district's.
    static func reason(_ tasks: [Task], directory: Directory) -> String? {
        let units = tasks.flatMap { $0.leadUnits + $0.responsibleUnits + $0.cooperatingUnits }
        let higher = units.filter { unit in directory.unit(named: unit) == nil && isHigher(unit) }
        guard !units.isEmpty, higher.count * 3 >= units.count else { return nil }
        let examples = UnitListReader.unique(higher).prefix(3).joined(separator: "、")
        return "a higher-level document for reference: its tasks name \(examples) (\(higher.count) of \(units.count) units)"
    }
}
