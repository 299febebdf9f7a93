import Foundation

extension Directory: Equatable {
    public static func == (lhs: Directory, rhs: Directory) -> Bool {
        lhs.leaders == rhs.leaders && lhs.units == rhs.units && lhs.groups == rhs.groups && lhs.repairs == rhs.repairs
    }
}

extension Directory {
    /// The directory in the shape of `Resources/directory.json`, which `init(json:)` reads back.
    public func json() -> Data {
        struct File: Encodable {
            var leaders: [String]
            var units: [Unit]
            var groups: [UnitGroup]
            var repairs: [Repair]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and arrays cannot fail.
        return try! encoder.encode(File(leaders: leaders, units: units, groups: groups, repairs: repairs))
    }
}
