/// Why a report was not written. Nothing is left at the output path when it is thrown.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    case noDirectory(path: String, directory: String)
    case isDirectory(path: String)
    case notPermitted(path: String)
    /// The file system or the library writing the file failed, for `reason`.
    case failed(path: String, reason: String)

    public var description: String {
        switch self {
        case .noDirectory(let path, let directory): "cannot write \(path): there is no directory \(directory)"
        case .isDirectory(let path): "cannot write \(path): it is a directory"
        case .notPermitted(let path): "cannot write \(path): permission denied"
        case .failed(let path, let reason): "cannot write \(path): \(reason)"
        }
    }

    /// The same in Chinese.
    public var chineseDescription: String {
        switch self {
        case .noDirectory(let path, let directory): "无法写入 \(path)：没有目录 \(directory)"
        case .isDirectory(let path): "无法写入 \(path)：这是一个目录"
        case .notPermitted(let path): "无法写入 \(path)：没有写权限"
        case .failed(let path, let reason): "无法写入 \(path)：\(reason)"
        }
    }
}
