import Foundation
import ModelImport
import ModelRead
import ModelStore
import Testing

/// The real binary on a store large enough for a snapshot image: the first start writes one, the
/// next starts read it, and what they show is what a start from the store's rows shows.
@Suite(.serialized) struct TmuxSnapshotImageTests {
    /// How long an image may take to appear. It is written at nice 10, so while the rest of the
    /// suite keeps both cores busy it gets a few per cent of one (a CI run once took over a minute).
    static let imagePatience: TimeInterval = 300

    @Test func aStartFromTheImageShowsWhatAStartFromTheRowsShows() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("big.sqlite"), image = SnapshotImage.path(forStore: cli.path("big.sqlite"))
        let tasks = SnapshotImage.minimumTasks + 500
        #expect(try cli.run(["gen", "--tasks", "\(tasks)", "--seed", "5", "--output", db]).status == 0)
        // gen writes the image at its end, as import does; the first start of a store without one writes it.
        #expect(FileManager.default.fileExists(atPath: image))
        try FileManager.default.removeItem(atPath: image)

        /// View 全部 with its selection drawn, as a new dashboard draws it; before it quits, the
        /// image it writes in the background (when it writes one) has been given time to finish.
        func screen(waitingForImage: Bool = false) throws -> [String] {
            let tmux = try TmuxSession.dashboard(cli, db: db)
            try tmux.waitForFrame(total: tasks)
            try tmux.send("5")
            let shown = try tmux.waitForFrame(total: tasks) { screen in
                screen.first?.contains("· 全部") == true && screen.contains { $0.hasPrefix("▶ ") }
            }
            let deadline = Date().addingTimeInterval(Self.imagePatience)
            while waitingForImage && !FileManager.default.fileExists(atPath: image) && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.05)
            }
            try tmux.send("q")
            #expect(try tmux.waitForExit().contains("EXITED 0"))
            return TmuxSession.withoutClock(shown)
        }

        let first = try screen(waitingForImage: true)
        #expect(FileManager.default.fileExists(atPath: image), "the first start wrote the image")
        let written = try #require(try? FileManager.default.attributesOfItem(atPath: image)[.modificationDate] as? Date)
        #expect(try cli.run(["update", "G1-1", "--status", "behind", "--progress", "10", "--db", db]).status == 0)

        let fromImage = try screen()
        let stillWritten = try? FileManager.default.attributesOfItem(atPath: image)[.modificationDate] as? Date
        #expect(stillWritten == written, "one change behind: the image is read, not written again")
        try FileManager.default.removeItem(atPath: image)
        let fromRows = try screen()
        #expect(fromImage == fromRows, "\(fromImage.joined(separator: "\n"))\n---\n\(fromRows.joined(separator: "\n"))")
        #expect(fromImage != first, "the update shows")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cli.directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func aRunningDashboardWritesTheImageAgainAfterAnotherWriterAddsTasks() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("big.sqlite"), image = SnapshotImage.path(forStore: cli.path("big.sqlite"))
        let (before, after) = (SnapshotImage.minimumTasks + 100, SnapshotImage.minimumTasks + 150)
        #expect(try cli.run(["gen", "--tasks", "\(before)", "--seed", "5", "--output", db]).status == 0)
        #expect(try cli.run(["gen", "--tasks", "\(after)", "--seed", "5", "--output", cli.path("more.csv")]).status == 0)
        func modified() -> Date? {
            try? FileManager.default.attributesOfItem(atPath: image)[.modificationDate] as? Date
        }
        func waitForImage(newerThan date: Date?) -> Date? {
            let deadline = Date().addingTimeInterval(Self.imagePatience)
            while Date() < deadline {
                if let now = modified(), date.map({ now > $0 }) ?? true { return now }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return nil
        }

        try FileManager.default.removeItem(atPath: image)
        let watching = try TmuxSession.dashboard(cli, db: db)
        try watching.waitForFrame(total: before)
        let first = try #require(waitForImage(newerThan: nil), "the first start writes the image")
        // The same tasks again, and 50 more: a structural change, which no image can follow. Written
        // through Model, as a writer that does not write the image would (`duban import` writes it).
        let parsed = try Importer.read(path: cli.path("more.csv"), format: .csv)
        let writer = try SQLiteStore(path: db)
        _ = try writer.apply(parsed.batch.keepingStoredDocuments(try writer.documents()))
        try writer.close()
        #expect(modified() == first, "Model's apply leaves the image to the dashboard")
        try watching.waitForFrame(total: after)
        let second = waitForImage(newerThan: first)
        #expect(second != nil, "the watching dashboard wrote the image again after rebuilding its snapshot")

        let next = try TmuxSession.dashboard(cli, db: db)
        try next.waitForFrame(total: after)
        Thread.sleep(forTimeInterval: 1)
        #expect(modified() == second, "the next start read that image and had nothing to write")
        for tmux in [next, watching] {
            try tmux.send("q")
            #expect(try tmux.waitForExit().contains("EXITED 0"))
        }
    }
}
