import Testing

@testable import ModelCore

/// Which language the dashboard and the command line speak: `--lang`, `DUBAN_LANG`, the config's
/// `lang`, the locale; English only in an English locale.
@Suite struct LanguageChoiceTests {
    @Test func theLocaleIsTheFirstOfLCAllLCMessagesAndLang() {
        #expect(Language.ofLocale(["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.ofLocale(["LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.ofLocale(["LANG": "en"]) == .en)
        #expect(Language.ofLocale(["LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"]) == .zh)
        #expect(Language.ofLocale(["LANG": "zh_CN.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8", "LC_ALL": "en_GB.UTF-8"]) == .en)
        #expect(Language.ofLocale(["LC_ALL": "", "LANG": "en_US.UTF-8"]) == .en, "an empty variable is not set")
    }

    @Test func cPosixNoLocaleAndOtherLanguagesAreChinese() {
        for lang in ["C", "C.UTF-8", "POSIX", "de_DE.UTF-8", "eng", ""] {
            #expect(Language.ofLocale(["LANG": lang]) == .zh, "\(lang)")
        }
        #expect(Language.ofLocale([:]) == .zh)
    }

    @Test func theOptionThenDubanLangThenTheConfigThenTheLocale() {
        let english = ["LANG": "en_US.UTF-8"]
        #expect(Language.chosen(option: nil, environment: english, config: nil) == .en)
        #expect(Language.chosen(option: nil, environment: english, config: "zh") == .zh)
        #expect(Language.chosen(option: nil, environment: english.merging(["DUBAN_LANG": "en"]) { $1 }, config: "zh") == .en)
        #expect(Language.chosen(option: .zh, environment: english.merging(["DUBAN_LANG": "en"]) { $1 }, config: "en") == .zh)
        #expect(Language.chosen(option: nil, environment: ["DUBAN_LANG": "fr", "LANG": "zh_CN.UTF-8"], config: nil) == .zh)
        #expect(Language.chosen(option: nil, environment: ["DUBAN_LANG": "fr"], config: "en") == .en)
    }
}
