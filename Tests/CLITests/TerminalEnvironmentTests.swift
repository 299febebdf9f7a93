import Foundation
import Testing

/// Issue 6, part 4: the dashboard under each LANG and TERM a duty officer's session may have.
/// In each it either draws (Chinese included) or exits 1 with one clear line on stderr, and after
/// `q` the shell gets its terminal back (`stty -a` shows icanon and echo).
@Suite(.serialized) struct TerminalEnvironmentTests {
    /// Runs the dashboard in `environment` in tmux and checks how it ends; returns a one-line account.
    private func check(_ environment: TerminalEnvironment, cli: CLIRunner, db: String) throws -> String {
        let errors = cli.path("stderr-\(UUID().uuidString.prefix(6))")
        let command = environment.command(
            binary: CLIRunner.binary.path, arguments: ["--db", db, "--today", "2020-07-01"],
            home: cli.directory.path, errors: errors)
        let tmux = try TmuxSession(width: 100, height: 30, command: command, environment: [:])
        let name = environment.name
        var account: String
        switch environment.outcome {
        case .works(let colours):
            // The status line's count is the last thing a frame draws: a capture before it may catch
            // the frame half written (a slow machine did, with the notice line not yet there).
            let screen = try tmux.waitFor { $0.joined().contains("督办看板") && $0.joined().contains("/352") }
            let text = screen.joined(separator: "\n")
            #expect(text.contains("督办看板") && text.contains("按领导"), "\(name): the header and views in Chinese\n\(text)")
            if let shows = environment.shows { #expect(text.contains(shows), "\(name): shows “\(shows)”\n\(text)") }
            let found = ScreenColours.scan(try tmux.tmux(["capture-pane", "-p", "-e", "-t", "0"]))
            switch colours {
            case .none: #expect(!found.any, "\(name): no colour")
            case .basic: #expect(found.any && !found.extended, "\(name): only the basic colours (\(found))")
            case .any: break
            }
            try tmux.send("q")
            account =
                "works (\(found.any ? (found.extended ? "256 colours" : "basic colours") : "no colour")"
                + (environment.shows.map { "; notice “\($0)”" } ?? "") + ")"
        case .refuses(let phrase):
            try tmux.waitFor { $0.contains { $0.hasPrefix("EXITED") } }
            let stderr = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            let lines = stderr.split(separator: "\n")
            #expect(lines.count == 1 && stderr.contains(phrase), "\(name): one clear line, got: \(stderr)")
            account = "refused: \(stderr.trimmingCharacters(in: .newlines))"
        }
        let after = try tmux.waitFor { $0.contains { $0.hasPrefix("EXITED") } && $0.contains { $0.contains("icanon") } }
        let shell = after.joined(separator: " ")
        let expected = if case .works = environment.outcome { "EXITED 0" } else { "EXITED 1" }
        #expect(after.contains(expected), "\(name): \(expected)\n\(after.joined(separator: "\n"))")
        #expect(shell.contains(" icanon ") && shell.contains(" echo ") && !tmux.alternateScreenOn, "\(name): the terminal is restored")
        if case .works = environment.outcome {
            let stderr = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            #expect(stderr.isEmpty, "\(name): nothing on stderr, got: \(stderr)")
        }
        return account
    }

    @Test func eachLangAndTermEitherWorksOrRefusesInOneLine() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("t.sqlite")
        #expect(try cli.run(["import", CLIRunner.gazette, "--db", db]).status == 0)
        let terminfo = cli.path("terminfo")
        try FileManager.default.createDirectory(atPath: terminfo, withIntermediateDirectories: true)
        #expect(TerminalEnvironment.makeSixteenColourEntry(in: terminfo), "tic made an xterm-16color entry")
        let environments = TerminalEnvironment.matrix(sixteen: terminfo)
        var worked = 0, refused = 0
        for environment in environments {
            let account = try check(environment, cli: cli, db: db)
            if case .works = environment.outcome { worked += 1 } else { refused += 1 }
            print("environment \(environment.name): \(account)")
        }
        print("environments: \(environments.count) tried, \(worked) worked, \(refused) refused in one line, terminal restored in all")
    }

    @Test(.enabled(if: NonUTF8Locale.available, NonUTF8Locale.skipReason))
    func aNonUTF8LocaleFallsBackToUTF8AndStillDrawsChinese() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("t.sqlite")
        #expect(try cli.run(["import", CLIRunner.gazette, "--db", db]).status == 0)
        let environment = TerminalEnvironment(
            lang: NonUTF8Locale.name, term: "xterm-256color", outcome: .works(.any),
            shows: "codeset GB18030 is not UTF-8; using C.UTF-8")
        print("environment \(environment.name): \(try check(environment, cli: cli, db: db))")
    }
}

/// A locale whose codeset is not UTF-8, zh_CN.GB18030, made with localedef when missing and root.
enum NonUTF8Locale {
    static let name = "zh_CN.GB18030"
    static let skipReason: Comment = "needs the zh_CN.GB18030 locale, or root with localedef and the locales package's sources to make it"

    static let available: Bool = {
        if installed() { return true }
        guard getuid() == 0 else { return false }
        _ = system("localedef -i zh_CN -f GB18030 \(name) >/dev/null 2>&1")
        return installed()
    }()

    private static func installed() -> Bool {
        system("locale -a 2>/dev/null | grep -qix 'zh_CN.gb18030'") == 0
    }
}
