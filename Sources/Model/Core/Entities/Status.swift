/// Where a task stands. The raw values are the codes used in JSON, CSV, the CLI and filters.
public enum Status: String, Codable, CaseIterable, Sendable, Comparable {
    case notStarted = "not_started"
    case inProgress = "in_progress"
    case done
    case behind
    case blocked

    /// The status's place in `allCases`, for counting in arrays.
    public var ordinal: Int {
        switch self {
        case .notStarted: 0
        case .inProgress: 1
        case .done: 2
        case .behind: 3
        case .blocked: 4
        }
    }

    /// The Chinese word the gazette and the office use.
    public var label: String {
        switch self {
        case .notStarted: "未启动"
        case .inProgress: "推进中"
        case .done: "已完成"
        case .behind: "滞后"
        case .blocked: "受阻"
        }
    }

    /// Accepts a code (`in_progress`) or the Chinese label (`推进中`).
    public init?(code: String) {
        if let status = Status(rawValue: code) {
            self = status
        } else if let status = Status.allCases.first(where: { $0.label == code }) {
            self = status
        } else {
            return nil
        }
    }

    public static func < (lhs: Status, rhs: Status) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
