import ModelCore

/// The import summary's warning lines: warnings with the same message are one line naming their
/// first places and how many more, so that a ledger naming one unknown unit on 40,000 rows says
/// so once (`warning: 台账.csv:3, 台账.csv:5, 台账.csv:9 and 39997 more: unknown unit “区审批局” …`).
enum WarningLines {
    /// How many places a grouped line names before counting the rest.
    static let placesNamed = 3

    static func lines(_ warnings: [ImportWarning]) -> [String] {
        var order: [String] = [], places: [String: [String]] = [:], counts: [String: Int] = [:]
        for warning in warnings {
            if counts[warning.message] == nil { order.append(warning.message) }
            counts[warning.message, default: 0] += 1
            if places[warning.message, default: []].count < placesNamed {
                places[warning.message, default: []].append(warning.place)
            }
        }
        return order.map { message in
            let named = places[message]!, more = counts[message]! - named.count
            let at = named.joined(separator: ", ") + (more > 0 ? localized(zh: " 等另 \(more) 处", en: " and \(more) more") : "")
            return localized(zh: "  警告：", en: "  warning: ") + SafeText.line("\(at): \(message)")
        }
    }
}
