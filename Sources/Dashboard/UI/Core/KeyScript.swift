/// Keys written as text, for `duban snapshot --keys` and tests: characters stand for
/// themselves; `<Enter>`, `<Esc>`, `<Tab>`, `<S-Tab>`, `<Up>`, `<Down>`, `<Left>`, `<Right>`,
/// `<PgUp>`, `<PgDn>`, `<Home>`, `<End>`, `<BS>`, `<Del>`, `<F1>`…, `<C-l>` and `<lt>` (a literal `<`)
/// name the others.
public enum KeyScript {
    public struct ParseError: Error, CustomStringConvertible {
        public let description: String
    }

    public static func parse(_ script: String) throws -> [Key] {
        var keys: [Key] = []
        var rest = Substring(script)
        while let first = rest.first {
            if first == "<", let close = rest.firstIndex(of: ">") {
                let name = String(rest[rest.index(after: rest.startIndex)..<close])
                guard let key = named(name) else { throw ParseError(description: "unknown key <\(name)> in --keys") }
                keys.append(key)
                rest = rest[rest.index(after: close)...]
            } else {
                keys.append(.character(first))
                rest = rest.dropFirst()
            }
        }
        return keys
    }

    private static func named(_ name: String) -> Key? {
        switch name.lowercased() {
        case "enter", "cr": return .enter
        case "esc": return .escape
        case "tab": return .tab
        case "s-tab": return .backTab
        case "up": return .up
        case "down": return .down
        case "left": return .left
        case "right": return .right
        case "pgup": return .pageUp
        case "pgdn": return .pageDown
        case "home": return .home
        case "end": return .end
        case "bs": return .backspace
        case "del": return .delete
        case "lt": return .character("<")
        case "space": return .character(" ")
        default:
            if name.lowercased().hasPrefix("c-"), name.count == 3 { return .control(Character(name.suffix(1).lowercased())) }
            if name.lowercased().hasPrefix("f"), let n = Int(name.dropFirst()), (1...12).contains(n) { return .function(n) }
            return nil
        }
    }
}
