import Foundation
import Testing
import Model

/// The real binary on a store large enough for a snapshot image: the first start writes one, the
/// next starts read it, and what they show is what a start from the store's rows shows.
@Suite(.serialized) struct TmuxSnapshotImageTests {
    @Test func aStartFromTheImageShowsWhatAStartFromTheRowsShows() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("big.sqlite"), image = SnapshotImage.path(forStore: cli.path("big.sqlite"))
        let tasks = SnapshotImage.minimumTasks + 500
        #expect(try cli.run(["gen", "--tasks", "\(tasks)", "--seed", "5", "--output", db]).status == 0)

        /// View 全部 (its first row is G1-1), as a new dashboard draws it; before it quits, the
        /// image it writes in the background (when it writes one) has been given time to finish.
        func screen(waitingForImage: Bool = false) throws -> [String] {
            let tmux = try TmuxSession.dashboard(cli, db: db)
            try tmux.waitForFrame(total: tasks)
            try tmux.send("5")
            let shown = try tmux.waitForFrame(total: tasks) { $0.contains { $0.contains("G1-1 ") } }
            let deadline = Date().addingTimeInterval(60)
            while waitingForImage && !FileManager.default.fileExists(atPath: image) && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.05)
            }
            try tmux.send("q")
            #expect(try tmux.waitForExit().contains("EXITED 0"))
            return shown
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
}
