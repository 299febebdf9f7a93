/// A problem in something the user wrote, named by where it is so they can find and fix it: a
/// file's line (an import, the config file), a cell, or a column of a line typed at the prompt.
/// The one error type of the importers, the config file and the filter language.
public struct LocatedError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file, or a place within it (`台账.xlsx!任务清单!E12`); empty for a line typed by the user.
    public var file: String
    /// 1-based; 0 when the problem concerns the whole file, or a typed line.
    public var line: Int
    /// 0-based terminal column of where the problem starts in a typed line (wide characters
    /// count two); nil for a file's line.
    public var column: Int?
    public var message: String
    /// The message in Chinese, where the place that found the problem wrote one (a filter's
    /// problems, which the Chinese interface shows in its prompt); nil elsewhere.
    public var chineseMessage: String?

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// A problem at `column` of a line the user typed (a filter).
    public init(message: String, column: Int) {
        self.file = ""
        self.line = 0
        self.column = column
        self.message = message
    }

    /// `FILE:LINE: problem`, `FILE: problem`, or for a typed line `problem (column N)`.
    public var description: String {
        description(.en)
    }

    /// The description in `language`: in Chinese when a Chinese message is known
    /// (`引号未闭合（第3列）`), else in English.
    public func description(_ language: Language) -> String {
        if language == .zh, let chineseMessage {
            if let column, file.isEmpty { return "\(chineseMessage)（第\(column + 1)列）" }
            return Self.located(chineseMessage, file: file, line: line)
        }
        if let column, file.isEmpty { return "\(message) (column \(column + 1))" }
        return Self.located(message, file: file, line: line)
    }

    /// `FILE:LINE: message`, or `PLACE: message` without a line (a whole file, a cell).
    static func located(_ message: String, file: String, line: Int) -> String {
        "\(place(file: file, line: line)): \(message)"
    }

    /// `FILE:LINE`, or the file (or cell, `台账.xlsx!任务清单!E12`) alone when there is no line.
    static func place(file: String, line: Int) -> String {
        line > 0 ? "\(file):\(line)" : file
    }
}

/// Something imported but worth a look: a repaired misspelling, an unknown unit kept as written.
public struct ImportWarning: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `FILE:LINE: message`, or `PLACE: message` for a cell (`台账.xlsx!任务清单!E12`).
    public var description: String { LocatedError.located(message, file: file, line: line) }

    /// `FILE:LINE`, or the cell (`台账.xlsx!任务清单!E12`).
    public var place: String { LocatedError.place(file: file, line: line) }
}
