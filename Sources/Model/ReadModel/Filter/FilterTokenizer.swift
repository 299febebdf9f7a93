import ModelCore

/// One whitespace-separated term of a filter's text, its quotes removed.
///
/// Each character remembers where it stood and whether it was quoted: a quoted `:` or `!` is
/// plain text, so `"foo:bar"` searches for that text instead of naming a key.
struct FilterToken {
    struct Piece {
        var character: Character
        var offset: Int
        var quoted: Bool
    }

    var pieces: [Piece]
    /// Offset of the term's first character (its opening quote, if it starts with one).
    var start: Int

    var text: String { String(pieces.map(\.character)) }
}

/// Splits a filter's text at unquoted whitespace; double quotes group a value with spaces.
enum FilterTokenizer {
    static func tokens(_ text: [Character]) throws(LocatedError) -> [FilterToken] {
        var tokens: [FilterToken] = []
        var current: FilterToken?
        var openQuote: Int?
        for (offset, character) in text.enumerated() {
            if character == "\"" {
                openQuote = openQuote == nil ? offset : nil
                if current == nil { current = FilterToken(pieces: [], start: offset) }
            } else if character.isWhitespace && openQuote == nil {
                if let token = current { tokens.append(token) }
                current = nil
            } else {
                if current == nil { current = FilterToken(pieces: [], start: offset) }
                current!.pieces.append(.init(character: character, offset: offset, quoted: openQuote != nil))
            }
        }
        if let openQuote { throw LocatedError(("引号未闭合", "unclosed quote"), at: openQuote, in: text) }
        if let token = current { tokens.append(token) }
        return tokens
    }
}
