import Foundation
import Testing

@testable import ModelCore
@testable import ModelImport

/// Text that tries to drive a terminal or a spreadsheet, and lines no one would write by hand.
@Suite struct HostileTextTests {
    private static let payloads = [
        "\u{1B}]52;c;UFdORUQ=\u{07}", "\u{1B}[2J\u{1B}[H", "\u{9B}31m\u{9D}0;PWNED\u{9C}",
        "\u{1B}]0;PWNED\u{1B}\\", "a\u{202E}b\u{2066}c\u{061C}d", "\u{7F}\u{00}\u{08}\r"
    ]

    @Test func safeTextEscapesEveryControlAndBidiCharacter() {
        for payload in Self.payloads {
            let shown = SafeText.line(payload)
            #expect(
                !shown.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || SafeText.isBidiControl($0) },
                "\(shown.debugDescription)")
        }
        #expect(SafeText.line("a\u{061C}b") == "a\\u{61C}b")
    }

    @Test func jsonWritesC1AndBidiControlsAsEscapesAndReadsThemBack() throws {
        var task = ExchangeFixtures.tasks[0]
        task.text = Self.payloads.joined()
        let data = TaskJSON.encode([task])
        #expect(
            !data.contains(0x1B)
                && !String(decoding: data, as: UTF8.self).unicodeScalars.contains {
                    (0x80...0x9F).contains($0.value) || SafeText.isBidiControl($0)
                })
        #expect(String(decoding: data, as: UTF8.self).contains(#"\u009b31m"#))
        #expect(try TaskJSON.decode(data, file: "t.json")[0].text == task.text)
    }

    @Test(arguments: ["=1+1", "+86 0953", "-5", "@SUM(A1)", "\tx", "\rx", "'quoted", "''", "'", "=HYPERLINK(\"http://x\")"])
    func csvNeutralisesFormulaCellsAndTheRoundTripGivesTheTextBack(text: String) throws {
        var task = ExchangeFixtures.tasks[0]
        task.text = text
        task.leaders = [text, "张三"]
        task.id = text.hasPrefix("=") ? "=cmd" : task.id
        let csv = String(decoding: TaskCSV.encode([task]), as: UTF8.self)
        let row = try CSVReader.rows(in: csv, file: "t.csv")[1].fields
        for cell in row where !cell.isEmpty {
            #expect(!"=+-@\t\r".unicodeScalars.contains(cell.unicodeScalars.first!), "a live formula cell: \(cell.debugDescription)")
        }
        let back = try TaskCSV.decode(TaskCSV.encode([task]), file: "t.csv")[0]
        #expect(back.text == text && back.id == task.id)
        // List items lose surrounding white space on import, formulas or not.
        #expect(back.leaders == [text.trimmingCharacters(in: .whitespaces), "张三"].filter { !$0.isEmpty })
    }

    @Test func aGazetteWithWindowsLineEndsReadsAsWithUnixOnes() throws {
        let crlf = GazetteFixture.text.replacingOccurrences(of: "\n", with: "\r\n")
        let parsed = try GazetteImporter.parse(crlf, file: "gazette.txt")
        #expect(parsed.tasks == GazetteFixture.parsed.tasks)
        #expect(parsed.warnings == GazetteFixture.parsed.warnings)
    }

    /// A 10,000-character word and lines of 20,000 and 200,000 characters: wrap and truncate finish,
    /// keep to the width, and take time in proportion to the text, not its square.
    @Test func longLinesAndWordsWrapAndTruncateInLinearTime() {
        let clock = ContinuousClock()
        func timed(_ text: String) -> Duration {
            (0..<2).map { _ in
                clock.measure {
                    let lines = DisplayWidth.wrap(SafeText.line(text), to: 37)
                    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 37 })
                    #expect(DisplayWidth.of(DisplayWidth.truncate(text, to: 37)) <= 37)
                }
            }.min()!
        }
        let word = String(repeating: "字", count: 10_000)
        let small = String(repeating: word + "\u{1B}[2J ", count: 2)
        let large = String(repeating: word + "\u{1B}[2J ", count: 20)
        let (tSmall, tLarge) = (timed(small), timed(large))
        print("wrap+truncate: \(small.count) characters \(tSmall.milliseconds) ms, \(large.count) characters \(tLarge.milliseconds) ms")
        #expect(tLarge < tSmall * 30, "ten times the text took \(tLarge / tSmall) times as long")
    }
}

/// Found while building the hostile store: the store refused such a file with no line.
@Suite struct DocumentCodeClashTests {
    @Test func idsOfOnePrefixInTwoDocumentsAreRefusedWithTheLine() throws {
        var tasks = Array(ExchangeFixtures.tasks.prefix(1))
        var other = tasks[0]
        other.id = "P2-2"
        other.document = "另一个文件"
        tasks.append(other)
        #expect(throws: LocatedError.self) { try TaskJSON.decode(TaskJSON.encode(tasks), file: "t.json") }
        do {
            _ = try TaskJSON.decode(TaskJSON.encode(tasks), file: "t.json")
        } catch {
            #expect(error.line == 23 && error.message.contains("另一个文件") && error.message.contains("line 4"), "\(error)")
        }
    }
}
