/// Why a report was not written. Nothing is left at the output path when it is thrown.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        }
    }

    /// The same in Chinese.
    public var chineseDescription: String {
        switch self {
        case .cannotWrite(let path, let reason): "无法写入 \(path)：\(reason)"
        }
    }
}
