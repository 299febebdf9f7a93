import ModelCore

/// Reads one token as a term: `!` negation, a `key:` with its value, a word (`overdue`, 逾期,
/// 滞后 …), or free text.
///
/// A key is ASCII letters before a colon, or one of the Chinese keys (`领导:马长军`); the colon may
/// be full-width (`leader：马长军`, as a Chinese input method types it). Anything else with a colon
/// (`10:30`, `时间：`) is free text.
struct FilterTermParser {
    let text: [Character]

    /// The keys that take a value after a colon, each with its Chinese twin: the words the
    /// detail view labels the fields with.
    static let keys: KeyValuePairs = [
        "leader": "领导", "unit": "单位", "lead": "牵头", "town": "乡镇", "status": "状态", "doc": "文件", "chapter": "章节", "due": "截止"
    ]
    /// The terms that are a single word: `overdue` and `unreported` with their Chinese twins, and
    /// each status's Chinese label (滞后 is `status:behind`). A status's English code is not a
    /// word: a bare `done` stays free text, and pinyin.
    static let words: [String: FilterCondition] = Dictionary(
        uniqueKeysWithValues: [("overdue", .overdue), ("逾期", .overdue), ("unreported", .unreported), ("未报送", .unreported)]
            + Status.allCases.map { ($0.label, FilterCondition.status([$0])) })

    /// The keys as a message names them: `leader/领导, unit/单位, …`.
    static var keyList: String { keys.map { "\($0.key)/\($0.value)" }.joined(separator: ", ") }

    func term(_ token: FilterToken) throws(LocatedError) -> FilterTerm {
        let bangs = token.pieces.prefix { $0.character == "!" && !$0.quoted }.count
        let pieces = token.pieces.dropFirst(bangs)
        let negated = bangs % 2 == 1
        guard let first = pieces.first else {
            guard bangs == 0 else { throw LocatedError(("! 后须有条件", "! must be followed by a term"), at: token.start, in: text) }
            return FilterTerm(condition: .text(""), negated: false)
        }
        let keyEnd = pieces.firstIndex { !$0.character.isLetter || $0.quoted }
        if let colon = keyEnd, colon > pieces.startIndex, [":", "："].contains(pieces[colon].character), !pieces[colon].quoted,
            case let written = String(pieces[..<colon].map(\.character)), let key = Self.key(written)
        {
            let value = FilterToken(pieces: Array(pieces[(colon + 1)...]), start: pieces[colon].offset + 1)
            let condition = try condition(key: key, written: written, keyOffset: first.offset, value: value)
            return FilterTerm(condition: condition, negated: negated)
        }
        let word = String(pieces.map(\.character))
        if !pieces.contains(where: \.quoted), let condition = Self.words[word.lowercased()] {
            return FilterTerm(condition: condition, negated: negated)
        }
        return FilterTerm(condition: .text(word), negated: negated)
    }

    /// The key `written` names, in English: an ASCII word, known or not (an unknown one is an
    /// error), or a Chinese key; nil for anything else, which is free text.
    private static func key(_ written: String) -> String? {
        if written.allSatisfy(\.isASCII) { return written.lowercased() }
        return keys.first { $0.value == written }?.key
    }

    private func condition(key: String, written: String, keyOffset: Int, value: FilterToken) throws(LocatedError) -> FilterCondition {
        guard FilterTermParser.keys.contains(where: { $0.key == key }) else {
            throw LocatedError(
                ("没有“\(written):”这个键；可用：\(Self.keyList)", "unknown key “\(key):”; the keys: \(Self.keyList)"), at: keyOffset, in: text)
        }
        guard !value.pieces.isEmpty else {
            throw LocatedError(("\(written): 后须有值", "\(written): needs a value"), at: value.start, in: text)
        }
        switch key {
        case "leader": return .leader(value.text)
        case "unit": return .unit(value.text, leadOnly: false)
        case "lead": return .unit(value.text, leadOnly: true)
        case "town": return .town(value.text)
        case "status": return .status(try statuses(value))
        case "doc": return .document(value.text)
        case "chapter": return .chapter(value.text)
        default: return try due(value)
        }
    }

    /// `behind,blocked`: codes or Chinese labels, any of them.
    private func statuses(_ value: FilterToken) throws(LocatedError) -> Set<Status> {
        var result: Set<Status> = []
        var element = FilterToken(pieces: [], start: value.start)
        for piece in value.pieces + [.init(character: ",", offset: -1, quoted: false)] {
            guard [",", "，", "、"].contains(piece.character), !piece.quoted else {
                element.pieces.append(piece)
                continue
            }
            guard let status = Status(code: element.text.lowercased()) else {
                let codes = Status.allCases.map(\.rawValue).joined(separator: ", ")
                let labels = Status.allCases.map(\.label).joined(separator: "、")
                throw LocatedError(
                    (
                        "状态须为 \(labels)（或 \(codes)），不是“\(element.text)”",
                        "status: expects one of \(codes) (or \(labels)), not “\(element.text)”"
                    ), at: element.pieces.first?.offset ?? element.start, in: text)
            }
            result.insert(status)
            element = FilterToken(pieces: [], start: piece.offset + 1)
        }
        return result
    }

    /// `<2020-06-30`, `<=…`, `>…`, `>=…`, `=…`; a bare date means `=`.
    private func due(_ value: FilterToken) throws(LocatedError) -> FilterCondition {
        let written = value.text
        let comparison = DueComparison.allCases.first { written.hasPrefix($0.rawValue) }
        let dateText = written.dropFirst(comparison?.rawValue.count ?? 0)
        guard let day = Day(String(dateText)) else {
            throw LocatedError(
                ("截止须为 <、<=、>、>= 或 = 加日期 YYYY-MM-DD", "due: expects <, <=, >, >= or = and a date YYYY-MM-DD"), at: value.start,
                in: text)
        }
        return .due(comparison ?? .equal, day)
    }
}
