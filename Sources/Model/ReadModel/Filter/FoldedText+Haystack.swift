#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension FoldedText {
    /// Appends `text` folded as needles are (full-width ASCII to ASCII, letters to lower case), so
    /// that a needle occurs in `text` exactly when its `foldedBytes` occur in what was appended.
    /// Bytes that cannot start a folding scalar are copied as they are, which is most Chinese text.
    static func appendFolded(_ text: String, to buffer: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let lead = bytes[offset]
                if lead < 0x80 {
                    buffer.append(lead >= 0x41 && lead <= 0x5A ? lead + 0x20 : lead)
                    offset += 1
                } else if lead < 0xC0 || !mayFold(lead: lead) {
                    buffer.append(lead >= 0x41 && lead <= 0x5A ? lead + 0x20 : lead)
                    offset += 1
                } else {
                    let (value, length) = decode(bytes, at: offset)
                    if let folded = Unicode.Scalar(fold(value)), folded.value != value {
                        UTF8.encode(folded) { buffer.append($0) }
                    } else {
                        buffer.append(contentsOf: bytes[offset..<(offset + length)])
                    }
                    offset += length
                }
            }
        }
    }

    /// Whether a scalar with this UTF-8 lead byte may fold: two-byte Latin, Greek, Cyrillic and
    /// Armenian (U+00C0–U+058F), and the three-byte blocks with cased letters or full-width forms.
    private static func mayFold(lead: UInt8) -> Bool {
        (0xC3...0xD6).contains(lead) || lead == 0xE1 || lead == 0xE2 || lead == 0xEF
    }

    /// Every offset in `haystack` where `needle` starts, in order, each found after `skip(hit)`:
    /// the search goes on from the offset `skip` returns (the end of the hit's record). `memchr`
    /// for the needle's last byte, then a comparison of the whole needle.
    static func forEachOccurrence(
        of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>,
        skip: (Int) -> Int
    ) {
        guard let base = haystack.baseAddress, let needleBase = needle.baseAddress, !needle.isEmpty else { return }
        let last = needle.count - 1
        let lastByte = Int32(needle[last])
        var from = last
        while from < haystack.count {
            guard let hit = memchr(base + from, lastByte, haystack.count - from) else { return }
            let end = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            let start = end - last
            if memcmp(base + start, needleBase, needle.count) == 0 {
                from = max(skip(start), end + 1) + last
            } else {
                from = end + 1
            }
        }
    }
}
