import ArgumentParser
import ModelCore

/// `--lang zh|en`, which every command takes. `CLILanguage` reads its value from the arguments
/// before they are parsed (the help texts are chosen before the parse); declaring it here makes
/// every command accept it, check it and list it in its help. `export` reads its value too: given,
/// it is the language of the CSV (`--lang zh`: Chinese headers); absent, the CSV stays English.
struct LanguageOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            localized(
                zh: "界面语言：zh 或 en（默认：$DUBAN_LANG，否则配置文件的 lang，否则按语言环境：英文环境 en，其他 zh）。",
                en: "zh or en (default: $DUBAN_LANG, else the config's lang, else the locale's: en in an English locale, else zh)."),
            valueName: "lang"))
    var lang: Language?
}

extension Language: ExpressibleByArgument {}
