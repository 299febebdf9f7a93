/// What one unit string from a document resolved to.
public struct UnitResolution: Hashable, Sendable {
    /// Canonical unit names and group names, in the order written.
    public var names: [String]
    /// Why the string needed care (a misspelling, names run together, an unknown unit), if it did.
    public var warning: String?
    /// True when no part of the string is a known name: it is kept as written.
    public var isUnknown = false
}

extension Directory {
    /// Resolves one unit string as a document writes it.
    ///
    /// Tried in turn: a known spelling (canonical, alias, group, misspelling, repair); the same
    /// with the 区 prefix added or removed; the string as several known names run together with
    /// no separator. What still fails is kept as written and reported, never dropped.
    /// `expectRunTogether` is for table cells, where one name per line is normal and joining
    /// them is no fault of the document.
    public func resolveUnit(_ raw: String, expectRunTogether: Bool = false) -> UnitResolution {
        let text = Directory.normalise(raw)
        if let hit = lookup(text) { return hit.resolution(written: raw) }
        if text.count <= longestRunTogether, let parts = segment(text), parts.count > 1 {
            let names = parts.map(\.name)
            let repaired = parts.compactMap { $0.warning }
            var warning: String? =
                expectRunTogether ? nil : "“\(raw)” is \(parts.count) unit names run together; read as \(names.joined(separator: "、"))"
            if !repaired.isEmpty { warning = ([warning].compactMap { $0 } + repaired).joined(separator: "; ") }
            return UnitResolution(names: names, warning: warning)
        }
        return UnitResolution(names: [text], warning: "unknown unit “\(SafeText.excerpt(raw))” kept as written", isUnknown: true)
    }

    /// The longest string still tried as names run together: sixteen of the longest spelling.
    /// Longer text is not a unit list, and is reported rather than searched.
    var longestRunTogether: Int { 16 * longestSpelling }

    /// Resolves a leader's name: spaces removed; a leader group stays as its name.
    public func resolveLeader(_ raw: String) -> (name: String, warning: String?) {
        let name = Directory.normalise(raw)
        if leaders.contains(name) || groups.contains(where: { $0.members == .allLeaders && $0.name == name }) {
            return (name, nil)
        }
        return (name, "unknown leader “\(SafeText.excerpt(raw))” kept as written")
    }

    /// Whether a table cell's line is a leader's name (邵 锋 counts).
    public func isLeader(_ raw: String) -> Bool {
        resolveLeader(raw).warning == nil
    }

    private struct Hit {
        var name: String
        var warning: String?

        func resolution(written: String) -> UnitResolution {
            UnitResolution(names: [name], warning: warning)
        }
    }

    private func lookup(_ text: String) -> Hit? {
        if let hit = exact(text) { return hit }
        if text.hasPrefix("区"), let hit = exact(String(text.dropFirst())) { return hit }
        if !text.hasPrefix("区"), let hit = exact("区" + text) { return hit }
        return nil
    }

    private func exact(_ text: String) -> Hit? {
        switch spellings[text] {
        case .unit(let name), .group(let name): Hit(name: name)
        case .misspelt(let name): Hit(name: name, warning: "misspelt unit “\(text)” repaired to \(name)")
        case .repaired(let name, let why): Hit(name: name, warning: why)
        case nil: nil
        }
    }

    /// Splits a string into known spellings, preferring the fewest parts; nil when impossible.
    ///
    /// Linear in the string's length: from each position reached, a piece grows only while some
    /// spelling begins with it; each position keeps its best part count and the step that reached
    /// it (the earliest, on a tie), and the parts are read back once at the end.
    private func segment(_ text: String) -> [Hit]? {
        let chars = Array(text)
        guard !chars.isEmpty else { return nil }
        let unreached = Int.max
        var parts = Array(repeating: unreached, count: chars.count + 1)
        var starts = Array(repeating: 0, count: chars.count + 1)
        var hits: [Hit?] = Array(repeating: nil, count: chars.count + 1)
        parts[0] = 0
        for start in 0..<chars.count where parts[start] != unreached {
            var piece = ""
            for end in (start + 1)...min(chars.count, start + longestSpelling + 1) {
                piece.append(chars[end - 1])
                guard spellingBeginnings.contains(piece) else { break }
                guard parts[start] + 1 < parts[end], let hit = lookup(piece) else { continue }
                parts[end] = parts[start] + 1
                starts[end] = start
                hits[end] = hit
            }
        }
        guard parts[chars.count] != unreached else { return nil }
        var found: [Hit] = []
        var end = chars.count
        while end > 0, let hit = hits[end] {
            found.append(hit)
            end = starts[end]
        }
        return found.reversed()
    }
}
