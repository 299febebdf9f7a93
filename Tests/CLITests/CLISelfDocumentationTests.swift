import Foundation
import Testing

/// `duban --version`, the completion scripts and the man page, as `scripts/install` puts them in
/// place (from the test build: the release build it makes by default takes minutes).
@Suite struct CLISelfDocumentationTests {
    /// Runs `command` in bash with `environment` on top of this process's; returns its output.
    private func shell(_ command: String, _ environment: [String: String] = [:]) throws -> CLIRunner.Result {
        try CLIRunner.execute(
            URL(fileURLWithPath: "/bin/bash"), ["-c", command],
            environment: ProcessInfo.processInfo.environment.merging(environment) { $1 }, directory: CLIRunner.packageRoot.path)
    }

    @Test func versionPrintsTheVersion() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let shown = try cli.run(["--version"])
        #expect(shown.status == 0 && shown.stderr.isEmpty)
        #expect(shown.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(shown.stdout)")
    }

    @Test func theBashCompletionLoadsAndCompletesSubcommandsAndOptions() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let script = cli.path("duban.bash")
        try cli.run(["--generate-completion-script", "bash"]).stdoutData.write(to: URL(fileURLWithPath: script))
        let completed = try shell(
            """
            source \(script) && complete -p duban
            COMP_WORDS=(duban li); COMP_CWORD=1; COMP_LINE="duban li"; COMP_POINT=8; COMPREPLY=()
            _duban duban li duban && echo "${COMPREPLY[*]}"
            COMP_WORDS=(duban list --ov); COMP_CWORD=2; COMP_LINE="duban list --ov"; COMP_POINT=15; COMPREPLY=()
            _duban duban --ov list && echo "${COMPREPLY[*]}"
            """, ["PATH": CLIRunner.binary.deletingLastPathComponent().path + ":/usr/bin:/bin"])
        #expect(completed.status == 0, "\(completed.stderr)")
        #expect(completed.stdout == "complete -o filenames -F _duban duban\nlist\n--overdue\n", "\(completed.stdout)")
    }

    @Test func theInstallPutsTheManPageWhereManFindsItInEitherLanguage() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let prefix = cli.path("prefix")
        let built = CLIRunner.binary.deletingLastPathComponent().path
        let installed = try shell("scripts/install --built \(built) \(prefix)", ["DUBAN_LANG": "", "LC_ALL": "", "LANG": "C.UTF-8"])
        #expect(installed.status == 0, "\(installed.stderr)")
        #expect(installed.stdout.hasPrefix("installed duban "))
        for file in [
            "bin/duban", "share/bash-completion/completions/duban", "share/zsh/site-functions/_duban",
            "share/fish/vendor_completions.d/duban.fish"
        ] {
            #expect(FileManager.default.fileExists(atPath: "\(prefix)/\(file)"), "\(file)")
        }
        // man-db looks in ../share/man beside each directory of PATH; an English locale picks `en`.
        let path = ["PATH": "\(prefix)/bin:/usr/bin:/bin", "MANPATH": "", "MANWIDTH": "80", "LC_ALL": "", "LANG": "C.UTF-8"]
        #expect(try shell("man -w duban", path).stdout == "\(prefix)/share/man/man1/duban.1\n")
        #expect(try shell("man -L en -w duban", path).stdout == "\(prefix)/share/man/en/man1/duban.1\n")
        let chinese = try shell("man duban", path)
        #expect(chinese.status == 0 && chinese.stderr.isEmpty, "\(chinese.stderr)")
        #expect(chinese.stdout.contains("名称\n       duban - 督办看板："))
        #expect(chinese.stdout.contains("   duban list\n       duban list [选项]\n"))
        let english = try shell("man -L en duban", path)
        #expect(english.status == 0 && english.stderr.isEmpty, "\(english.stderr)")
        #expect(english.stdout.contains("   duban units alias\n       duban units alias [options] spelling unit\n"))
        #expect(english.stdout.contains("Tasks this leader (责任领导) answers for."))
        let lines = english.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 80 }, "every line fits MANWIDTH")
    }
}
