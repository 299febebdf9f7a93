import ModelCore

/// Reads one token as a term: `!` negation, a `key:` with its value, `overdue`, `unreported`, or free text.
///
/// A key is ASCII letters before a colon, which may be full-width (`leader：马长军`, as a Chinese
/// input method types it); anything else with a colon (`10:30`) is free text.
struct FilterTermParser {
    let text: [Character]

    /// The keys that take a value after a colon.
    static let keys = ["leader", "unit", "town", "lead", "status", "doc", "chapter", "due"]
    /// The terms that are a single word.
    static let words: [String: FilterCondition] = ["overdue": .overdue, "unreported": .unreported]

    func term(_ token: FilterToken) throws(LocatedError) -> FilterTerm {
        let bangs = token.pieces.prefix { $0.character == "!" && !$0.quoted }.count
        let pieces = token.pieces.dropFirst(bangs)
        let negated = bangs % 2 == 1
        guard let first = pieces.first else {
            guard bangs == 0 else { throw LocatedError("! must be followed by a term", at: token.start, in: text) }
            return FilterTerm(condition: .text(""), negated: false)
        }
        let keyEnd = pieces.firstIndex { !$0.character.isASCII || !$0.character.isLetter || $0.quoted }
        if let colon = keyEnd, colon > pieces.startIndex, [":", "："].contains(pieces[colon].character), !pieces[colon].quoted {
            let key = String(pieces[..<colon].map(\.character)).lowercased()
            let value = FilterToken(pieces: Array(pieces[(colon + 1)...]), start: pieces[colon].offset + 1)
            return FilterTerm(condition: try condition(key: key, keyOffset: first.offset, value: value), negated: negated)
        }
        let word = String(pieces.map(\.character))
        if !pieces.contains(where: \.quoted), let condition = Self.words[word.lowercased()] {
            return FilterTerm(condition: condition, negated: negated)
        }
        return FilterTerm(condition: .text(word), negated: negated)
    }

    private func condition(key: String, keyOffset: Int, value: FilterToken) throws(LocatedError) -> FilterCondition {
        guard FilterTermParser.keys.contains(key) else {
            throw LocatedError("unknown key “\(key):”", at: keyOffset, in: text)
        }
        guard !value.pieces.isEmpty else {
            throw LocatedError("\(key): needs a value", at: value.start, in: text)
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
                    "status: expects one of \(codes) (or \(labels)), not “\(element.text)”",
                    at: element.pieces.first?.offset ?? element.start, in: text)
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
            throw LocatedError("due: expects <, <=, >, >= or = and a date YYYY-MM-DD", at: value.start, in: text)
        }
        return .due(comparison ?? .equal, day)
    }
}
