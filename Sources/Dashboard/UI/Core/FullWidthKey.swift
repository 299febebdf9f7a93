/// What a pinyin input method in Chinese mode sends for the keys duban binds: full-width forms
/// (`２`, `ｑ`, `？`, `／`, the ideographic space) and Chinese punctuation on the same keys
/// (`、` on `/`, `【】` on `[]`, `《》` on `<>`, `。` on `.`).
enum FullWidthKey {
    /// Chinese punctuation and the keys that type it in Chinese mode.
    private static let punctuation: [Character: Character] = [
        "、": "/", "【": "[", "】": "]", "「": "[", "」": "]", "《": "<", "》": ">", "。": ".", "·": "`", "￥": "$",
        "…": "^", "‘": "'", "’": "'", "“": "\"", "”": "\""
    ]

    /// The ASCII key `character` stands for, or nil when it is no full-width form of one.
    static func ascii(_ character: Character) -> Character? {
        if let key = punctuation[character] { return key }
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return nil }
        switch scalar.value {
        case 0xFF01...0xFF5E: return Character(Unicode.Scalar(scalar.value - 0xFEE0)!)
        case 0x3000: return " "
        default: return nil
        }
    }
}
