extension StringProtocol {
    /// Whether `other` occurs in the text, compared as UTF-8 bytes: what `contains` asks, without
    /// Foundation's bridge to NSString, which costs more than the search on a reader's hot path
    /// (every cell of a 100,000-row ledger). Text is compared as written, with no normalisation.
    package func includes(_ other: String) -> Bool {
        var other = other
        return other.withUTF8 { needle in
            guard let first = needle.first else { return true }
            let bytes = Array(utf8)
            guard needle.count <= bytes.count else { return false }
            var start = 0
            while start + needle.count <= bytes.count {
                guard let hit = bytes[start...(bytes.count - needle.count)].firstIndex(of: first) else { return false }
                if bytes[hit..<(hit + needle.count)].elementsEqual(needle) { return true }
                start = hit + 1
            }
            return false
        }
    }
}
