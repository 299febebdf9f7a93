import ModelCore

/// A labelled line of a summary, the values aligned by display width: `  tasks      352` in English,
/// `  任务  352` in Chinese.
enum SummaryField {
    static func line(_ zh: String, _ en: String, _ value: String) -> String {
        "  " + label(zh, en) + value
    }

    /// The label in the command line's language, padded to where the values start.
    static func label(_ zh: String, _ en: String) -> String {
        DisplayWidth.pad(localized(zh: zh, en: en), to: CLILanguage.current == .zh ? 6 : 11)
    }
}
