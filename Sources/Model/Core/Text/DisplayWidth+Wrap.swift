extension DisplayWidth {
    /// `text` wrapped to lines of at most `columns` display columns. A wide character is never
    /// split; spaces that would start a line are dropped; a Latin word or number moves whole to the
    /// next line when it fits there; closing punctuation such as 、，。） never starts a line and
    /// an opening bracket such as （“《 never ends one (the character before or after moves with it).
    public static func wrap(_ text: String, to columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = []
        var current: [Character] = []
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > columns, !current.isEmpty {
                var cut = breakIndex(in: current, before: character)
                if current[cut...].reduce(w, { $0 + of($1) }) > columns { cut = current.count }
                lines.append(String(current[..<cut]).trimmingTrailingSpaces())
                current.removeFirst(cut)
                while current.first == " " { current.removeFirst() }
                used = current.reduce(0) { $0 + of($1) }
            }
            if current.isEmpty, !lines.isEmpty, character == " " { continue }
            current.append(character)
            used += w
        }
        if !current.isEmpty || lines.isEmpty { lines.append(String(current)) }
        return lines
    }

    /// Where to end a full line when `next` does not fit: at its end, or earlier to keep a Latin
    /// word whole or punctuation with its neighbour. Never at 0, so every line holds something;
    /// the caller breaks at the end instead when what moves down would not fit the next line.
    private static func breakIndex(in line: [Character], before next: Character) -> Int {
        var cut = line.count
        if isWordCharacter(next) {
            var start = cut
            while start > 0, isWordCharacter(line[start - 1]) { start -= 1 }
            if start > 0, start < cut { cut = start }
        } else if noLineStart.contains(next) {
            var start = cut - 1
            while start > 0, noLineStart.contains(line[start]) { start -= 1 }
            if start > 0 { cut = start }
        }
        while cut > 1, noLineEnd.contains(line[cut - 1]) { cut -= 1 }
        return cut
    }

    /// Letters, digits and what joins them in a word, a number or a size (`8.5%`, `80×24`).
    private static func isWordCharacter(_ character: Character) -> Bool {
        character == "×" || character.isASCII && (character.isLetter || character.isNumber || "._-/%".contains(character))
    }

    /// Closing punctuation that must not start a line (禁则).
    private static let noLineStart: Set<Character> = Set("、，。；：？！）》」』】〕〉”’…—,.;:?!)]}%")
    /// Opening brackets that must not end a line.
    private static let noLineEnd: Set<Character> = Set("（《「『【〔〈“‘([{")
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
