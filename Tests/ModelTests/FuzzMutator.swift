import ModelDemo

/// Seeded damage to a valid file: byte flips, bytes and tokens put in or taken out, truncation,
/// lines duplicated, dropped and shuffled, and huge fields. One to four of them per case.
struct FuzzMutator {
    /// Fragments that mean something to the format being fuzzed (quotes, brackets, labels).
    let tokens: [String]

    /// Bytes that break encodings and parsers: NUL, line ends, ESC, quotes, a lone UTF-8 lead, 0xFF.
    private static let bytes: [UInt8] = [
        0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x22, 0x27, 0x2C, 0x5C, 0x7F, 0x80, 0x9B,
        0xC0, 0xE4, 0xED, 0xF4, 0xFF
    ]
    /// Text no file should carry to a terminal.
    private static let hostile = ["\u{1B}]52;c;UFdORUQ=\u{07}", "\u{1B}[2J", "\u{9B}31m", "\u{202E}", "=HYPERLINK(\"x\")"]
    /// What a huge field is made of.
    private static let fillers = ["字", "a", "x,", "\"", "、", " ", "1"]

    func mutate(_ input: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            mutateOnce(&bytes, using: &random)
        }
        return bytes
    }

    private func mutateOnce(_ bytes: inout [UInt8], using random: inout SplitMix64) {
        let at = Int.random(in: 0...bytes.count, using: &random)
        switch Int.random(in: 0..<10, using: &random) {
        case 0 where !bytes.isEmpty:
            bytes[min(at, bytes.count - 1)] ^= 1 << UInt8.random(in: 0..<8, using: &random)
        case 1 where !bytes.isEmpty:
            bytes[min(at, bytes.count - 1)] = Self.bytes.randomElement(using: &random)!
        case 2:
            let token = Bool.random(using: &random) ? tokens.randomElement(using: &random)! : Self.hostile.randomElement(using: &random)!
            bytes.insert(contentsOf: token.utf8, at: at)
        case 3:
            bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...64, using: &random)))
        case 4:
            bytes.removeSubrange(at...)
        case 5, 6, 7:
            var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            mutateLines(&lines, using: &random)
            bytes = Array(lines.joined(separator: [0x0A]))
        default:
            let filler = Self.fillers.randomElement(using: &random)!
            let count = Int.random(in: 10_000...100_000, using: &random) / filler.utf8.count
            bytes.insert(contentsOf: String(repeating: filler, count: count).utf8, at: at)
        }
    }

    private func mutateLines(_ lines: inout [[UInt8]], using random: inout SplitMix64) {
        let index = Int.random(in: 0..<lines.count, using: &random)
        switch Int.random(in: 0..<4, using: &random) {
        case 0:
            let copies = Int.random(in: 1...3, using: &random)
            lines.insert(
                contentsOf: Array(repeating: lines[index], count: copies),
                at: Int.random(in: 0...lines.count, using: &random))
        case 1:
            lines.remove(at: index)
            if lines.isEmpty { lines = [[]] }
        case 2:
            lines.swapAt(index, Int.random(in: 0..<lines.count, using: &random))
        default:
            let end = min(lines.count, index + Int.random(in: 2...8, using: &random))
            lines[index..<end].shuffle(using: &random)
        }
    }
}
