/// What must never reach a terminal from the data: string-type escape sequences (OSC `ESC ]`,
/// DCS `ESC P`, SOS `ESC X`, PM `ESC ^`, APC `ESC _`) that set titles, write the clipboard
/// (OSC 52) or talk to the terminal, C1 control characters, BEL, DEL, bidirectional controls,
/// and the hostile store's own CSI sequences (marked by the parameter 4242, which ncurses never
/// writes). ncurses' cursor and attribute output (CSI, `ESC (`, `ESC =`, `ESC >`, `ESC 7/8`) passes.
enum TerminalByteScan {
    static func problems(_ bytes: [UInt8]) -> [String] {
        var problems: [String] = []
        for (index, byte) in bytes.enumerated() {
            let next = index + 1 < bytes.count ? bytes[index + 1] : nil
            switch byte {
            case 0x1B where next.map { "]PX^_".utf8.contains($0) } == true:
                problems.append("ESC \(Character(Unicode.Scalar(next!))) at byte \(index): \(context(bytes, index))")
            case 0x1B where bytes[index...].starts(with: Array("\u{1B}[4242".utf8)):
                problems.append("the store's own CSI at byte \(index): \(context(bytes, index))")
            case 0x07, 0x7F:
                problems.append("byte \(byte) at \(index): \(context(bytes, index))")
            case 0xC2 where next.map { (0x80...0x9F).contains($0) } == true:
                problems.append("C1 control U+00\(String(next!, radix: 16)) at byte \(index): \(context(bytes, index))")
            case 0xE2
            where bytes[index...].starts(with: [0xE2, 0x80]) && index + 2 < bytes.count
                && ([0x8E, 0x8F] + Array(0xAA...0xAE)).contains(bytes[index + 2]):
                problems.append("a bidirectional control at byte \(index): \(context(bytes, index))")
            case 0xE2
            where bytes[index...].starts(with: [0xE2, 0x81]) && index + 2 < bytes.count
                && (0xA6...0xA9).contains(bytes[index + 2]):
                problems.append("a bidirectional isolate at byte \(index): \(context(bytes, index))")
            case 0xD8 where next == 0x9C:
                problems.append("an Arabic letter mark at byte \(index): \(context(bytes, index))")
            default:
                continue
            }
        }
        return problems
    }

    private static func context(_ bytes: [UInt8], _ index: Int) -> String {
        String(decoding: bytes[max(0, index - 20)..<min(bytes.count, index + 30)], as: UTF8.self).debugDescription
    }
}
