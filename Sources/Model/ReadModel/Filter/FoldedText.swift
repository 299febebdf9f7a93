#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A search needle compared without regard to case or to full-width versus half-width forms.
///
/// `p2` finds `P2` and `Ｐ２`; `(一)` finds `（一）`. Matching walks the haystack's UTF-8 bytes
/// without allocating, as the dashboard searches every task on every keystroke.
struct FoldedText: Sendable {
    /// The needle's first folded scalar, or nil for an empty needle.
    private let first: UInt32?
    private let rest: [UInt32]
    /// For each byte value, whether a scalar starting with it can fold to `first`: the search
    /// skips every other byte without decoding it.
    private let leadBytes: [Bool]
    /// The needle's UTF-8 when nothing else folds to any of its characters (most Chinese text):
    /// then its occurrences are exactly those of its bytes.
    private let plainBytes: [UInt8]?
    /// The folded needle's UTF-8: what it is searched for in text folded by `appendFolded`.
    let foldedBytes: [UInt8]

    init(_ text: String) {
        let scalars = text.unicodeScalars.map { FoldedText.fold($0.value) }
        foldedBytes = Array(String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init))).utf8)
        first = scalars.first
        rest = Array(scalars.dropFirst())
        var leadBytes = [Bool](repeating: false, count: 256)
        if let first {
            for source in [first] + (FoldedText.sources[first] ?? []) { leadBytes[FoldedText.leadByte(source)] = true }
        }
        self.leadBytes = leadBytes
        let plain = scalars.allSatisfy { FoldedText.fold($0) == $0 && FoldedText.sources[$0] == nil }
        plainBytes = plain ? foldedBytes : nil
    }

    /// Whether the needle occurs anywhere in `haystack`.
    func occurs(in haystack: String) -> Bool {
        guard let first else { return true }
        var text = haystack
        if let plainBytes {
            return text.withUTF8 { bytes in
                plainBytes.withUnsafeBufferPointer { FoldedText.contains(bytes, $0) }
            }
        }
        return text.withUTF8 { bytes in
            leadBytes.withUnsafeBufferPointer { leads in
                for start in bytes.indices where leads[Int(bytes[start])] {
                    let (value, length) = FoldedText.decode(bytes, at: start)
                    if FoldedText.fold(value) == first, matchesRest(bytes, from: start + length) { return true }
                }
                return false
            }
        }
    }

    /// Whether `needle`'s bytes occur in `haystack`: `memchr` for the needle's last byte (for
    /// Chinese a continuation byte, rarer than lead bytes), then a comparison of the whole needle.
    /// A match of well-formed UTF-8 starting with a lead byte is always on a character boundary.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = haystack.baseAddress, let needleBase = needle.baseAddress, needle.count <= haystack.count else {
            return needle.isEmpty
        }
        let last = needle.count - 1
        var from = last
        while from < haystack.count {
            guard let hit = memchr(base + from, Int32(needle[last]), haystack.count - from) else { return false }
            let end = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            if memcmp(base + end - last, needleBase, needle.count) == 0 { return true }
            from = end + 1
        }
        return false
    }

    private func matchesRest(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Bool {
        var position = offset
        for expected in rest {
            guard position < bytes.count else { return false }
            let (value, length) = FoldedText.decode(bytes, at: position)
            guard FoldedText.fold(value) == expected else { return false }
            position += length
        }
        return true
    }

    /// Every scalar that folds to another: the folded value → its sources.
    private static let sources: [UInt32: [UInt32]] = {
        var sources: [UInt32: [UInt32]] = [:]
        for value in ([0x41...0x5A, 0xFF01...0xFF5E] + casedBlocks).joined() where fold(value) != value {
            sources[fold(value), default: []].append(value)
        }
        return sources
    }()

    /// The first byte of a scalar's UTF-8; continuation bytes (0x80–0xBF) never are one.
    private static func leadByte(_ value: UInt32) -> Int {
        switch value {
        case ..<0x80: Int(value)
        case ..<0x800: Int(0xC0 | value >> 6)
        case ..<0x10000: Int(0xE0 | value >> 12)
        default: Int(0xF0 | value >> 18)
        }
    }

    /// The scalar starting at `offset` of well-formed UTF-8, and its length in bytes.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (lead, 1) }
        func next(_ i: Int) -> UInt32 { UInt32(bytes[offset + i]) & 0x3F }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | next(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | next(1) << 6 | next(2), 3) }
        return ((lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3), 4)
    }

    /// Full-width ASCII forms become ASCII, then letters become lower case.
    static func fold(_ value: UInt32) -> UInt32 {
        let narrow = (0xFF01...0xFF5E).contains(value) ? value - 0xFEE0 : value
        if narrow < 0x80 { return (0x41...0x5A).contains(narrow) ? narrow + 0x20 : narrow }
        guard mayHaveCase(narrow), let scalar = Unicode.Scalar(narrow) else { return narrow }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first!.value : narrow
    }

    /// The blocks outside ASCII with letters that have case: Latin, Greek, Cyrillic, Armenian,
    /// letterlike symbols, Roman numerals, circled letters. CJK text never takes the slow path.
    private static let casedBlocks: [ClosedRange<UInt32>] = [0xC0...0x58F, 0x1E00...0x1FFF, 0x2100...0x218F, 0x24B6...0x24E9]

    static func mayHaveCase(_ value: UInt32) -> Bool {
        value >= 0xC0 && value <= 0x24E9 && casedBlocks.contains { $0.contains(value) }
    }
}
