import Foundation
import Testing

@testable import ModelCore
@testable import ModelRead

@Suite struct SavedViewConfigTests {
    private func parse(_ text: String) throws(LocatedError) -> DubanConfig {
        try DubanConfig.parse(text, file: "config.toml")
    }

    /// The error `text` gives, as `FILE:LINE: problem`; nil (failing the comparison) when it parses.
    private func problem(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func readsSettingsAndViews() throws {
        let config = try parse(
            """
            # optional settings other pieces will read later
            read_only = false
            lang = "zh"   # a comment after a value
            theme = 'auto'

            [[view]]
            name = "金积镇逾期"
            filter = "town:金积镇 overdue"

            [[ view ]]  # spaces inside the brackets are TOML too
            name = "马长军的 \\"滞后\\"\\t任务\\u0021"
            filter = 'leader:马长军 status:behind'
            """)
        #expect(
            config
                == DubanConfig(
                    views: [
                        SavedView(name: "金积镇逾期", filter: "town:金积镇 overdue"),
                        SavedView(name: "马长军的 \"滞后\"\t任务!", filter: "leader:马长军 status:behind")
                    ],
                    readOnly: false, lang: "zh", theme: "auto"))
    }

    @Test func anEmptyFileIsAnEmptyConfig() throws {
        #expect(try parse("") == DubanConfig())
        #expect(try parse("\u{FEFF}# only a comment\r\n\r\n") == DubanConfig())
        #expect(try parse("read_only = true\r\n").readOnly == true)
    }

    @Test func tomlSyntaxErrorsNameTheLine() {
        #expect(problem("lang = \"zh\n") == "config.toml:1: unclosed string")
        #expect(problem("\n\nlang = \"zh\" theme") == "config.toml:3: unexpected “theme” after the value")
        #expect(problem("lang \"zh\"") == "config.toml:1: expected key = value, not “lang \"zh\"”")
        #expect(problem("lang =") == "config.toml:1: lang = needs a value")
        #expect(problem("lang = \"a\\qb\"") == "config.toml:1: invalid escape “\\q”")
        #expect(problem("lang = \"\"\"zh\"\"\"") == "config.toml:1: multi-line strings are not supported here")
        #expect(problem("lang = \"zh\"\nlang = \"en\"") == "config.toml:2: duplicate key “lang” (first at line 1)")
        #expect(problem("[view]\nname = \"x\"") == "config.toml:1: unknown table “[view]”: the only table is [[view]]")
        #expect(problem("[[views]]") == "config.toml:1: unknown table “[[views]]”: the only table is [[view]]")
    }

    @Test func unknownKeysAreIgnoredWithAWarning() throws {
        let config = try parse("read_only = true\ncolour = \"red\"\n[[view]]\nname = \"a\"\nsort = \"id\"\nfilter = \"overdue\"")
        #expect(config.readOnly == true && config.views == [SavedView(name: "a", filter: "overdue")])
        #expect(
            config.warnings == [
                LocatedError(file: "config.toml", line: 2, message: "unknown key “colour”, ignored"),
                LocatedError(file: "config.toml", line: 5, message: "unknown key “sort” in [[view]], ignored")
            ])
        #expect(try parse("lang = \"en\"").warnings.isEmpty)
        #expect(problem("[[view]]\nname = \"a\"\nfilter = \"overdue\"\nlang = \"en\"") == "config.toml:4: lang must come before the first [[view]]")
    }

    @Test func langAndThemeTakeOnlyTheirValues() throws {
        #expect(problem("lang = \"fr\"") == "config.toml:1: lang must be \"zh\" or \"en\", not \"fr\"")
        #expect(problem("read_only = false\ntheme = \"dark\"") == "config.toml:2: theme must be \"auto\", \"color\" or \"mono\", not \"dark\"")
        #expect(problem("theme = \"Mono\"") == "config.toml:1: theme must be \"auto\", \"color\" or \"mono\", not \"Mono\"")
        for lang in ["zh", "en"] { #expect(try parse("lang = \"\(lang)\"").lang == lang) }
        for theme in ["auto", "color", "mono"] { #expect(try parse("theme = '\(theme)'").theme == theme) }
    }

    @Test func aViewNeedsANameAndAFilter() {
        #expect(problem("lang = \"zh\"\n\n[[view]]\nfilter = \"overdue\"") == "config.toml:3: [[view]] has no name")
        #expect(problem("[[view]]\nname = \"a\"\nfilter = \"\"\n[[view]]\nname = \"b\"") == "config.toml:4: view “b” has no filter")
        #expect(problem("[[view]]\nname = \"\"\nfilter = \"overdue\"") == "config.toml:2: view name is empty")
    }

    @Test func aFilterThatDoesNotParseIsReportedOnItsLine() {
        #expect(
            problem("[[view]]\nname = \"坏\"\nfilter = \"town:金积镇 foo:1\"")
                == "config.toml:3: view “坏”: filter “town:金积镇 foo:1”: unknown key “foo:”; the keys: "
                + "leader/领导, unit/单位, lead/牵头, town/乡镇, status/状态, doc/文件, chapter/章节, due/截止 (column 13)")
        #expect(
            problem("[[view]]\nfilter = \"status:x\"\nname = \"a\"")
                == "config.toml:2: view “a”: filter “status:x”: status: expects one of not_started, in_progress, done, behind, blocked (or 未启动、推进中、已完成、滞后、受阻), not “x” (column 8)"
        )
    }

    @Test func viewNamesMustBeNew() {
        let twice = "[[view]]\nname = \"a\"\nfilter = \"overdue\"\n\n[[view]]\nfilter = \"doc:P2\"\nname = \"a\""
        #expect(problem(twice) == "config.toml:7: duplicate view name “a” (first at line 2)")
        #expect(problem("[[view]]\nname = \"逾期\"\nfilter = \"overdue\"") == "config.toml:2: view name “逾期” is taken by a built-in view")
        #expect(problem("[[view]]\nname = \"Done\"\nfilter = \"status:done\"") == "config.toml:2: view name “Done” is taken by a built-in view")
    }

    @Test func wrongTypesNameTheKey() {
        #expect(problem("read_only = \"yes\"") == "config.toml:1: read_only must be true or false, not \"yes\"")
        #expect(problem("read_only = 1") == "config.toml:1: read_only must be true or false, not 1")
        #expect(problem("lang = zh") == "config.toml:1: lang must be a string in quotes, not zh")
        #expect(problem("theme = true") == "config.toml:1: theme must be a string in quotes, not true")
        #expect(problem("[[view]]\nname = [\"a\"]\nfilter = \"overdue\"") == "config.toml:2: name must be a string in quotes, not [\"a\"]")
    }

    @Test func pathFollowsTheEnvironment() {
        #expect(DubanConfig.path(environment: ["DUBAN_CONFIG": "/etc/d.toml", "XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/etc/d.toml")
        #expect(DubanConfig.path(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/duban/config.toml")
        #expect(DubanConfig.path(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]) == "/h/.config/duban/config.toml")
        #expect(DubanConfig.path(environment: ["HOME": "/h"]) == "/h/.config/duban/config.toml")
        #expect(DubanConfig.path(environment: [:]) == nil)
    }

    @Test func loadReadsTheFileOrNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("duban-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("duban"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["XDG_CONFIG_HOME": folder.path]
        #expect(try DubanConfig.load(environment: environment) == DubanConfig())

        let file = folder.appendingPathComponent("duban/config.toml")
        try Data("lang = \"en\"\n[[view]]\nname = \"v\"\nfilter = \"overdue\"\n".utf8).write(to: file)
        #expect(try DubanConfig.load(environment: environment) == DubanConfig(views: [SavedView(name: "v", filter: "overdue")], lang: "en"))

        let other = folder.appendingPathComponent("other.toml")
        try Data("lang = \"zh\"\n\nread_only = \"no\"\n".utf8).write(to: other)
        #expect(throws: LocatedError(file: other.path, line: 3, message: "read_only must be true or false, not \"no\"")) {
            try DubanConfig.load(environment: ["DUBAN_CONFIG": other.path, "XDG_CONFIG_HOME": folder.path])
        }

        try Data([0x6C, 0x61, 0x6E, 0x67, 0x0A, 0xFF]).write(to: other)
        #expect(throws: LocatedError(file: other.path, line: 2, message: "not UTF-8 text")) {
            try DubanConfig.load(environment: ["DUBAN_CONFIG": other.path])
        }
    }
}
