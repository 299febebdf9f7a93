import DashboardUI
import ModelDemo

/// What a monkey does next: press a key or resize the terminal.
enum MonkeyInput {
    case key(Key)
    case resize(width: Int, height: Int)

    /// Every key the keymap binds, each as likely as the others.
    private static let boundKeys: [Key] = Array(Set(Keymap.bindings.flatMap(\.keys)))
    /// What people type into the filter and the forms: Chinese, filter words, digits.
    private static let typed: [Character] = Array("金积镇马长军发改局已开会逾期滞后区直各部门status:behindleader:unit:town:overdue!\"<=>0123456789 、，。")
    /// Keys a keyboard sends that no binding uses.
    private static let otherKeys: [Key] = [
        .delete, .backspace, .function(2), .function(12), .control("a"), .control("c"),
        .character("\u{1B}"), .character("x"), .character("Y"), .character("😀")
    ]

    /// A weighted choice: bound keys most, then typing, the keys that open and close modes, and resizes.
    static func next(using random: inout SplitMix64) -> MonkeyInput {
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<40: .key(boundKeys.randomElement(using: &random)!)
        case 40..<60: .key(.character(typed.randomElement(using: &random)!))
        case 60..<68: .key(.escape)
        case 68..<76: .key(.enter)
        case 76..<80: .key(.character("u"))
        case 80..<84: .key(.character("c"))
        case 84..<88: .key(.character("/"))
        case 88..<92: .key([.character("y"), .character("n"), .tab, .left, .right].randomElement(using: &random)!)
        case 92..<96: .key(otherKeys.randomElement(using: &random)!)
        default:
            // Half of the resizes stay at usable sizes, half go anywhere down to 1x1.
            Bool.random(using: &random)
                ? .resize(width: Int.random(in: 80...250, using: &random), height: Int.random(in: 24...80, using: &random))
                : .resize(width: Int.random(in: 1...250, using: &random), height: Int.random(in: 1...80, using: &random))
        }
    }
}
