import Foundation
import ModelCore

/// Turns a written list of units (`区发展和改革局、科学技术局，各乡镇`) into canonical names,
/// collecting a warning for anything that needed care.
struct UnitListReader {
    let directory: Directory
    /// The file (or a table's cell, `台账.xlsx!任务清单!E12`) the warnings name.
    var file: String
    var warnings: [ImportWarning] = []

    init(directory: Directory, file: String) {
        self.directory = directory
        self.file = file
    }

    static let separators: Set<Character> = ["、", "，", ",", "；", ";"]

    /// Reads a list written inline, names separated by 、，； .
    mutating func units(_ text: String, line: Int) -> [String] {
        var names: [String] = []
        for token in Self.tokens(text) {
            names += resolve(token, line: line, expectRunTogether: false)
        }
        return Self.unique(names)
    }

    /// Reads a table cell, where one name per line is normal and a name may wrap across lines
    /// (文化旅游体育 / 广电局): fragments are joined until they make a known name. A wrapped name
    /// is at most two spellings long with what precedes it, so joined text that would grow past
    /// that is reported as it stands and the join starts again: a cell of pasted text costs time
    /// linear in its length.
    mutating func cell(_ fragments: [String], line: Int) -> [String] {
        let joinLimit = 2 * directory.longestSpelling
        var names: [String] = []
        var pending = ""
        for fragment in fragments.flatMap(Self.tokens) {
            if !pending.isEmpty, pending.count + fragment.count > joinLimit {
                names += resolve(pending, line: line, expectRunTogether: true)
                pending = ""
            }
            pending += fragment
            let resolution = directory.resolveUnit(pending, expectRunTogether: true)
            if resolution.warning == nil {
                names += resolution.names
                pending = ""
            }
        }
        if !pending.isEmpty { names += resolve(pending, line: line, expectRunTogether: true) }
        return Self.unique(names)
    }

    /// Reads leaders' names separated by 、，; stray spaces inside a name go (邵 锋 → 邵锋).
    mutating func leaders(_ text: String, line: Int) -> [String] {
        Self.unique(Self.tokens(text).map { leader($0, line: line) })
    }

    /// A leader as the document names them: every year's plan has new leaders, so a name the
    /// Directory does not know is no warning.
    mutating func leader(_ raw: String, line: Int) -> String {
        directory.resolveLeader(raw).name
    }

    mutating func warn(_ message: String, line: Int) {
        warnings.append(ImportWarning(file: file, line: line, message: message))
    }

    private mutating func resolve(_ token: String, line: Int, expectRunTogether: Bool) -> [String] {
        var token = token
        if token.hasSuffix("等乡镇"), token.count > 3 {
            token.removeLast(3)
            warn("“…\(SafeText.excerpt(token))等乡镇” names some towns and more; kept the towns named", line: line)
        } else if token.hasSuffix("等"), token.count > 2 {
            // 自然资源局等: the unit named, and others the text leaves open.
            token.removeLast()
        }
        return record(directory.resolveUnit(token, expectRunTogether: expectRunTogether), line: line)
    }

    private mutating func record(_ resolution: UnitResolution, line: Int) -> [String] {
        if let warning = resolution.warning { warn(warning, line: line) }
        return resolution.names
    }

    static func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { separators.contains($0) })
            .map { Directory.normalise(String($0)).trimmingCharacters(in: ["。", "．", "."]) }
            .filter { !$0.isEmpty }
    }

    static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
