import Foundation
import ModelCore
import ModelImport

/// A store whose every field tries to drive the terminal: task texts, units, leaders, document
/// and chapter names imported from JSON, a note recorded with `duban update`, and a config whose
/// saved view is named and filtered the same way. Plus a 10,000-character word and a long line.
struct HostileStore {
    /// Escape sequences and controls a terminal would obey: clear, move, title, clipboard (OSC 52), C1, bidi.
    static let payloads = [
        "\u{1B}[2J\u{1B}[4242;4242H", "\u{1B}]0;PWNED-TITLE\u{07}", "\u{1B}]52;c;UFdORUQ=\u{07}",
        "\u{1B}P+q544e\u{1B}\\", "\u{1B}_PWNED\u{1B}\\", "\u{9B}4242m\u{9D}0;PWNED\u{9C}",
        "\u{202E}txt.exe\u{2066}\u{061C}", "\u{7F}\u{08}\r\u{0B}\u{0C}", "\u{1B}[4242m"
    ]
    static let hostile = payloads.joined(separator: "任务")

    let db: String
    let config: String
    let json: String

    init(_ cli: CLIRunner) throws {
        db = cli.path("hostile.sqlite")
        json = cli.path("hostile.json")
        config = cli.path("config.toml")
        let tasks = (1...12).map { number in
            Task(
                id: "H\(number % 3)-\(number)", document: "恶意文件\(Self.payloads[number % 3])", number: number,
                caseNumber: "案\(Self.payloads[(number + 1) % Self.payloads.count])", category: "A",
                chapter: "一、\(Self.hostile)", section: "（一）\(Self.payloads[number % Self.payloads.count])",
                text: number == 1 ? String(repeating: "长", count: 10_000) : number == 2 ? String(repeating: Self.hostile, count: 200) : Self.hostile,
                proposers: ["提案人\(Self.payloads[2])"], leaders: ["领导\(Self.payloads[number % 3])"],
                leadUnits: ["=HYPERLINK(\"http://x\")", "单位\(Self.payloads[5])"], responsibleUnits: ["各乡镇", "金积镇\(Self.payloads[1])"],
                cooperatingUnits: ["@SUM(A1)"], status: .inProgress, deadline: Day("2020-06-30"), progress: 10)
        }
        try TaskJSON.encode(tasks).write(to: URL(fileURLWithPath: json))
        try Data(
            """
            [[view]]
            name = "视图\\u001B]0;PWNED-VIEW\\u0007\\u202E"
            filter = "\\u001B[4242m 金积镇"
            """.utf8
        ).write(to: URL(fileURLWithPath: config))
        guard try cli.run(["import", json, "--db", db]).status == 0,
            try cli.run(["update", "H0-3", "--db", db, "--note", "批示" + Self.hostile]).status == 0
        else {
            throw CocoaError(.fileWriteUnknown)
        }
    }

    /// Arguments naming the store, at a fixed day.
    var storeArguments: [String] { ["--db", db, "--today", "2020-07-01"] }
}
