extension Language {
    /// The language asked for: `option` (`--lang`), else `DUBAN_LANG`, else the config's `lang`,
    /// else the locale's (`ofLocale`). A `DUBAN_LANG` that names no language is passed over.
    public static func chosen(option: Language?, environment: [String: String], config: String?) -> Language {
        option ?? environment["DUBAN_LANG"].flatMap(Language.init(rawValue:)) ?? config.flatMap(Language.init(rawValue:))
            ?? ofLocale(environment)
    }

    /// The locale's language, from the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set, as
    /// the C library reads them: English for an English locale (`en_US.UTF-8`), else Chinese —
    /// for a Chinese one (`zh_CN.UTF-8`), and for C, POSIX or none, as a server's SSH session
    /// often has: duban is for Chinese offices.
    public static func ofLocale(_ environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let language = locale.prefix { $0.isLetter }
        return language == "en" ? .en : .zh
    }
}
